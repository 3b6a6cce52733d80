#include "text/encoding.h"

#include <QRandomGenerator>
#include <QStringEncoder>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace refmend;

namespace {

QByteArray encoded(const QString &text, const char *encoding)
{
    QStringEncoder encoder(encoding);
    if (!encoder.isValid())
        return {};
    return encoder.encode(text);
}

} // namespace

class TestEncoding : public QObject
{
    Q_OBJECT

private slots:
    void decodesByByteOrderMark_data();
    void decodesByByteOrderMark();
    void decodesValidUtf8WithoutGuessing();
    void detectsUtf16WithoutBomByItsZeroBytes_data();
    void detectsUtf16WithoutBomByItsZeroBytes();
    void decodesWindows1252Bytes_data();
    void decodesWindows1252Bytes();
    void guessesChineseGb18030();
    void guessesShortGbkTextUchardetGivesUpOn();
    void guessesJapaneseShiftJis();
    void decodesEmptyInputAsEmptyUtf8();
    void countsBrokenSequencesInUnicodeInput_data();
    void countsBrokenSequencesInUnicodeInput();
    void survivesRandomBinary_data();
    void survivesRandomBinary();
    void forcesTheRequestedEncoding_data();
    void forcesTheRequestedEncoding();
    void mapsUndefinedWindows1252BytesToC1Controls();
    void fallsBackToDetectionForUnknownEncodingNames();
    void validatesUtf8Strictly_data();
    void validatesUtf8Strictly();
};

void TestEncoding::decodesByByteOrderMark_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("encoding");

    QTest::newRow("UTF-8") << "\xEF\xBB\xBF" "Caf\xC3\xA9"_ba << u"Café"_s << u"UTF-8"_s;
    QTest::newRow("UTF-16LE") << "\xFF\xFE" "C\0a\0f\0\xE9\0"_ba << u"Café"_s << u"UTF-16LE"_s;
    QTest::newRow("UTF-16BE") << "\xFE\xFF" "\0C\0a\0f\0\xE9"_ba << u"Café"_s << u"UTF-16BE"_s;
    QTest::newRow("UTF-32LE") << "\xFF\xFE\0\0" "C\0\0\0\xE9\0\0\0\x00\xF6\x01\0"_ba
                              << u"Cé\U0001F600"_s << u"UTF-32LE"_s;
    QTest::newRow("UTF-32BE") << "\0\0\xFE\xFF" "\0\0\0C\0\0\0\xE9\0\x01\xF6\x00"_ba
                              << u"Cé\U0001F600"_s << u"UTF-32BE"_s;
    QTest::newRow("UTF-16LE surrogate pair") << "\xFF\xFE" "\x3D\xD8\x00\xDE"_ba
                                             << u"\U0001F600"_s << u"UTF-16LE"_s;
    QTest::newRow("BOM only") << "\xEF\xBB\xBF"_ba << QString() << u"UTF-8"_s;
}

void TestEncoding::decodesByByteOrderMark()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QFETCH(QString, encoding);

    const DecodedText decoded = decodeText(bytes);
    QCOMPARE(decoded.text, text);
    QCOMPARE(decoded.encoding, encoding);
    QVERIFY(decoded.hadBom);
    QVERIFY(!decoded.guessed);
    QCOMPARE(decoded.invalidSequences, 0);
}

void TestEncoding::decodesValidUtf8WithoutGuessing()
{
    const DecodedText decoded = decodeText("%A Jos\xC3\xA9 \xE2\x80\x93 \xE5\x8C\x97\xE4\xBA\xAC \xF0\x9F\x98\x80\n"_ba);
    QCOMPARE(decoded.text, u"%A José – 北京 \U0001F600\n"_s);
    QCOMPARE(decoded.encoding, u"UTF-8"_s);
    QVERIFY(!decoded.hadBom);
    QVERIFY(!decoded.guessed);
    QCOMPARE(decoded.invalidSequences, 0);
}

void TestEncoding::detectsUtf16WithoutBomByItsZeroBytes_data()
{
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("text");

    const QString record = u"%0 Journal Article\r\n%A Müller, Jörg\r\n%T Ångström – 北京\r\n"_s;
    QTest::newRow("little-endian") << u"UTF-16LE"_s << record;
    QTest::newRow("big-endian") << u"UTF-16BE"_s << record;
    QTest::newRow("one ASCII character, little-endian") << u"UTF-16LE"_s << u"A"_s;
}

