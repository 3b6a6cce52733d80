// placeholder: to be written
#include <QtTest>
class Tst_cleanupactions : public QObject { Q_OBJECT private slots: void placeholder() { QSKIP("not written yet"); } };
QTEST_GUILESS_MAIN(Tst_cleanupactions)
#include "tst_cleanupactions.moc"
