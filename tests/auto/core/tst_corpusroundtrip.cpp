// placeholder: to be written
#include <QtTest>
class Tst_corpusroundtrip : public QObject { Q_OBJECT private slots: void placeholder() { QSKIP("not written yet"); } };
QTEST_GUILESS_MAIN(Tst_corpusroundtrip)
#include "tst_corpusroundtrip.moc"
