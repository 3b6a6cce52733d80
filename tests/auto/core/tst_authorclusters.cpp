// placeholder: to be written
#include <QtTest>
class Tst_authorclusters : public QObject { Q_OBJECT private slots: void placeholder() { QSKIP("not written yet"); } };
QTEST_GUILESS_MAIN(Tst_authorclusters)
#include "tst_authorclusters.moc"
