// placeholder: to be written
#include <QtTest>
class Tst_csljsonreader : public QObject { Q_OBJECT private slots: void placeholder() { QSKIP("not written yet"); } };
QTEST_GUILESS_MAIN(Tst_csljsonreader)
#include "tst_csljsonreader.moc"
