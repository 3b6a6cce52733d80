// placeholder: to be written
#include <QtTest>
class Tst_modsreader : public QObject { Q_OBJECT private slots: void placeholder() { QSKIP("not written yet"); } };
QTEST_GUILESS_MAIN(Tst_modsreader)
#include "tst_modsreader.moc"
