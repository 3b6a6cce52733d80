// placeholder: to be written
#include <QtTest>
class Tst_riswriter : public QObject { Q_OBJECT private slots: void placeholder() { QSKIP("not written yet"); } };
QTEST_GUILESS_MAIN(Tst_riswriter)
#include "tst_riswriter.moc"
