#include "route/textsearch.h"

#include <QRandomGenerator>
#include <QTest>

namespace text = brc::route::text;

/// The scans of route/textsearch.h against QStringView's own: same answers on every haystack,
/// needle, start and case, including needles whose last character has no case ("invoke/",
/// "deepseek_r1") and haystacks shorter than a SIMD step.
class TestTextSearch : public QObject
{
    Q_OBJECT

private:
    /// Short strings from an alphabet where candidates collide often: a, A, r, R, n, N, and the
    /// separators model strings use, plus "_" (which | 0x20 would turn into DEL) and "\x7f".
    static QString randomText(QRandomGenerator &random, int maxLength)
    {
        static const char16_t s_alphabet[] = u"aArRnN/_.:-x\x7f\x0fK";
        const int length = random.bounded(maxLength + 1);
        QString text;
        for (int i = 0; i < length; ++i) {
            text.append(QChar(s_alphabet[random.bounded(int(std::size(s_alphabet) - 1))]));
        }
        return text;
    }

private Q_SLOTS:
    void indexOfMatchesQt()
    {
        QRandomGenerator random(20261130);
        for (int round = 0; round < 40000; ++round) {
            const QString haystack = randomText(random, 40);
            QString needle = randomText(random, 5);
            const bool insensitive = round % 2 == 1;
            if (insensitive) {
                needle = needle.toLower();
            }
            const QByteArray latin1 = needle.toLatin1();
            const qsizetype from = random.bounded(int(haystack.size()) + 2);
            const Qt::CaseSensitivity cs = insensitive ? Qt::CaseInsensitive : Qt::CaseSensitive;
            qsizetype expected = QStringView(haystack).indexOf(needle, from, cs);
            if (needle.isEmpty()) {
                expected = from <= haystack.size() ? from : -1;
            }
            // Qt folds beyond ASCII; these alphabets are ASCII, so the answers must agree.
            const qsizetype got = text::indexOf(haystack, QLatin1StringView(latin1), from, insensitive);
            if (needle.isEmpty()) {
                continue; // an empty needle is never searched for
            }
            QVERIFY2(got == expected,
                qPrintable(QStringLiteral("\"%1\" in \"%2\" from %3 (%4): %5, Qt says %6")
                               .arg(needle, haystack)
                               .arg(from)
                               .arg(insensitive ? "any case" : "exact")
                               .arg(got)
                               .arg(expected)));
            if (!insensitive) {
                QCOMPARE(text::indexOf(haystack, QStringView(needle), from), expected);
            }
        }
    }

    void equalityMatchesQt()
    {
        // Every length up to past the inline limit, with a difference at every position.
        QRandomGenerator random(7);
        for (int length = 0; length <= 40; ++length) {
            QString a;
            for (int i = 0; i < length; ++i) {
                a.append(QChar(char16_t(u'a' + random.bounded(26))));
            }
            QVERIFY(text::equals(a, QString(a)));
            for (int at = 0; at < length; ++at) {
                QString b = a;
                b[at] = QChar(u'#');
                QVERIFY2(!text::equals(a, b), qPrintable(QStringLiteral("%1 vs %2").arg(a, b)));
                QVERIFY(!text::sameChars(reinterpret_cast<const char16_t *>(a.constData()),
                    reinterpret_cast<const char16_t *>(b.constData()), length));
            }
        }
    }

    void longHaystacksUseEveryStep()
    {
        // Matches at every offset of a haystack longer than several SIMD steps.
        for (int length = 2; length < 70; ++length) {
            for (int at = 0; at + 3 <= length; ++at) {
                QString haystack(length, u'a');
                haystack.replace(at, 3, QStringLiteral("ARN"));
                QCOMPARE(text::indexOf(haystack, QLatin1StringView("arn"), 0, true), qsizetype(at));
                QCOMPARE(text::indexOf(haystack, QLatin1StringView("arn")), qsizetype(-1));
                QCOMPARE(text::indexOf(haystack, QStringView(u"ARN")), qsizetype(at));
            }
        }
    }

    void needleWithoutCaseAtTheEnd()
    {
        QCOMPARE(text::indexOf(u"bedrock/INVOKE/x", QLatin1StringView("invoke/"), 0, true), qsizetype(8));
        QCOMPARE(text::indexOf(u"llama/deepseek_r1/x", QLatin1StringView("deepseek_r1"), 0, true), qsizetype(6));
        // "_" | 0x20 is DEL: a DEL in the haystack must not pass for "_".
        QCOMPARE(text::indexOf(u"deepseek\x7fr1", QLatin1StringView("deepseek_r1"), 0, true), qsizetype(-1));
        QCOMPARE(text::indexOf(u"us.amazon.nova", QLatin1StringView("nova"), 0, true), qsizetype(10));
    }
};

QTEST_GUILESS_MAIN(TestTextSearch)
#include "tst_textsearch.moc"
