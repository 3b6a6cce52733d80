// placeholder: to be written
#include <QtTest>
class Tst_findreplace : public QObject { Q_OBJECT private slots: void placeholder() { QSKIP("not written yet"); } };
QTEST_GUILESS_MAIN(Tst_findreplace)
#include "tst_findreplace.moc"