void TestEncoding::detectsUtf16WithoutBomByItsZeroBytes()
{
    QFETCH(QString, encoding);
    QFETCH(QString, text);

    const QByteArray bytes = encoded(text, encoding.toLatin1().constData());
    QVERIFY(!bytes.startsWith("\xFF\xFE") && !bytes.startsWith("\xFE\xFF"));
    const DecodedText decoded = decodeText(bytes);
    QCOMPARE(decoded.text, text);
    QCOMPARE(decoded.encoding, encoding);
    QVERIFY(!decoded.hadBom);
    QCOMPARE(decoded.invalidSequences, 0);
}

void TestEncoding::decodesWindows1252Bytes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");

    QTest::newRow("accented names") << "Caf\xE9 M\xFCller"_ba << u"Café Müller"_s;
    QTest::newRow("smart quotes and dash")
        << "\x93" "Caf\xE9\x94 \x96 M\xFCller, Fran\xE7oise \x80 5"_ba
        << u"“Café” – Müller, Françoise € 5"_s;
}

void TestEncoding::decodesWindows1252Bytes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);

    const DecodedText decoded = decodeText(bytes);
    QCOMPARE(decoded.text, text);
    QCOMPARE(decoded.encoding, u"windows-1252"_s);
    QVERIFY(decoded.guessed);
    QVERIFY(!decoded.hadBom);
    QCOMPARE(decoded.invalidSequences, 0);
}

void TestEncoding::guessesChineseGb18030()
{
    const QString text = u"%A 张伟\n%A 李娜\n%T 北京大学图书馆藏中文古籍书目研究\n"
                         u"%J 中国图书馆学报\n%X 本文对北京大学图书馆所藏的中文古籍进行了系统的整理和研究。\n"_s;
    const QByteArray bytes = encoded(text, "GB18030");
    QVERIFY(!bytes.isEmpty());
    QVERIFY(!isValidUtf8(bytes));

    const DecodedText decoded = decodeText(bytes);
    QCOMPARE(decoded.text, text);
    QCOMPARE(decoded.encoding, u"GB18030"_s);
    QVERIFY(decoded.guessed);
    QCOMPARE(decoded.invalidSequences, 0);
}

void TestEncoding::guessesShortGbkTextUchardetGivesUpOn()
{
    // bibtexparser's gbk_test.bib: too short for uchardet, but every high byte is in a hanzi pair.
    const QByteArray bytes = "@ARTICLE{\xBF\xAD\xC8\xF6" "2013,\n  author = {\xBF\xAD\xC8\xF6},\n"
                             "  journal = {\xB2\xE2\xCA\xD4\xC6\xDA\xBF\xAF}\n}\n"_ba;
    const DecodedText decoded = decodeText(bytes);
    QCOMPARE(decoded.text, u"@ARTICLE{凯撒2013,\n  author = {凯撒},\n  journal = {测试期刊}\n}\n"_s);
    QCOMPARE(decoded.encoding, u"GB18030"_s);
    QVERIFY(decoded.guessed);
}

void TestEncoding::guessesJapaneseShiftJis()
{
    const QString text = u"%A 山田太郎\n%T 東京大学の図書館で日本語の論文を読みました。"
                         u"日本の近代文学における翻訳の役割について考察する。\n"_s;
    const QByteArray bytes = encoded(text, "Shift_JIS");
    QVERIFY(!bytes.isEmpty());

    const DecodedText decoded = decodeText(bytes);
    QCOMPARE(decoded.text, text);
    QCOMPARE(decoded.encoding, u"Shift_JIS"_s);
    QVERIFY(decoded.guessed);
}

void TestEncoding::decodesEmptyInputAsEmptyUtf8()
{
    const DecodedText decoded = decodeText(QByteArray());
    QVERIFY(decoded.text.isEmpty());
    QCOMPARE(decoded.encoding, u"UTF-8"_s);
    QVERIFY(!decoded.hadBom);
    QVERIFY(!decoded.guessed);
    QCOMPARE(decoded.invalidSequences, 0);
}

