// placeholder: to be written
#include <QtTest>
class Tst_duplicatefinder : public QObject { Q_OBJECT private slots: void placeholder() { QSKIP("not written yet"); } };
QTEST_GUILESS_MAIN(Tst_duplicatefinder)
#include "tst_duplicatefinder.moc"
