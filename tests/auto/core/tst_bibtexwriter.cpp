// placeholder: to be written
#include <QtTest>
class Tst_bibtexwriter : public QObject { Q_OBJECT private slots: void placeholder() { QSKIP("not written yet"); } };
QTEST_GUILESS_MAIN(Tst_bibtexwriter)
#include "tst_bibtexwriter.moc"
