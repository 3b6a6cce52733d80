// placeholder: to be written
#include <QtTest>
class Tst_integritycheck : public QObject { Q_OBJECT private slots: void placeholder() { QSKIP("not written yet"); } };
QTEST_GUILESS_MAIN(Tst_integritycheck)
#include "tst_integritycheck.moc"
