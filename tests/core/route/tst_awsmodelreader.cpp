#include "route/awsfacts.h"
#include "route/awsmodelreader.h"
#include "route/modelcatalog.h"

#include <QTest>

using namespace brc::route;

class TestAwsModelReader final : public QObject
{
    Q_OBJECT

    const AwsModelReader m_reader { ModelCatalog::builtin() };

    AwsView read(const QString &input, const RouteContext &context = {}, Segments *segments = nullptr) const
    {
        AwsView view;
        Segments parts;
        m_reader.read(input, context, view, parts);
        if (segments) {
            *segments = parts;
        }
        return view;
    }

private Q_SLOTS:
    void modelIds_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("modelId");
        QTest::addColumn<QString>("geo");
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("family");
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("regionPath");
        const auto row = [](const char *name) { return &QTest::newRow(name); };
        *row("seed") << "bedrock/invoke/eu.amazon.nova-micro-v1:0"
                     << "eu.amazon.nova-micro-v1:0"
                     << "eu"
                     << "amazon"
                     << "nova-micro"
                     << "v1:0"
                     << ""
                     << ""
                     << "";
        *row("every geo: us") << "bedrock/us.anthropic.claude-3-5-sonnet-20241022-v2:0"
                              << "us.anthropic.claude-3-5-sonnet-20241022-v2:0"
                              << "us"
                              << "anthropic"
                              << "claude-3-5-sonnet-20241022"
                              << "v2:0"
                              << ""
                              << ""
                              << "";
        *row("every geo: apac") << "bedrock/apac.meta.llama3-2-1b-instruct-v1:0"
                                << "apac.meta.llama3-2-1b-instruct-v1:0"
                                << "apac"
                                << "meta"
                                << "llama3-2-1b-instruct"
                                << "v1:0"
                                << ""
                                << ""
                                << "";
        *row("every geo: jp") << "bedrock/jp.anthropic.claude-haiku-4-5-20251001-v1:0"
                              << "jp.anthropic.claude-haiku-4-5-20251001-v1:0"
                              << "jp"
                              << "anthropic"
                              << "claude-haiku-4-5-20251001"
                              << "v1:0"
                              << ""
                              << ""
                              << "";
        *row("every geo: au") << "bedrock/au.anthropic.claude-sonnet-4-5-20250929-v1:0"
                              << "au.anthropic.claude-sonnet-4-5-20250929-v1:0"
                              << "au"
                              << "anthropic"
                              << "claude-sonnet-4-5-20250929"
                              << "v1:0"
                              << ""
                              << ""
                              << "";
        *row("every geo: us-gov") << "bedrock/us-gov.meta.llama3-8b-instruct-v1:0"
                                  << "us-gov.meta.llama3-8b-instruct-v1:0"
                                  << "us-gov"
                                  << "meta"
                                  << "llama3-8b-instruct"
                                  << "v1:0"
                                  << ""
                                  << ""
                                  << "";
        *row("every geo: global") << "bedrock/global.anthropic.claude-opus-4-5-20251101-v1:0"
                                  << "global.anthropic.claude-opus-4-5-20251101-v1:0"
                                  << "global"
                                  << "anthropic"
                                  << "claude-opus-4-5-20251101"
                                  << "v1:0"
                                  << ""
                                  << ""
                                  << "";
        *row("no version") << "bedrock/moonshot.kimi-k2-thinking"
                           << "moonshot.kimi-k2-thinking"
                           << ""
                           << "moonshot"
                           << "kimi-k2-thinking"
                           << ""
                           << ""
                           << ""
                           << "";
        *row("numeric version") << "bedrock/openai.gpt-oss-120b-1:0"
                                << "openai.gpt-oss-120b-1:0"
                                << ""
                                << "openai"
                                << "gpt-oss-120b"
                                << "1:0"
                                << ""
                                << ""
                                << "";
        *row("bare v version") << "bedrock/anthropic.claude-opus-4-6-v1"
                               << "anthropic.claude-opus-4-6-v1"
                               << ""
                               << "anthropic"
                               << "claude-opus-4-6"
                               << "v1"
                               << ""
                               << ""
                               << "";
        *row("throughput suffix") << "bedrock/anthropic.claude-3-haiku-20240307-v1:0:48k"
                                  << "anthropic.claude-3-haiku-20240307-v1:0:48k"
                                  << ""
                                  << "anthropic"
                                  << "claude-3-haiku-20240307"
                                  << "v1:0"
                                  << ":48k"
                                  << ""
                                  << "";
        *row("context suffix") << "bedrock/anthropic.claude-sonnet-4-20250514-v1:0[1m]"
                               << "anthropic.claude-sonnet-4-20250514-v1:0[1m]"
                               << ""
                               << "anthropic"
                               << "claude-sonnet-4-20250514"
                               << "v1:0"
                               << "[1m]"
                               << ""
                               << "";
        *row("region path and route word removed")
            << "bedrock/converse/us-west-2/anthropic.claude-3-haiku-20240307-v1:0"
            << "anthropic.claude-3-haiku-20240307-v1:0"
            << ""
            << "anthropic"
            << "claude-3-haiku-20240307"
            << "v1:0"
            << ""
            << ""
            << "us-west-2";
        *row("spec removed") << "bedrock/llama/arn:aws:bedrock:us-east-1:1:imported-model/x"
                             << "arn:aws:bedrock:us-east-1:1:imported-model/x"
                             << ""
                             << ""
                             << ""
                             << ""
                             << ""
                             << "llama"
                             << "";
        *row("unknown prefix is not a geo") << "bedrock/ca.anthropic.claude-opus-4-20250514-v1:0"
                                            << "ca.anthropic.claude-opus-4-20250514-v1:0"
                                            << ""
                                            << "anthropic"
                                            << "claude-opus-4-20250514"
                                            << "v1:0"
                                            << ""
                                            << ""
                                            << "";
        *row("tolerates case and spaces") << "  Bedrock/Converse/amazon.titan-text-lite-v1 "
                                          << "amazon.titan-text-lite-v1"
                                          << ""
                                          << "amazon"
                                          << "titan-text-lite"
                                          << "v1"
                                          << ""
                                          << ""
                                          << "";
        *row("unprefixed") << "amazon.titan-text-lite-v1"
                           << "amazon.titan-text-lite-v1"
                           << ""
                           << "amazon"
                           << "titan-text-lite"
                           << "v1"
                           << ""
                           << ""
                           << "";
    }
    void modelIds()
    {
        QFETCH(QString, input);
        const AwsView view = read(input);
        QTEST(view.modelId, "modelId");
        QTEST(view.geoPrefix, "geo");
        QTEST(view.provider, "provider");
        QTEST(view.family, "family");
        QTEST(view.version, "version");
        QTEST(view.suffix, "suffix");
        QTEST(view.spec, "spec");
        QTEST(view.regionPath, "regionPath");
    }

    void arns_data()
    {
        QTest::addColumn<QString>("arn");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("partition");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("resourceId");
        QTest::addColumn<bool>("vendorless");
        const auto row = [](const char *name) { return &QTest::newRow(name); };
        *row("foundation-model") << "arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-pro-v1:0"
                                 << int(ArnResourceKind::FoundationModel) << "aws"
                                 << "us-east-1"
                                 << "amazon.nova-pro-v1:0" << false;
        *row("inference-profile") << "arn:aws:bedrock:eu-west-1:111122223333:inference-profile/eu.amazon.nova-pro-v1:0"
                                  << int(ArnResourceKind::InferenceProfile) << "aws"
                                  << "eu-west-1"
                                  << "eu.amazon.nova-pro-v1:0" << false;
        *row("application-inference-profile")
            << "arn:aws:bedrock:eu-central-1:111122223333:application-inference-profile/prof123"
            << int(ArnResourceKind::ApplicationInferenceProfile) << "aws"
            << "eu-central-1"
            << "prof123" << true;
        *row("provisioned-model") << "arn:aws:bedrock:ap-northeast-1:111122223333:provisioned-model/pm-1"
                                  << int(ArnResourceKind::ProvisionedModel) << "aws"
                                  << "ap-northeast-1"
                                  << "pm-1" << true;
        *row("imported-model") << "arn:aws:bedrock:us-west-2:111122223333:imported-model/abc"
                               << int(ArnResourceKind::ImportedModel) << "aws"
                               << "us-west-2"
                               << "abc" << true;
        *row("custom-model") << "arn:aws:bedrock:us-east-1:111122223333:custom-model/amazon.nova-micro-v1:0/abc"
                             << int(ArnResourceKind::CustomModel) << "aws"
                             << "us-east-1"
                             << "amazon.nova-micro-v1:0/abc" << true;
        *row("marketplace") << "arn:aws:sagemaker:us-east-1:111122223333:endpoint/my-endpoint"
                            << int(ArnResourceKind::Marketplace) << "aws"
                            << "us-east-1"
                            << "my-endpoint" << true;
        *row("govcloud") << "arn:aws-us-gov:bedrock:us-gov-west-1:111122223333:application-inference-profile/g"
                         << int(ArnResourceKind::ApplicationInferenceProfile) << "aws-us-gov"
                         << "us-gov-west-1"
                         << "g" << true;
    }
    void arns()
    {
        QFETCH(QString, arn);
        Segments segments;
        const AwsView view = read(QStringLiteral("bedrock/converse/") + arn, {}, &segments);
        QVERIFY(view.arn.has_value());
        QTEST(int(view.arn->kind), "kind");
        QTEST(view.arn->partition, "partition");
        QTEST(view.arn->region, "region");
        QTEST(view.arn->resourceId, "resourceId");
        QTEST(view.arn->isVendorless(), "vendorless");
        QCOMPARE(view.region, view.arn->region);
        QCOMPARE(view.regionSource, RegionSource::ModelArn);
        // The ARN is one path segment on the wire.
        const QString converse = view.url(BedrockOperation::Converse);
        QVERIFY(!converse.section(QStringLiteral("/model/"), 1).section(u'/', 0, 0).contains(u':'));
        QVERIFY(converse.endsWith(QLatin1String("/converse")));
        // Segments tile the string without gaps or overlaps.
        int at = 0;
        for (const Segment &s : segments) {
            QCOMPARE(s.span.start, at);
            at = s.span.end;
        }
        QCOMPARE(at, int(QStringLiteral("bedrock/converse/").size() + arn.size()));
    }

    void moreSegmentsThanHeldInline()
    {
        // Segments are held inline up to a dozen and more; a string with more parts still gets
        // every one of them, in order.
        QString input = QStringLiteral("bedrock/");
        for (int i = 0; i < 40; ++i) {
            input += QLatin1String(i % 2 ? "invoke/" : "converse/");
        }
        input += QLatin1String("anthropic.claude-v2:1");
        Segments segments;
        const AwsView view = read(input, {}, &segments);
        QCOMPARE(view.modelId, QStringLiteral("anthropic.claude-v2:1"));
        QCOMPARE(segments.size(), qsizetype(1 + 40 + 3));
        QVERIFY(segments.size() > Segments().capacity());
        int at = 0;
        for (const Segment &s : segments) {
            QCOMPARE(s.span.start, at);
            at = s.span.end;
        }
        QCOMPARE(at, int(input.size()));
        QCOMPARE(segments.at(40).kind, SegmentKind::RouteMarker);
        QCOMPARE(segments.last().kind, SegmentKind::Version);
    }

    void urls_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<bool>("fips");
        QTest::addColumn<QString>("converseUrl");
        QTest::addColumn<QString>("invokeStreamUrl");
        const auto row = [](const char *name) { return &QTest::newRow(name); };
        *row("default region")
            << "bedrock/us.amazon.nova-micro-v1:0"
            << ""
            << "" << false
            << "https://bedrock-runtime.us-west-2.amazonaws.com/model/us.amazon.nova-micro-v1%3A0/converse"
            << "https://bedrock-runtime.us-west-2.amazonaws.com/model/us.amazon.nova-micro-v1%3A0/"
               "invoke-with-response-stream";
        *row("fips")
            << "bedrock/us.amazon.nova-micro-v1:0"
            << "us-east-1"
            << "" << true
            << "https://bedrock-runtime-fips.us-east-1.amazonaws.com/model/us.amazon.nova-micro-v1%3A0/converse"
            << "https://bedrock-runtime-fips.us-east-1.amazonaws.com/model/us.amazon.nova-micro-v1%3A0/"
               "invoke-with-response-stream";
        *row("china partition")
            << "bedrock/amazon.titan-text-lite-v1"
            << "cn-north-1"
            << "" << false
            << "https://bedrock-runtime.cn-north-1.amazonaws.com.cn/model/amazon.titan-text-lite-v1/converse"
            << "https://bedrock-runtime.cn-north-1.amazonaws.com.cn/model/amazon.titan-text-lite-v1/"
               "invoke-with-response-stream";
        *row("custom endpoint, trailing slash")
            << "bedrock/amazon.titan-text-lite-v1"
            << "us-east-1"
            << "http://127.0.0.1:4010/" << false << "http://127.0.0.1:4010/model/amazon.titan-text-lite-v1/converse"
            << "http://127.0.0.1:4010/model/amazon.titan-text-lite-v1/invoke-with-response-stream";
    }
    void urls()
    {
        QFETCH(QString, input);
        QFETCH(QString, region);
        QFETCH(QString, endpoint);
        QFETCH(bool, fips);
        RouteContext context;
        context.region = region;
        context.runtimeEndpoint = endpoint;
        context.useFips = fips;
        const AwsView view = read(input, context);
        QCOMPARE(view.fips, fips);
        QTEST(view.url(BedrockOperation::Converse), "converseUrl");
        QTEST(view.url(BedrockOperation::InvokeStream), "invokeStreamUrl");
    }

    void catalogFacts()
    {
        AwsView view = read(QStringLiteral("bedrock/invoke/eu.amazon.nova-micro-v1:0"));
        QVERIFY(view.facts.has_value());
        QCOMPARE(view.facts->maxInputTokens, 128000);
        QCOMPARE(view.facts->maxOutputTokens, 10000);
        QVERIFY(!view.needsInferenceProfile);

        view = read(QStringLiteral("bedrock/amazon.nova-micro-v1:0"));
        QVERIFY(view.needsInferenceProfile);
        view = read(QStringLiteral("bedrock/meta.llama3-8b-instruct-v1:0"));
        QVERIFY(!view.needsInferenceProfile);
        view = read(QStringLiteral("bedrock/made.up-model-v1:0"));
        QVERIFY(!view.facts.has_value());
    }

    void geoTable()
    {
        QVERIFY(AwsFacts::geoAcceptsRegion(u"eu", u"eu-west-3"));
        QVERIFY(!AwsFacts::geoAcceptsRegion(u"eu", u"us-east-1"));
        QVERIFY(AwsFacts::geoAcceptsRegion(u"us", u"ca-central-1"));
        QVERIFY(AwsFacts::geoAcceptsRegion(u"global", u"ap-south-1"));
        QVERIFY(!AwsFacts::geoAcceptsRegion(u"global", u"us-gov-west-1"));
        QCOMPARE(AwsFacts::geoForRegion(u"us-east-1"), QStringLiteral("us"));
        QCOMPARE(AwsFacts::geoForRegion(u"eu-central-1"), QStringLiteral("eu"));
        QCOMPARE(AwsFacts::geoForRegion(u"ap-northeast-1"), QStringLiteral("apac"));
        QCOMPARE(AwsFacts::geoForRegion(u"us-gov-east-1"), QStringLiteral("us-gov"));
        QCOMPARE(AwsFacts::geoForRegion(u"sa-east-1"), QString());
    }
};

QTEST_GUILESS_MAIN(TestAwsModelReader)
#include "tst_awsmodelreader.moc"
