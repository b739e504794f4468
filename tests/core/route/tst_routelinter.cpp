#include "route/litellmprofile.h"
#include "route/modelcatalog.h"
#include "route/routeparser.h"

#include <QRandomGenerator>
#include <QTest>

using namespace brc::route;

namespace {

const Diagnostic *find(const ParsedRoute &route, const QString &code)
{
    for (const Diagnostic &d : route.diagnostics) {
        if (d.code == code) {
            return &d;
        }
    }
    return nullptr;
}

QString codesOf(const ParsedRoute &route)
{
    QStringList list;
    for (const Diagnostic &d : route.diagnostics) {
        list << d.code;
    }
    return list.join(QStringLiteral(", "));
}

} // namespace

class TestRouteLinter final : public QObject
{
    Q_OBJECT

    const RouteParser m_parser;

private Q_SLOTS:
    void diagnostics_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("region");
        QTest::addColumn<bool>("fips");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("severity");
        QTest::addColumn<QString>("spanText"); // the input text the span covers; "*" skips the check
        QTest::addColumn<QString>("fix"); // "" for none, "*" to skip
        const int info = int(Severity::Info), warning = int(Severity::Warning), error = int(Severity::Error);
        const auto row = [](const char *name) { return &QTest::newRow(name); };

        *row("empty") << ""
                      << "" << false << codes::EmptyModel << error << ""
                      << "";
        *row("blank") << "   "
                      << "" << false << codes::EmptyModel << error << "   "
                      << "";
        *row("bedrock alone") << "bedrock"
                              << "" << false << codes::EmptyModel << error << "bedrock"
                              << "";
        *row("control character") << "bedrock/amazon.titan\x01-text-lite-v1"
                                  << "" << false << codes::InvalidCharacters << error << "\x01"
                                  << "bedrock/amazon.titan-text-lite-v1";
        *row("invalid utf-8") << QString::fromUtf8("bedrock/amazon.titan\xff-text-lite-v1") << "" << false
                              << codes::InvalidCharacters << error << "*"
                              << "bedrock/amazon.titan-text-lite-v1";
        *row("inner space") << "bedrock/amazon. titan-text-lite-v1"
                            << "" << false << codes::InvalidCharacters << error << " "
                            << "bedrock/amazon.titan-text-lite-v1";
        *row("too long") << QStringLiteral("bedrock/converse/") + QString(3000, u'a') << "" << false << codes::TooLong
                         << error << "*"
                         << "";
        *row("upper-case prefix") << "Bedrock/amazon.titan-text-lite-v1"
                                  << "" << false << codes::PrefixCaseOrSpace << error << "Bedrock/"
                                  << "bedrock/amazon.titan-text-lite-v1";
        *row("leading space") << " bedrock/amazon.titan-text-lite-v1"
                              << "" << false << codes::PrefixCaseOrSpace << error << " bedrock/"
                              << "bedrock/amazon.titan-text-lite-v1";
        *row("trailing space") << "bedrock/amazon.titan-text-lite-v1 "
                               << "" << false << codes::PrefixCaseOrSpace << error << "*"
                               << "bedrock/amazon.titan-text-lite-v1";
        *row("other provider") << "openai/gpt-4o"
                               << "" << false << codes::NotBedrock << info << "openai"
                               << "";
        *row("unprefixed unknown") << "amazon.titan-text-ultra-v9"
                                   << "" << false << codes::NotAcceptedWithoutPrefix << error << "*"
                                   << "bedrock/amazon.titan-text-ultra-v9";
        *row("route word case") << "bedrock/Converse/amazon.titan-text-lite-v1"
                                << "" << false << codes::RouteWordCase << warning << "Converse/"
                                << "bedrock/converse/amazon.titan-text-lite-v1";
        *row("route word inside") << "bedrock/converse/invoke/amazon.nova-micro-v1:0"
                                  << "us-east-1" << false << codes::RouteWordInsideName << warning << "invoke/"
                                  << "bedrock/converse/amazon.nova-micro-v1:0";
        *row("async_invoke") << "bedrock/async_invoke/amazon.nova-reel-v1:0"
                             << "us-east-1" << false << codes::RouteWordInsideName << error << "async_invoke/"
                             << "";
        *row("unknown geo prefix falls to invoke")
            << "bedrock/ca.anthropic.claude-opus-4-20250514-v1:0"
            << "ca-central-1" << false << codes::UnknownGeoPrefix << error << "ca"
            << "bedrock/us.anthropic.claude-opus-4-20250514-v1:0";
        *row("unknown geo prefix on converse") << "bedrock/converse/sa.anthropic.claude-opus-4-20250514-v1:0"
                                               << "sa-east-1" << false << codes::UnknownGeoPrefix << warning << "sa"
                                               << "";
        *row("geo prefix case") << "bedrock/US.anthropic.claude-3-haiku-20240307-v1:0"
                                << "us-east-1" << false << codes::GeoPrefixCase << error << "US"
                                << "bedrock/us.anthropic.claude-3-haiku-20240307-v1:0";
        *row("eu. from us-east-1") << "bedrock/converse/eu.amazon.nova-micro-v1:0"
                                   << "us-east-1" << false << codes::GeoPrefixRegionMismatch << error << "eu"
                                   << "bedrock/converse/us.amazon.nova-micro-v1:0";
        *row("jp. from eu-west-1") << "bedrock/jp.anthropic.claude-3-7-sonnet-20250219-v1:0"
                                   << "eu-west-1" << false << codes::GeoPrefixRegionMismatch << error << "jp"
                                   << "bedrock/eu.anthropic.claude-3-7-sonnet-20250219-v1:0";
        *row("bare geo prefix") << "bedrock/us"
                                << "" << false << codes::BareGeoPrefix << error << "bedrock/us"
                                << "";
        *row("vendorless ARN on invoke")
            << "bedrock/arn:aws:bedrock:ap-northeast-1:111122223333:provisioned-model/pm-1"
            << "" << false << codes::ArnNeedsConverse << error
            << "arn:aws:bedrock:ap-northeast-1:111122223333:provisioned-model/pm-1"
            << "bedrock/converse/arn:aws:bedrock:ap-northeast-1:111122223333:provisioned-model/pm-1";
        *row("application profile on invoke")
            << "bedrock/arn:aws:bedrock:us-east-1:111122223333:application-inference-profile/abc"
            << "" << false << codes::ArnNeedsConverse << error << "*"
            << "bedrock/converse/arn:aws:bedrock:us-east-1:111122223333:application-inference-profile/abc";
        *row("imported model on converse") << "bedrock/converse/arn:aws:bedrock:us-east-1:1:imported-model/x"
                                           << "" << false << codes::ImportedModelOnConverse << error << "*"
                                           << "";
        *row("invoke, no provider") << "bedrock/invoke/us.writer.palmyra-x4-v1:0"
                                    << "us-east-1" << false << codes::InvokeUnknownProvider << error << "*"
                                    << "bedrock/converse/us.writer.palmyra-x4-v1:0";
        *row("invoke, stability") << "bedrock/invoke/stability.sd3-large-v1:0"
                                  << "us-west-2" << false << codes::InvokeUnknownProvider << error << "*"
                                  << "bedrock/converse/stability.sd3-large-v1:0";
        *row("nova substring") << "bedrock/invoke/meta.llama-innovate-v1:0"
                               << "" << false << codes::NovaSubstring << warning << "nova"
                               << "";
        *row("arn substring") << "bedrock/us-west-2/barn-owl-model"
                              << "" << false << codes::ArnSubstring << warning << "arn"
                              << "";
        *row("raw colon on invoke") << "bedrock/invoke/anthropic.claude-3-haiku-20240307-v1:0"
                                    << "" << false << codes::RawColonInPath << info << "*"
                                    << "";
        *row("raw ARN on the openai route") << "bedrock/openai/arn:aws:bedrock:us-east-1:1:imported-model/g"
                                            << "" << false << codes::RawArnInPath << warning << "*"
                                            << "bedrock/invoke/openai/arn:aws:bedrock:us-east-1:1:imported-model/g";
        *row("region path") << "bedrock/us-west-2/anthropic.claude-3-haiku-20240307-v1:0"
                            << "" << false << codes::RegionPathNotCallRegion << warning << "us-west-2/"
                            << "bedrock/anthropic.claude-3-haiku-20240307-v1:0";
        *row("ARN region overridden")
            << "bedrock/converse/arn:aws:bedrock:eu-central-1:1:application-inference-profile/p"
            << "us-east-1" << false << codes::ArnRegionOverridden << error << "eu-central-1"
            << "";
        *row("gov ARN region ignored")
            << "bedrock/converse/arn:aws-us-gov:bedrock:us-gov-west-1:1:application-inference-profile/g"
            << "" << false << codes::ArnNotBedrock << warning << "us-gov-west-1"
            << "";
        *row("profile-only model without prefix")
            << "bedrock/amazon.nova-micro-v1:0"
            << "eu-west-1" << false << codes::NeedsInferenceProfile << warning << "amazon."
            << "bedrock/eu.amazon.nova-micro-v1:0";
        *row("works on 1.81, fails on 1.53") << "bedrock/invoke/eu.amazon.nova-micro-v1:0"
                                             << "eu-west-1" << false << codes::LegacyBreaks << info << "*"
                                             << "";
        *row("converse_like without api_base") << "bedrock/converse_like/amazon.nova-lite-v1:0"
                                               << "" << false << codes::ConverseLikeNeedsApiBase << error << "*"
                                               << "bedrock/converse/amazon.nova-lite-v1:0";
        *row("agent without alias") << "bedrock/agent/A1"
                                    << "" << false << codes::LiteLlmError << error << "*"
                                    << "";
        *row("unknown model") << "bedrock/converse/amazon.titan-text-ultra-v9"
                              << "" << false << codes::UnknownModel << info << "titan-text-ultra"
                              << "";
        *row("not a region") << "bedrock/amazon.titan-text-lite-v1"
                             << "US East" << false << codes::InvalidRegion << error << "*"
                             << "";
        *row("unknown region") << "bedrock/amazon.titan-text-lite-v1"
                               << "moon-central-1" << false << codes::InvalidRegion << warning << "*"
                               << "";
        *row("wildcard") << "bedrock/*"
                         << "" << false << codes::Wildcard << info << "*"
                         << "";
        *row("no FIPS there") << "bedrock/eu.amazon.nova-micro-v1:0"
                              << "eu-west-1" << true << codes::FipsUnavailable << warning << "*"
                              << "";
    }

    void diagnostics()
    {
        QFETCH(QString, input);
        QFETCH(QString, region);
        QFETCH(bool, fips);
        QFETCH(QString, code);
        RouteContext context;
        context.region = region;
        context.useFips = fips;
        const ParsedRoute route = m_parser.parse(input, context);
        const Diagnostic *d = find(route, code);
        QVERIFY2(d, qPrintable(QStringLiteral("%1 not among: %2").arg(code, codesOf(route))));
        QTEST(int(d->severity), "severity");
        QVERIFY(!d->message.isEmpty());
        QVERIFY(d->span.start >= 0 && d->span.end <= input.size() && d->span.start <= d->span.end);
        QFETCH(QString, spanText);
        if (spanText != QLatin1String("*")) {
            QCOMPARE(input.mid(d->span.start, d->span.length()), spanText);
        }
        QFETCH(QString, fix);
        if (fix != QLatin1String("*")) {
            QCOMPARE(d->fix, fix);
        }
        if (d->hasFix()) {
            // A fix resolves what it is about.
            const ParsedRoute fixed = m_parser.parse(d->fix, context);
            QVERIFY2(!find(fixed, code), qPrintable(d->fix + QStringLiteral(" still has ") + codesOf(fixed)));
        }
    }

    void cleanStrings_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("region");
        QTest::addRow("converse, matching geo") << "bedrock/converse/eu.anthropic.claude-3-7-sonnet-20250219-v1:0"
                                                << "eu-central-1";
        QTest::addRow("the seed on a European proxy") << "bedrock/invoke/eu.amazon.nova-micro-v1:0"
                                                      << "eu-west-1";
        QTest::addRow("application profile on converse")
            << "bedrock/converse/arn:aws:bedrock:eu-central-1:1:application-inference-profile/p"
            << "";
        QTest::addRow("imported model with spec") << "bedrock/llama/arn:aws:bedrock:us-east-1:1:imported-model/x"
                                                  << "us-east-1";
    }
    void cleanStrings()
    {
        QFETCH(QString, input);
        QFETCH(QString, region);
        RouteContext context;
        context.region = region;
        const ParsedRoute route = m_parser.parse(input, context);
        for (const Diagnostic &d : route.diagnostics) {
            QVERIFY2(d.severity != Severity::Error, qPrintable(d.code + QStringLiteral(": ") + d.message));
        }
    }

    // One finding per cause: an unknown prefix is not also reported as a missing one.
    void unknownPrefixIsNotAMissingPrefix()
    {
        RouteContext context;
        context.region = QStringLiteral("ca-central-1");
        const ParsedRoute route
            = m_parser.parse(QStringLiteral("bedrock/converse/ca.anthropic.claude-opus-4-20250514-v1:0"), context);
        QVERIFY(find(route, QLatin1String(codes::UnknownGeoPrefix)));
        QVERIFY2(!find(route, QLatin1String(codes::NeedsInferenceProfile)), qPrintable(codesOf(route)));
    }

    // On 1.53, "nova" can form only after LiteLLM removes "invoke/" from inside the name: the
    // finding then covers the whole string and names what LiteLLM read (found by fuzz_route,
    // whose input is kept under tests/fuzz/crashes/fuzz_route).
    void novaFormedByRemovingARouteWord()
    {
        const RouteParser legacy(*LiteLlmProfile::find(u"1.53"), ModelCatalog::builtin());
        const QString input = QStringLiteral("bedrock/ninvoke/ova.l");
        const ParsedRoute route = legacy.parse(input, RouteContext());
        const Diagnostic *nova = find(route, QLatin1String(codes::NovaSubstring));
        QVERIFY2(nova, qPrintable(codesOf(route)));
        QCOMPARE(nova->span.start, 0);
        QCOMPARE(nova->span.end, input.size());
        QVERIFY2(nova->message.contains(QLatin1String("as \"nova.l\"")), qPrintable(nova->message));
        for (const Diagnostic &d : route.diagnostics) {
            QVERIFY2(d.span.start >= 0 && d.span.start <= d.span.end && d.span.end <= input.size(), qPrintable(d.code));
        }
    }

    // Whatever the bytes, parsing ends with a result, never a crash or a hang.
    void malformedInput()
    {
        QList<QString> inputs = { QString(), QString(100 * 1024, u'x'),
            QStringLiteral("bedrock/") + QString(100 * 1024, u'/'),
            QStringLiteral("bedrock/") + QString(100 * 1024, u':'),
            QStringLiteral("bedrock/arn:aws:bedrock:") + QString(50 * 1024, u'.'), QString(QChar(0)),
            QStringLiteral("bedrock/\x7f\x1b[31m"), QString::fromUtf8("\xc3\x28\xa0\xa1\xe2\x28\xa1\xf0\x28\x8c\xbc"),
            QString(QChar(0xD800)) + QStringLiteral("bedrock/x"), QStringLiteral("arn:"),
            QStringLiteral("bedrock/arn:::::"), QStringLiteral("bedrock/agentcore/"), QStringLiteral("bedrock/agent/"),
            QStringLiteral("bedrock/./././") };
        QRandomGenerator random(20261127);
        const QString alphabet = QStringLiteral("bedrock/converse_invoke.arn:aws:us-eu-1234567890 \t\x01é/[]k");
        for (int i = 0; i < 2000; ++i) {
            QString s;
            const int length = int(random.bounded(60));
            for (int j = 0; j < length; ++j) {
                s.append(alphabet.at(random.bounded(alphabet.size())));
            }
            inputs.append(i % 2 ? QStringLiteral("bedrock/") + s : s);
        }
        for (const QString &input : inputs) {
            const ParsedRoute route = m_parser.parse(input);
            QCOMPARE(route.input, input);
            for (const Diagnostic &d : route.diagnostics) {
                QVERIFY(d.span.start >= 0 && d.span.end <= input.size());
            }
            for (const Segment &s : route.segments) {
                QVERIFY(s.span.start >= 0 && s.span.end <= input.size() && s.span.start <= s.span.end);
            }
        }
        QCOMPARE(m_parser.parse(inputs.at(1)).worstSeverity(), std::optional<Severity>(Severity::Error));
        QVERIFY(find(m_parser.parse(inputs.at(7)), QLatin1String(codes::InvalidCharacters)));
    }
};

QTEST_GUILESS_MAIN(TestRouteLinter)
#include "tst_routelinter.moc"
