// placeholder: to be written
#include <QtTest>
class Tst_medline : public QObject { Q_OBJECT private slots: void placeholder() { QSKIP("not written yet"); } };
QTEST_GUILESS_MAIN(Tst_medline)
#include "tst_medline.moc"
