// placeholder: to be written
#include <QtTest>
class Tst_cleanuppipeline : public QObject { Q_OBJECT private slots: void placeholder() { QSKIP("not written yet"); } };
QTEST_GUILESS_MAIN(Tst_cleanuppipeline)
#include "tst_cleanuppipeline.moc"
