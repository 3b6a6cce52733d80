// placeholder: to be written
#include <QtTest>
class Tst_risreader : public QObject { Q_OBJECT private slots: void placeholder() { QSKIP("not written yet"); } };
QTEST_GUILESS_MAIN(Tst_risreader)
#include "tst_risreader.moc"