void TestEncoding::countsBrokenSequencesInUnicodeInput_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("invalid");

    QTest::newRow("UTF-16LE with odd trailing byte") << "\xFF\xFE" "a\0b"_ba << u"a\uFFFD"_s << 1;
    QTest::newRow("UTF-16LE BOM and one byte") << "\xFF\xFE" "a"_ba << u"\uFFFD"_s << 1;
    QTest::newRow("UTF-16BE lone high surrogate") << "\xFE\xFF" "\xD8\x3D\0a"_ba << u"\uFFFDa"_s << 1;
    QTest::newRow("UTF-16LE lone low surrogate") << "\xFF\xFE" "\x00\xDE"_ba << u"\uFFFD"_s << 1;
    QTest::newRow("UTF-32LE beyond U+10FFFF") << "\xFF\xFE\0\0" "\0\0\x11\0a\0\0\0"_ba << u"\uFFFDa"_s << 1;
    QTest::newRow("UTF-32BE surrogate code point") << "\0\0\xFE\xFF" "\0\0\xD8\0"_ba << u"\uFFFD"_s << 1;
    QTest::newRow("UTF-32LE truncated") << "\xFF\xFE\0\0" "a\0\0\0b\0"_ba << u"a\uFFFD"_s << 1;
}

void TestEncoding::countsBrokenSequencesInUnicodeInput()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QFETCH(int, invalid);

    const DecodedText decoded = decodeText(bytes);
    QCOMPARE(decoded.text, text);
    QCOMPARE(decoded.invalidSequences, invalid);
    QVERIFY(decoded.hadBom);
}

void TestEncoding::survivesRandomBinary_data()
{
    QTest::addColumn<int>("size");
    for (int size : {1, 2, 3, 7, 64, 513, 4096, 65537})
        QTest::addRow("%d random bytes", size) << size;
}

void TestEncoding::survivesRandomBinary()
{
    QFETCH(int, size);
    QRandomGenerator random(quint32(size) * 2654435761u);
    for (int round = 0; round < 20; ++round) {
        QByteArray bytes(size, Qt::Uninitialized);
        for (char &b : bytes)
            b = char(random.bounded(256));
        if (round % 4 == 1 && size >= 2) // make BOM paths and the zero-byte test run too
            bytes[0] = '\xFF', bytes[1] = '\xFE';
        if (round % 4 == 2)
            std::fill(bytes.begin(), bytes.begin() + size / 2, '\0');

        const DecodedText decoded = decodeText(bytes);
        QVERIFY(!decoded.encoding.isEmpty());
        QVERIFY(decoded.invalidSequences >= 0);
        QVERIFY(decoded.text.size() <= bytes.size());
        if (bytes.size() > 4) // more than any BOM: something must come out
            QVERIFY(!decoded.text.isEmpty());
        // Forced decoders must cope with garbage too.
        for (const QString &encoding : {u"UTF-8"_s, u"UTF-16"_s, u"UTF-32BE"_s, u"GB18030"_s,
                                        u"Shift_JIS"_s, u"windows-1252"_s, u"VISCII"_s}) {
            const DecodedText forced = decodeTextAs(bytes, encoding);
            QVERIFY2(forced.invalidSequences >= 0, qPrintable(encoding));
        }
    }
}

void TestEncoding::forcesTheRequestedEncoding_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reported");
    QTest::addColumn<bool>("hadBom");
    QTest::addColumn<int>("invalid");

    QTest::newRow("ISO-8859-2 instead of a guess")
        << "\xA3\xF3\x64\xBC"_ba << u"ISO-8859-2"_s << u"Łódź"_s << u"ISO-8859-2"_s << false << 0;
    QTest::newRow("Latin-1 keeps C1 controls")
        << "Jos\xC3\xA9 \x81"_ba << u"ISO-8859-1"_s << u"JosÃ© \u0081"_s << u"ISO-8859-1"_s << false << 0;
    QTest::newRow("UTF-8 strips its BOM")
        << "\xEF\xBB\xBF" "a"_ba << u"utf-8"_s << u"a"_s << u"UTF-8"_s << true << 0;
    QTest::newRow("UTF-8 replaces an overlong pair")
        << "a\xC0\x80" "b"_ba << u"UTF-8"_s << u"a\uFFFD\uFFFDb"_s << u"UTF-8"_s << false << 2;
    QTest::newRow("UTF-8 replaces a truncated sequence once")
        << "a\xE2\x82"_ba << u"UTF-8"_s << u"a\uFFFD"_s << u"UTF-8"_s << false << 1;
    QTest::newRow("UTF-16 without byte order uses the zero pattern")
        << "\0H\0i"_ba << u"UTF-16"_s << u"Hi"_s << u"UTF-16BE"_s << false << 0;
    QTest::newRow("UTF-16 with BOM")
        << "\xFF\xFE" "H\0i\0"_ba << u"UTF-16"_s << u"Hi"_s << u"UTF-16LE"_s << true << 0;
    QTest::newRow("GB18030 with a truncated final byte")
        << "\xB1\xB1\xBE"_ba << u"GB18030"_s << u"北\uFFFD"_s << u"GB18030"_s << false << 1;
    QTest::newRow("Shift_JIS")
        << "\x93\x8C\x8B\x9E"_ba << u"Shift_JIS"_s << u"東京"_s << u"Shift_JIS"_s << false << 0;
    QTest::newRow("VISCII through iconv")
        << "Vi\xAEt"_ba << u"VISCII"_s << u"Việt"_s << u"VISCII"_s << false << 0;
}

