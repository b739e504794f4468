#include "route/stringindex.h"

#include <QTest>

using brc::route::StringIndex;

class TestStringIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsEveryStoredStringAndNothingElse()
    {
        // Enough strings to force collisions and wrap-around in the probe sequence.
        QStringList words;
        for (int i = 0; i < 500; ++i) {
            words.append(QStringLiteral("anthropic.claude-%1-v1:0").arg(i));
        }
        const StringIndex index(words);
        for (qsizetype i = 0; i < words.size(); ++i) {
            QCOMPARE(index.indexOf(words.at(i)), i);
        }
        QCOMPARE(index.indexOf(u"anthropic.claude-500-v1:0"), -1);
        QCOMPARE(index.indexOf(u"anthropic.claude-1-v1:"), -1); // a prefix of a stored key
        QCOMPARE(index.indexOf(u""), -1);
    }

    void firstOccurrenceWins()
    {
        const StringIndex index(QStringList { "us", "eu", "us" });
        QCOMPARE(index.indexOf(u"us"), 0);
        QCOMPARE(index.indexOf(u"eu"), 1);
    }

    void findSharesTheStoredString()
    {
        const StringIndex index(QStringList { "amazon", "meta" });
        const QString input = "us.amazon.nova-micro-v1:0";
        const QString *found = index.find(QStringView(input).mid(3, 6));
        QVERIFY(found);
        QCOMPARE(*found, QString("amazon"));
        const QString kept = index.intern(QStringView(input).mid(3, 6));
        QVERIFY(kept.isSharedWith(*found));
        const QString fresh = index.intern(QStringView(input).mid(0, 2));
        QCOMPARE(fresh, QString("us"));
        QVERIFY(!index.find(u"us"));
    }

    void emptyIndexFindsNothing()
    {
        const StringIndex empty;
        QCOMPARE(empty.indexOf(u"anything"), -1);
        const StringIndex copy = StringIndex(QStringList { "a", "b" });
        QCOMPARE(copy.indexOf(u"b"), 1);
    }
};

QTEST_GUILESS_MAIN(TestStringIndex)
#include "tst_stringindex.moc"
