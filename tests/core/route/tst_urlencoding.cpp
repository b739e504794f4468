#include "common/jsonwriter.h"
#include "route/urlencoding.h"

#include <QTest>

using namespace brc::route;

class TestUrlEncoding final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void percentEncodeAll_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        // Python: urllib.parse.quote(x, safe="")
        QTest::addRow("plain") << QStringLiteral("amazon.nova-micro-v1") << QStringLiteral("amazon.nova-micro-v1");
        QTest::addRow("colon") << QStringLiteral("v1:0") << QStringLiteral("v1%3A0");
        QTest::addRow("slash") << QStringLiteral("a/b") << QStringLiteral("a%2Fb");
        QTest::addRow("space and percent") << QStringLiteral("a b%") << QStringLiteral("a%20b%25");
        QTest::addRow("tilde and underscore") << QStringLiteral("a~b_c") << QStringLiteral("a~b_c");
        QTest::addRow("arn")
            << QStringLiteral("arn:aws:bedrock:eu-central-1:111122223333:application-inference-profile/prof123")
            << QStringLiteral(
                   "arn%3Aaws%3Abedrock%3Aeu-central-1%3A111122223333%3Aapplication-inference-profile%2Fprof123");
        QTest::addRow("two-byte utf8") << QStringLiteral("é") << QStringLiteral("%C3%A9");
        QTest::addRow("astral") << QString::fromUtf8("\xF0\x9F\x98\x80") << QStringLiteral("%F0%9F%98%80");
        // Python refuses lone surrogates; Qt writes them as "?", which stays one encoded byte.
        QTest::addRow("lone surrogate") << QString(QChar(0xD800)) + QStringLiteral("a") << QStringLiteral("%3Fa");
        QTest::addRow("empty") << QString() << QString();
    }
    void percentEncodeAll()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(brc::route::percentEncodeAll(input), expected);
        QCOMPARE(isUnreservedOnly(input), input == expected);
    }

    void jsonEscaping_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QByteArray>("expected");
        QTest::addRow("quote and backslash") << QStringLiteral("a\"b\\c") << QByteArray("\"a\\\"b\\\\c\"");
        QTest::addRow("controls") << QStringLiteral("\n\t\x01") << QByteArray("\"\\n\\t\\u0001\"");
        QTest::addRow("non-ascii") << QStringLiteral("é") << QByteArray("\"\xC3\xA9\"");
        QTest::addRow("lone surrogate") << QString(QChar(0xD800)) << QByteArray("\"\\ud800\"");
    }
    void jsonEscaping()
    {
        QFETCH(QString, input);
        QFETCH(QByteArray, expected);
        QByteArray out;
        brc::JsonWriter::appendString(out, input);
        QCOMPARE(out, expected);
    }
};

QTEST_GUILESS_MAIN(TestUrlEncoding)
#include "tst_urlencoding.moc"
