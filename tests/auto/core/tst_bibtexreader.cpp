// placeholder: to be written
#include <QtTest>
class Tst_bibtexreader : public QObject { Q_OBJECT private slots: void placeholder() { QSKIP("not written yet"); } };
QTEST_GUILESS_MAIN(Tst_bibtexreader)
#include "tst_bibtexreader.moc"
