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
        QCOMPARE(kept.constData(), found->constData()); // the stored characters, not a copy
        const QString fresh = index.intern(QStringView(input).mid(0, 2));
        QCOMPARE(fresh, QString("us"));
        QVERIFY(!index.find(u"us"));
    }

    void storedStringsAreImmortal()
    {
        // Two indexes given equal texts hand out the same characters, which outlive both.
        QString kept;
        {
            const StringIndex a(QStringList { QString::fromLatin1("eu-west-3") });
            const StringIndex b(QStringList { QStringLiteral("us-east-1"), QString::fromLatin1("eu-west-3") });
            QCOMPARE(a.find(u"eu-west-3")->constData(), b.find(u"eu-west-3")->constData());
            kept = *a.find(u"eu-west-3");
        }
        QCOMPARE(kept, QStringLiteral("eu-west-3"));
        QCOMPARE(brc::immortalString(u"eu-west-3").constData(), kept.constData());
        // A change to a copy is the copy's own.
        QString changed = kept;
        changed.append(u'x');
        QCOMPARE(kept, QStringLiteral("eu-west-3"));
        QCOMPARE(brc::immortalString(u"eu-west-3"), QStringLiteral("eu-west-3"));
    }

    void repeatedAndAlternatingLookups()
    {
        // Lookups remember their last hit: keys of one length that alternate, repeat, or are
        // missing must each get their own answer.
        const StringIndex index(QStringList { "us-east-1", "eu-west-1", "us-west-2", "ap-south-1" });
        for (int round = 0; round < 3; ++round) {
            QCOMPARE(index.indexOf(u"eu-west-1"), 1);
            QCOMPARE(index.indexOf(u"eu-west-1"), 1);
            QCOMPARE(index.indexOf(u"us-east-1"), 0);
            QCOMPARE(index.indexOf(u"us-east-2"), -1); // same length as the last hit
            QCOMPARE(index.indexOf(u"us-west-2"), 2);
            QCOMPARE(index.indexOf(u"ap-south-1"), 3);
            QCOMPARE(index.indexOf(u"ap-south-2"), -1);
            QCOMPARE(index.indexOf(u"eu-west"), -1);
        }
        // A copy answers the same.
        const StringIndex copy = index;
        QCOMPARE(copy.indexOf(u"us-west-2"), 2);
        QCOMPARE(copy.indexOf(u"ap-south-1"), 3);
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