void TestEncoding::forcesTheRequestedEncoding()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    QFETCH(QString, text);
    QFETCH(QString, reported);
    QFETCH(bool, hadBom);
    QFETCH(int, invalid);

    const DecodedText decoded = decodeTextAs(bytes, encoding);
    QCOMPARE(decoded.text, text);
    QCOMPARE(decoded.encoding, reported);
    QCOMPARE(decoded.hadBom, hadBom);
    QVERIFY(!decoded.guessed);
    QCOMPARE(decoded.invalidSequences, invalid);
}

void TestEncoding::mapsUndefinedWindows1252BytesToC1Controls()
{
    const DecodedText decoded = decodeTextAs("\x80\x81\x8D\x8F\x90\x9D\x9F"_ba, u"windows-1252"_s);
    QCOMPARE(decoded.text, u"€\u0081\u008D\u008F\u0090\u009DŸ"_s);
    QCOMPARE(decoded.encoding, u"windows-1252"_s);
    QCOMPARE(decoded.invalidSequences, 0);

    // The same bytes found by detection: Windows-1252 never fails.
    const DecodedText detected = decodeText("\x81\x8D\x8F\x90\x9D"_ba);
    QCOMPARE(detected.text, u"\u0081\u008D\u008F\u0090\u009D"_s);
    QCOMPARE(detected.invalidSequences, 0);
}

void TestEncoding::fallsBackToDetectionForUnknownEncodingNames()
{
    const DecodedText decoded = decodeTextAs("Jos\xC3\xA9"_ba, u"no-such-encoding"_s);
    QCOMPARE(decoded.text, u"José"_s);
    QCOMPARE(decoded.encoding, u"UTF-8"_s);
}

void TestEncoding::validatesUtf8Strictly_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("valid");

    QTest::newRow("empty") << QByteArray() << true;
    QTest::newRow("ASCII with NUL") << "a\0b"_ba << true;
    QTest::newRow("two-byte é") << "\xC3\xA9"_ba << true;
    QTest::newRow("three-byte en dash") << "\xE2\x80\x93"_ba << true;
    QTest::newRow("four-byte emoji") << "\xF0\x9F\x98\x80"_ba << true;
    QTest::newRow("largest code point U+10FFFF") << "\xF4\x8F\xBF\xBF"_ba << true;
    QTest::newRow("last before surrogates U+D7FF") << "\xED\x9F\xBF"_ba << true;
    QTest::newRow("overlong NUL C0 80") << "\xC0\x80"_ba << false;
    QTest::newRow("overlong slash C1 AF") << "\xC1\xAF"_ba << false;
    QTest::newRow("overlong three-byte E0 80 AF") << "\xE0\x80\xAF"_ba << false;
    QTest::newRow("overlong four-byte F0 80 80 AF") << "\xF0\x80\x80\xAF"_ba << false;
    QTest::newRow("surrogate ED A0 80") << "\xED\xA0\x80"_ba << false;
    QTest::newRow("low surrogate ED BF BF") << "\xED\xBF\xBF"_ba << false;
    QTest::newRow("beyond U+10FFFF F4 90 80 80") << "\xF4\x90\x80\x80"_ba << false;
    QTest::newRow("F5 lead") << "\xF5\x80\x80\x80"_ba << false;
    QTest::newRow("FF byte") << "a\xFF"_ba << false;
    QTest::newRow("truncated two-byte") << "a\xC3"_ba << false;
    QTest::newRow("truncated three-byte") << "\xE2\x80"_ba << false;
    QTest::newRow("truncated four-byte") << "\xF0\x9F\x98"_ba << false;
    QTest::newRow("lone continuation byte") << "a\x80z"_ba << false;
    QTest::newRow("Latin-1 é") << "Caf\xE9"_ba << false;
}

void TestEncoding::validatesUtf8Strictly()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, valid);
    QCOMPARE(isValidUtf8(bytes), valid);
}

QTEST_GUILESS_MAIN(TestEncoding)
#include "tst_encoding.moc"
