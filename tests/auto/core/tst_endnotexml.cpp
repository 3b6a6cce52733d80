// placeholder: to be written
#include <QtTest>
class Tst_endnotexml : public QObject { Q_OBJECT private slots: void placeholder() { QSKIP("not written yet"); } };
QTEST_GUILESS_MAIN(Tst_endnotexml)
#include "tst_endnotexml.moc"
