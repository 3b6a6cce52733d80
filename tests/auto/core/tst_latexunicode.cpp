// placeholder: to be written
#include <QtTest>
class Tst_latexunicode : public QObject { Q_OBJECT private slots: void placeholder() { QSKIP("not written yet"); } };
QTEST_GUILESS_MAIN(Tst_latexunicode)
#include "tst_latexunicode.moc"
