// placeholder: to be written
#include <QtTest>
class Tst_wos : public QObject { Q_OBJECT private slots: void placeholder() { QSKIP("not written yet"); } };
QTEST_GUILESS_MAIN(Tst_wos)
#include "tst_wos.moc"
