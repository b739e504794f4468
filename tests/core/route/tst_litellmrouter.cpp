#include "route/litellmprofile.h"
#include "route/litellmrouter.h"
#include "route/modelcatalog.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace brc::route;

namespace {

// "~" in the tables below stands for JSON null (Python's None).
const QString s_null = QStringLiteral("~");

std::optional<QString> nullable(const QJsonValue &value)
{
    return value.isNull() ? std::nullopt : std::optional<QString>(value.toString());
}

QString show(const std::optional<QString> &value)
{
    return value ? *value : s_null;
}

const QString s_east = QStringLiteral("https://bedrock-runtime.us-east-1.amazonaws.com/model/");
const QString s_west = QStringLiteral("https://bedrock-runtime.us-west-2.amazonaws.com/model/");

struct Context
{
    QString region, apiBase, endpoint, modelId, envRegionName, envRegion, envEndpoint, sessionRegion;
};

RouteContext makeContext(const Context &c)
{
    RouteContext context;
    context.region = c.region;
    context.apiBase = c.apiBase;
    context.runtimeEndpoint = c.endpoint;
    context.modelIdOverride = c.modelId;
    context.environment.awsRegionName = c.envRegionName;
    context.environment.awsRegion = c.envRegion;
    context.environment.runtimeEndpoint = c.envEndpoint;
    context.environment.sessionRegion = c.sessionRegion;
    return context;
}

} // namespace

class TestLiteLlmRouter final : public QObject
{
    Q_OBJECT

private:
    const LiteLlmRouter m_router { LiteLlmProfile::latest(), ModelCatalog::builtin() };
    const LiteLlmRouter m_legacy { *LiteLlmProfile::find(u"1.53"), ModelCatalog::builtin() };

    void addGroundTruth(const char *variant)
    {
        QTest::addColumn<QJsonObject>("row");
        QTest::addColumn<QString>("variant");
        QFile file(QStringLiteral(BRC_TESTDATA_DIR "/litellm-routes-1.81.9.jsonl"));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
        int lineNumber = 0;
        while (!file.atEnd()) {
            const QByteArray line = file.readLine().trimmed();
            ++lineNumber;
            if (line.isEmpty()) {
                continue;
            }
            const QJsonObject row = QJsonDocument::fromJson(line).object();
            QTest::addRow("%d %s", lineNumber, qPrintable(row.value(QLatin1String("input")).toString()))
                << row << QString::fromLatin1(variant);
        }
        QVERIFY(lineNumber >= 100);
    }

private Q_SLOTS:
    // LiteLLM 1.81.9's own answers (testdata/litellm-routes-1.81.9.jsonl), field by field, under
    // the three region set-ups the file records.
    void groundTruthRegionParameter_data() { addGroundTruth("param"); }
    void groundTruthRegionParameter() { checkGroundTruth(); }
    void groundTruthAwsRegionEnv_data() { addGroundTruth("env"); }
    void groundTruthAwsRegionEnv() { checkGroundTruth(); }
    void groundTruthNoRegion_data() { addGroundTruth("none"); }
    void groundTruthNoRegion() { checkGroundTruth(); }

    void rules_data();
    void rules();

    void legacy_data();
    void legacy();

    void regionOrder_data();
    void regionOrder();

    /// routeError() is route().error without the URLs, settled early where it can be: both
    /// profiles, every string of the published configs and of LiteLLM's own tests, and strings
    /// built to reach each early answer and just miss it.
    void routeErrorIsRoutesError()
    {
        QStringList inputs = {
            QStringLiteral("bedrock/anthropic.claude-v2"), // vendor first: settled without a route
            QStringLiteral("bedrock/anthropic"), // a vendor and nothing else
            QStringLiteral("bedrock/anthropic.invoke/x"), // vendor first, but an invoke marker
            QStringLiteral("bedrock/us.anthropic.claude-3-5-sonnet-20241022-v2:0"),
            QStringLiteral("bedrock/us"), // a bare cross-region prefix
            QStringLiteral("bedrock/converse/us"), QStringLiteral("bedrock/cohere.command-r-v1:0"),
            QStringLiteral("bedrock/stability.sd3-large-v1:0"), // a literal without a handler
            QStringLiteral("bedrock/invoke/anthropic.claude-v2"),
            QStringLiteral("bedrock/llama.invoke/meta.llama3-8b-instruct-v1:0"),
            QStringLiteral("anthropic.claude-v2"), // unprefixed
        };
        for (const char *name : { "/real-config-bedrock-models.txt", "/litellm-routes-1.81.9.jsonl" }) {
            QFile file(QLatin1String(BRC_TESTDATA_DIR) + QLatin1String(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            while (!file.atEnd()) {
                const QByteArray line = file.readLine().trimmed();
                if (line.isEmpty() || line.startsWith('#')) {
                    continue;
                }
                inputs.append(line.startsWith('{')
                        ? QJsonDocument::fromJson(line).object().value(QLatin1String("input")).toString()
                        : QString::fromUtf8(line));
            }
        }
        QVERIFY(inputs.size() > 200);
        for (const LiteLlmRouter *router : { &m_router, &m_legacy }) {
            for (const QString &input : std::as_const(inputs)) {
                QCOMPARE(show(router->routeError(input)), show(router->route(input, {}).error));
            }
        }
    }

    void profiles()
    {
        QVERIFY(LiteLlmProfile::find(u"1.81"));
        QVERIFY(LiteLlmProfile::find(u"1.81.9"));
        QVERIFY(LiteLlmProfile::find(u"1.53"));
        QVERIFY(!LiteLlmProfile::find(u"2.0"));
        QCOMPARE(LiteLlmProfile::latest().version, QStringLiteral("1.81.9"));
        QCOMPARE(LiteLlmProfile::latest().converseModels.size(), 124);
    }

private:
    void checkGroundTruth()
    {
        QFETCH(QJsonObject, row);
        QFETCH(QString, variant);
        Context c;
        QString urlKey;
        if (variant == QLatin1String("param")) {
            c.region = QStringLiteral("us-east-1");
            urlKey = QStringLiteral("endpoint_us_east_1");
        } else if (variant == QLatin1String("env")) {
            c.envRegion = QStringLiteral("us-east-1");
            urlKey = QStringLiteral("endpoint_env_aws_region_us_east_1");
        } else {
            urlKey = QStringLiteral("endpoint_no_region_config");
        }
        const QString input = row.value(QLatin1String("input")).toString();
        const LiteLlmView view = m_router.route(input, makeContext(c));
        QCOMPARE(show(view.accepted() ? std::optional<QString>(routeName(view.route)) : std::nullopt),
            show(nullable(row.value(QLatin1String("route")))));
        QCOMPARE(show(view.invokeProvider), show(nullable(row.value(QLatin1String("provider")))));
        QCOMPARE(show(view.modelId), show(nullable(row.value(QLatin1String("model_id")))));
        QCOMPARE(show(view.pathModelId), show(nullable(row.value(QLatin1String("encoded_model_id")))));
        QCOMPARE(show(view.baseModel), show(nullable(row.value(QLatin1String("base_model")))));
        QCOMPARE(show(view.regionFromModel), show(nullable(row.value(QLatin1String("region_from_input")))));
        QCOMPARE(show(view.url()), show(nullable(row.value(urlKey))));
        if (variant == QLatin1String("param")) {
            QCOMPARE(show(view.streamUrl()), show(nullable(row.value(QLatin1String("endpoint_us_east_1_stream")))));
        }
        QCOMPARE(show(view.error), show(nullable(row.value(QLatin1String("error")))));
    }

    void addRuleColumns()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("apiBase");
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<QString>("modelId");
        QTest::addColumn<QString>("route");
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("sent");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("streamUrl");
        QTest::addColumn<QString>("error");
    }

    void checkRule(const LiteLlmRouter &router)
    {
        QFETCH(QString, input);
        QFETCH(QString, apiBase);
        QFETCH(QString, endpoint);
        QFETCH(QString, modelId);
        Context c;
        c.region = QStringLiteral("us-east-1");
        c.apiBase = apiBase;
        c.endpoint = endpoint;
        c.modelId = modelId;
        const LiteLlmView view = router.route(input, makeContext(c));
        // "*" leaves a column unchecked for rules about other fields.
        const auto expect = [](const QString &actual, const QString &expected) {
            return expected == QLatin1String("*") || actual == expected;
        };
        QFETCH(QString, route);
        QFETCH(QString, provider);
        QFETCH(QString, sent);
        QFETCH(QString, path);
        QFETCH(QString, base);
        QFETCH(QString, url);
        QFETCH(QString, streamUrl);
        QFETCH(QString, error);
        const QString actualRoute = view.accepted() ? routeName(view.route) : s_null;
        QVERIFY2(expect(actualRoute, route), qPrintable(actualRoute));
        QVERIFY2(expect(show(view.invokeProvider), provider), qPrintable(show(view.invokeProvider)));
        QVERIFY2(expect(show(view.modelId), sent), qPrintable(show(view.modelId)));
        QVERIFY2(expect(show(view.pathModelId), path), qPrintable(show(view.pathModelId)));
        QVERIFY2(expect(show(view.baseModel), base), qPrintable(show(view.baseModel)));
        QVERIFY2(expect(show(view.url()), url), qPrintable(show(view.url())));
        QVERIFY2(expect(show(view.streamUrl()), streamUrl), qPrintable(show(view.streamUrl())));
        if (error == s_null) {
            QCOMPARE(show(view.error), s_null);
        } else {
            QVERIFY2(view.error && view.error->startsWith(error), qPrintable(show(view.error)));
        }
    }
};

// One row per rule of ROUTING.md §2-§8. Region is aws_region_name=us-east-1 throughout.
void TestLiteLlmRouter::rules_data()
{
    addRuleColumns();
    const QString any = QStringLiteral("*");
    const QString n = s_null;
    const auto row = [](const char *name) { return &QTest::newRow(name); };
    const QString unknown = QStringLiteral("BedrockError(404): Bedrock Invoke HTTPX: Unknown provider=");

    // §2 forms
    *row("converse marker") << "bedrock/converse/amazon.titan-text-lite-v1"
                            << ""
                            << ""
                            << ""
                            << "converse"
                            << "amazon"
                            << "amazon.titan-text-lite-v1"
                            << "amazon.titan-text-lite-v1" << any << s_east + "amazon.titan-text-lite-v1/converse"
                            << s_east + "amazon.titan-text-lite-v1/converse-stream" << n;
    *row("converse_like with api_base") << "bedrock/converse_like/us.amazon.nova-pro-v1:0"
                                        << "http://gw.example/x"
                                        << ""
                                        << ""
                                        << "converse_like"
                                        << "nova" << n << n << any << "http://gw.example/x"
                                        << "http://gw.example/x" << n;
    *row("converse_like without api_base") << "bedrock/converse_like/us.amazon.nova-pro-v1:0"
                                           << ""
                                           << ""
                                           << ""
                                           << "converse_like"
                                           << "nova" << n << n << any << n << n << "ValueError: api_base is required";
    *row("converse_like falls back to invoke")
        << "bedrock/converse_like/some-model"
        << ""
        << ""
        << ""
        << "converse_like" << n << "some-model"
        << "some-model" << any << s_east + "some-model/invoke" << any << unknown + "None, model=some-model.";
    *row("openai route keeps ARN raw") << "bedrock/openai/arn:aws:bedrock:us-east-1:1:imported-model/m"
                                       << ""
                                       << ""
                                       << ""
                                       << "openai"
                                       << "openai"
                                       << "arn:aws:bedrock:us-east-1:1:imported-model/m"
                                       << "arn:aws:bedrock:us-east-1:1:imported-model/m"
                                       << "m" << s_east + "arn:aws:bedrock:us-east-1:1:imported-model/m/invoke"
                                       << s_east
            + "arn:aws:bedrock:us-east-1:1:imported-model/m/invoke-with-response-stream"
                                       << n;
    *row("agent")
        << "bedrock/agent/A1/B2"
        << ""
        << ""
        << ""
        << "agent" << n << "A1/B2" << n << "agent/A1/B2"
        << "https://bedrock-agent-runtime.us-east-1.amazonaws.com/agents/A1/agentAliases/B2/sessions/{session_id}/text"
        << any << n;
    *row("agent without alias") << "bedrock/agent/A1"
                                << ""
                                << ""
                                << ""
                                << "agent" << n << n << n << any << n << n
                                << "ValueError: Invalid model format. Expected format: 'model=agent/AGENT_ID/ALIAS_ID'";
    *row("agentcore not an ARN") << "bedrock/agentcore/runtime-1"
                                 << ""
                                 << ""
                                 << ""
                                 << "agentcore" << n << "runtime-1" << n << any << n << n
                                 << "ValueError: Invalid ARN format: runtime-1";
    *row("agentcore endpoint override")
        << "bedrock/agentcore/arn:aws:bedrock-agentcore:eu-west-1:1:runtime/r"
        << ""
        << "http://127.0.0.1:8080"
        << ""
        << "agentcore" << n << "arn:aws:bedrock-agentcore:eu-west-1:1:runtime/r"
        << "arn%3Aaws%3Abedrock-agentcore%3Aeu-west-1%3A1%3Aruntime%2Fr"
        << "r"
        << "http://127.0.0.1:8080/runtimes/arn%3Aaws%3Abedrock-agentcore%3Aeu-west-1%3A1%3Aruntime%2Fr/invocations"
        << any << n;
    *row("async_invoke is invoke, id mangled")
        << "bedrock/async_invoke/amazon.nova-reel-v1:0"
        << ""
        << ""
        << ""
        << "invoke"
        << "nova"
        << "async_amazon.nova-reel-v1:0"
        << "async_amazon.nova-reel-v1:0" << any << s_east + "async_amazon.nova-reel-v1:0/invoke" << any << n;
    *row("llama spec on invoke encodes") << "bedrock/llama/arn:aws:bedrock:us-east-1:1:imported-model/x"
                                         << ""
                                         << ""
                                         << ""
                                         << "invoke"
                                         << "llama"
                                         << "arn:aws:bedrock:us-east-1:1:imported-model/x"
                                         << "arn%3Aaws%3Abedrock%3Aus-east-1%3A1%3Aimported-model%2Fx"
                                         << "x"
                                         << s_east + "arn%3Aaws%3Abedrock%3Aus-east-1%3A1%3Aimported-model%2Fx/invoke"
                                         << any << n;
    *row("spec kept on converse") << "bedrock/converse/llama/arn:aws:bedrock:us-east-1:1:imported-model/x"
                                  << ""
                                  << ""
                                  << ""
                                  << "converse"
                                  << "llama"
                                  << "llama/arn:aws:bedrock:us-east-1:1:imported-model/x"
                                  << "llama%2Farn%3Aaws%3Abedrock%3Aus-east-1%3A1%3Aimported-model%2Fx"
                                  << "x"
                                  << s_east
            + "llama%2Farn%3Aaws%3Abedrock%3Aus-east-1%3A1%3Aimported-model%2Fx/converse"
                                  << any << n;
    *row("invoke + openai spec encodes") << "bedrock/invoke/openai/arn:aws:bedrock:us-east-1:1:imported-model/g"
                                         << ""
                                         << ""
                                         << ""
                                         << "invoke"
                                         << "openai"
                                         << "arn:aws:bedrock:us-east-1:1:imported-model/g"
                                         << "arn%3Aaws%3Abedrock%3Aus-east-1%3A1%3Aimported-model%2Fg"
                                         << "g"
                                         << s_east + "arn%3Aaws%3Abedrock%3Aus-east-1%3A1%3Aimported-model%2Fg/invoke"
                                         << any << n;
    *row("vendor word before ARN stays raw")
        << "bedrock/anthropic/arn:aws:bedrock:us-east-1:1:provisioned-model/p"
        << ""
        << ""
        << ""
        << "invoke"
        << "anthropic"
        << "anthropic/arn:aws:bedrock:us-east-1:1:provisioned-model/p"
        << "anthropic/arn:aws:bedrock:us-east-1:1:provisioned-model/p"
        << "p" << s_east + "anthropic/arn:aws:bedrock:us-east-1:1:provisioned-model/p/invoke" << any << n;
    *row("nova/ prefix is invoke with nova")
        << "bedrock/nova/arn:aws:bedrock:us-east-1:1:custom-model/c"
        << ""
        << ""
        << ""
        << "invoke"
        << "nova"
        << "nova/arn:aws:bedrock:us-east-1:1:custom-model/c"
        << "nova/arn:aws:bedrock:us-east-1:1:custom-model/c"
        << "c" << s_east + "nova/arn:aws:bedrock:us-east-1:1:custom-model/c/invoke" << any << n;
    *row("region path stays in id") << "bedrock/us-west-2/meta.llama3-8b-instruct-v1:0"
                                    << ""
                                    << ""
                                    << ""
                                    << "converse"
                                    << "meta"
                                    << "us-west-2/meta.llama3-8b-instruct-v1:0"
                                    << "us-west-2%2Fmeta.llama3-8b-instruct-v1%3A0"
                                    << "meta.llama3-8b-instruct-v1:0"
                                    << s_east + "us-west-2%2Fmeta.llama3-8b-instruct-v1%3A0/converse" << any << n;
    *row("unprefixed known id") << "amazon.titan-text-lite-v1"
                                << ""
                                << ""
                                << ""
                                << "invoke"
                                << "amazon"
                                << "amazon.titan-text-lite-v1"
                                << "amazon.titan-text-lite-v1" << any << s_east + "amazon.titan-text-lite-v1/invoke"
                                << any << n;
    *row("unprefixed unknown id") << "amazon.unknown-model-v9"
                                  << ""
                                  << ""
                                  << "" << n << n << n << n << n << n << n
                                  << "BadRequestError: LLM Provider NOT provided.";
    *row("unprefixed bare ARN is replicate-shaped")
        << "arn:aws:bedrock:us-east-1:111122223333:application-inference-profile/abcdef"
        << ""
        << ""
        << "" << n << n << n << n << n << n << n << "BadRequestError: LLM Provider NOT provided.";
    *row("upper-case prefix") << "BEDROCK/amazon.titan-text-lite-v1"
                              << ""
                              << ""
                              << "" << n << n << n << n << n << n << n
                              << "BadRequestError: LLM Provider NOT provided. Pass in the LLM provider you are "
                                 "trying to call. You passed model=BEDROCK/amazon.titan-text-lite-v1";
    *row("bedrock alone") << "bedrock"
                          << ""
                          << ""
                          << "" << n << n << n << n << n << n << n
                          << "BadRequestError: GetLLMProvider Exception - list index out of range";
    *row("empty model") << "bedrock/"
                        << ""
                        << ""
                        << ""
                        << "invoke" << n << ""
                        << ""
                        << "" << s_east + "/invoke" << any << unknown + "None, model=. Try calling via converse route";
    *row("double slash") << "bedrock//amazon.titan-text-lite-v1"
                         << ""
                         << ""
                         << ""
                         << "invoke"
                         << "amazon"
                         << "/amazon.titan-text-lite-v1"
                         << "/amazon.titan-text-lite-v1" << any << s_east + "/amazon.titan-text-lite-v1/invoke" << any
                         << n;
    *row("route words are case-sensitive") << "bedrock/Converse/amazon.titan-text-lite-v1"
                                           << ""
                                           << ""
                                           << ""
                                           << "invoke"
                                           << "amazon"
                                           << "Converse/amazon.titan-text-lite-v1"
                                           << "Converse/amazon.titan-text-lite-v1" << any
                                           << s_east + "Converse/amazon.titan-text-lite-v1/invoke" << any << n;
    // §3 cross-region prefixes
    *row("upper-case geo prefix is unknown") << "bedrock/US.anthropic.claude-3-haiku-20240307-v1:0"
                                             << ""
                                             << ""
                                             << ""
                                             << "invoke"
                                             << "anthropic"
                                             << "US.anthropic.claude-3-haiku-20240307-v1:0"
                                             << "US.anthropic.claude-3-haiku-20240307-v1:0"
                                             << "US.anthropic.claude-3-haiku-20240307-v1:0" << any << any << n;
    // §4 route choice and base model
    *row("invoke marker wins anywhere") << "bedrock/converse/invoke/x.y"
                                        << ""
                                        << ""
                                        << ""
                                        << "invoke" << n << "converse/x.y"
                                        << "converse/x.y"
                                        << "x.y" << any << any << unknown + "None, model=converse/invoke/x.y.";
    *row("converse without slash is not a marker") << "bedrock/converse"
                                                   << ""
                                                   << ""
                                                   << ""
                                                   << "invoke" << n << "converse"
                                                   << "converse"
                                                   << "converse" << any << any << unknown + "None";
    *row("nova premier bare goes to invoke") << "bedrock/amazon.nova-premier-v1:0"
                                             << ""
                                             << ""
                                             << ""
                                             << "invoke"
                                             << "nova"
                                             << "amazon.nova-premier-v1:0"
                                             << "amazon.nova-premier-v1:0" << any << any << any << n;
    *row("cris-only id matches via stripped name") << "bedrock/us.deepseek.r1-v1:0"
                                                   << ""
                                                   << ""
                                                   << ""
                                                   << "converse" << n << "us.deepseek.r1-v1:0"
                                                   << "us.deepseek.r1-v1%3A0"
                                                   << "deepseek.r1-v1:0" << any << any << n;
    *row("pixtral bare to invoke") << "bedrock/mistral.pixtral-large-2502-v1:0"
                                   << ""
                                   << ""
                                   << ""
                                   << "invoke"
                                   << "mistral"
                                   << "mistral.pixtral-large-2502-v1:0"
                                   << "mistral.pixtral-large-2502-v1:0" << any << any << any << n;
    *row("claude-v2:0 to invoke") << "bedrock/anthropic.claude-v2:0"
                                  << ""
                                  << ""
                                  << ""
                                  << "invoke"
                                  << "anthropic"
                                  << "anthropic.claude-v2:0"
                                  << "anthropic.claude-v2:0"
                                  << "anthropic.claude-v2:0" << any << any << n;
    *row("arn substring quirk") << "bedrock/us-west-2/barn-owl-model"
                                << ""
                                << ""
                                << ""
                                << "invoke" << n << "us-west-2/barn-owl-model"
                                << "us-west-2/barn-owl-model"
                                << "barn-owl-model" << any << any << unknown + "None";
    *row("throughput suffix") << "bedrock/anthropic.claude-3-haiku-20240307-v1:0:200k"
                              << ""
                              << ""
                              << ""
                              << "converse"
                              << "anthropic"
                              << "anthropic.claude-3-haiku-20240307-v1:0:200k"
                              << "anthropic.claude-3-haiku-20240307-v1%3A0%3A200k"
                              << "anthropic.claude-3-haiku-20240307-v1:0" << any << any << n;
    *row("context marker kept") << "bedrock/anthropic.claude-sonnet-4-20250514-v1:0[1m]"
                                << ""
                                << ""
                                << ""
                                << "invoke"
                                << "anthropic"
                                << "anthropic.claude-sonnet-4-20250514-v1:0[1m]"
                                << "anthropic.claude-sonnet-4-20250514-v1:0[1m]"
                                << "anthropic.claude-sonnet-4-20250514-v1:0[1m]" << any << any << n;
    *row("bare prefix crashes") << "bedrock/eu"
                                << ""
                                << ""
                                << "" << n << n << n << n << n << n << n << "IndexError: list index out of range";
    *row("a prefix that is not first does not crash") << "bedrock/converse_x/global"
                                                      << ""
                                                      << ""
                                                      << ""
                                                      << "invoke" << n << "converse_x/global"
                                                      << "converse_x/global"
                                                      << "converse_x/global" << any << any << unknown + "None";
    // §5 invoke provider
    *row("nova substring anywhere") << "bedrock/invoke/my-nova-finetune"
                                    << ""
                                    << ""
                                    << ""
                                    << "invoke"
                                    << "nova"
                                    << "my-nova-finetune"
                                    << "my-nova-finetune" << any << any << any << n;
    *row("nova inside innovation") << "bedrock/llama/arn:aws:bedrock:us-east-1:1:imported-model/innovation-model"
                                   << ""
                                   << ""
                                   << ""
                                   << "invoke"
                                   << "nova"
                                   << "llama/arn:aws:bedrock:us-east-1:1:imported-model/innovation-model"
                                   << "llama/arn:aws:bedrock:us-east-1:1:imported-model/innovation-model" << any << any
                                   << any << n;
    *row("deepseek has no literal") << "bedrock/invoke/deepseek.r1-v1:0"
                                    << ""
                                    << ""
                                    << ""
                                    << "invoke" << n << "deepseek.r1-v1:0"
                                    << "deepseek.r1-v1:0" << any << any << any << unknown + "None";
    *row("upper-case vendor") << "bedrock/invoke/ANTHROPIC.claude-x"
                              << ""
                              << ""
                              << ""
                              << "invoke" << n << "ANTHROPIC.claude-x"
                              << "ANTHROPIC.claude-x" << any << any << any << unknown + "None";
    *row("NOVA in any case") << "bedrock/invoke/amazon.NOVA-pro"
                             << ""
                             << ""
                             << ""
                             << "invoke"
                             << "nova"
                             << "amazon.NOVA-pro"
                             << "amazon.NOVA-pro" << any << any << any << n;
    *row("substring scan in declared order") << "bedrock/invoke/moonshotai.kimi-k2"
                                             << ""
                                             << ""
                                             << ""
                                             << "invoke"
                                             << "moonshot"
                                             << "moonshotai.kimi-k2"
                                             << "moonshotai.kimi-k2" << any << any << any << n;
    // §7 actions and model_id
    *row("ai21 fakes converse streaming")
        << "bedrock/converse/ai21.jamba-1-5-mini-v1:0"
        << ""
        << ""
        << ""
        << "converse"
        << "ai21"
        << "ai21.jamba-1-5-mini-v1:0"
        << "ai21.jamba-1-5-mini-v1%3A0" << any << s_east + "ai21.jamba-1-5-mini-v1%3A0/converse"
        << s_east + "ai21.jamba-1-5-mini-v1%3A0/converse" << n;
    *row("ai21 keeps invoke when streaming")
        << "bedrock/invoke/ai21.j2-mid-v1"
        << ""
        << ""
        << ""
        << "invoke"
        << "ai21"
        << "ai21.j2-mid-v1"
        << "ai21.j2-mid-v1" << any << s_east + "ai21.j2-mid-v1/invoke" << s_east + "ai21.j2-mid-v1/invoke" << n;
    *row("model_id replaces the converse path")
        << "bedrock/converse/anthropic.claude-3-haiku-20240307-v1:0"
        << ""
        << ""
        << "arn:aws:bedrock:eu-west-1:1:application-inference-profile/p"
        << "converse"
        << "anthropic"
        << "arn:aws:bedrock:eu-west-1:1:application-inference-profile/p"
        << "arn%3Aaws%3Abedrock%3Aeu-west-1%3A1%3Aapplication-inference-profile%2Fp" << any
        << s_east + "arn%3Aaws%3Abedrock%3Aeu-west-1%3A1%3Aapplication-inference-profile%2Fp/converse" << any << n;
    *row("model_id replaces the invoke path") << "bedrock/invoke/anthropic.claude-3-haiku-20240307-v1:0"
                                              << ""
                                              << ""
                                              << "a:b/c"
                                              << "invoke"
                                              << "anthropic"
                                              << "a:b/c"
                                              << "a%3Ab%2Fc" << any << s_east + "a%3Ab%2Fc/invoke" << any << n;
    // §8 endpoints
    *row("api_base on invoke") << "bedrock/invoke/amazon.titan-text-lite-v1"
                               << "https://gw.example"
                               << "https://rt.example"
                               << ""
                               << "invoke"
                               << "amazon"
                               << "amazon.titan-text-lite-v1"
                               << "amazon.titan-text-lite-v1" << any
                               << "https://gw.example/model/amazon.titan-text-lite-v1/invoke" << any << n;
    *row("runtime endpoint beats api_base on converse")
        << "bedrock/converse/amazon.titan-text-lite-v1"
        << "https://gw.example"
        << "https://rt.example"
        << ""
        << "converse"
        << "amazon"
        << "amazon.titan-text-lite-v1"
        << "amazon.titan-text-lite-v1" << any << "https://rt.example/model/amazon.titan-text-lite-v1/converse" << any
        << n;
    *row("api_base alone on converse") << "bedrock/converse/amazon.titan-text-lite-v1"
                                       << "https://gw.example"
                                       << ""
                                       << ""
                                       << "converse"
                                       << "amazon"
                                       << "amazon.titan-text-lite-v1"
                                       << "amazon.titan-text-lite-v1" << any
                                       << "https://gw.example/model/amazon.titan-text-lite-v1/converse" << any << n;
}

void TestLiteLlmRouter::rules()
{
    checkRule(m_router);
}

// ROUTING.md §10: LiteLLM 1.53.7, before the provider fix.
void TestLiteLlmRouter::legacy_data()
{
    addRuleColumns();
    const QString any = QStringLiteral("*");
    const QString n = s_null;
    const auto row = [](const char *name) { return &QTest::newRow(name); };
    *row("the seed case: eu read as the provider")
        << "bedrock/invoke/eu.amazon.nova-micro-v1:0"
        << ""
        << ""
        << ""
        << "invoke"
        << "eu"
        << "eu.amazon.nova-micro-v1:0"
        << "eu.amazon.nova-micro-v1:0"
        << "invoke/eu.amazon.nova-micro-v1:0" << s_east + "eu.amazon.nova-micro-v1:0/invoke" << any
        << "BedrockError(404): Bedrock HTTPX: Unknown provider=eu, model=eu.amazon.nova-micro-v1:0";
    *row("issue 7385: us.meta on invoke") << "bedrock/invoke/us.meta.llama3-3-70b-instruct-v1:0"
                                          << ""
                                          << ""
                                          << ""
                                          << "invoke"
                                          << "us"
                                          << "us.meta.llama3-3-70b-instruct-v1:0" << any << any << any << any
                                          << "BedrockError(404): Bedrock HTTPX: Unknown provider=us";
    *row("converse marker works") << "bedrock/converse/eu.amazon.nova-micro-v1:0"
                                  << ""
                                  << ""
                                  << ""
                                  << "converse"
                                  << "converse/eu"
                                  << "eu.amazon.nova-micro-v1:0"
                                  << "eu.amazon.nova-micro-v1%3A0"
                                  << "amazon.nova-micro-v1:0" << s_east + "eu.amazon.nova-micro-v1%3A0/converse" << any
                                  << n;
    *row("us. prefix stripped for the list")
        << "bedrock/us.anthropic.claude-3-5-sonnet-20241022-v2:0"
        << ""
        << ""
        << ""
        << "converse"
        << "us" << any << any << "anthropic.claude-3-5-sonnet-20241022-v2:0" << any << any << n;
    *row("jp. was not a prefix yet") << "bedrock/jp.anthropic.claude-3-5-sonnet-20240620-v1:0"
                                     << ""
                                     << ""
                                     << ""
                                     << "invoke"
                                     << "jp" << any << any << "jp.anthropic.claude-3-5-sonnet-20240620-v1:0" << any
                                     << any << "BedrockError(404): Bedrock HTTPX: Unknown provider=jp";
    *row("plain anthropic on invoke works") << "bedrock/anthropic.claude-3-7-sonnet-20250219-v1:0"
                                            << ""
                                            << ""
                                            << ""
                                            << "invoke"
                                            << "anthropic" << any << any << any << any << any << n;
    *row("no ARN region before 1.60")
        << "bedrock/converse/arn:aws:bedrock:eu-central-1:1:application-inference-profile/p"
        << ""
        << ""
        << ""
        << "converse"
        << "converse/arn:aws:bedrock:eu-central-1:1:application-inference-profile/p" << any << any << any
        << s_east + "arn%3Aaws%3Abedrock%3Aeu-central-1%3A1%3Aapplication-inference-profile%2Fp/converse" << any << n;
}

void TestLiteLlmRouter::legacy()
{
    checkRule(m_legacy);
}

void TestLiteLlmRouter::regionOrder_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QStringList>("context"); // region, envRegionName, envRegion, sessionRegion
    QTest::addColumn<QString>("region");
    QTest::addColumn<int>("source");
    const QString arn = QStringLiteral("bedrock/converse/arn:aws:bedrock:ap-south-1:1:application-inference-profile/p");
    const QString plain = QStringLiteral("bedrock/converse/amazon.titan-text-lite-v1");
    QTest::addRow("parameter beats ARN") << arn << QStringList { "eu-west-1", "x", "y", "z" } << "eu-west-1"
                                         << int(RegionSource::Parameter);
    QTest::addRow("ARN beats environment")
        << arn << QStringList { "", "eu-west-2", "y", "z" } << "ap-south-1" << int(RegionSource::ModelArn);
    QTest::addRow("AWS_REGION_NAME") << plain << QStringList { "", "eu-west-2", "eu-west-3", "z" } << "eu-west-2"
                                     << int(RegionSource::EnvRegionName);
    QTest::addRow("AWS_REGION") << plain << QStringList { "", "", "eu-west-3", "z" } << "eu-west-3"
                                << int(RegionSource::EnvRegion);
    QTest::addRow("session") << plain << QStringList { "", "", "", "ca-central-1" } << "ca-central-1"
                             << int(RegionSource::Session);
    QTest::addRow("default") << plain << QStringList { "", "", "", "" } << "us-west-2" << int(RegionSource::Default);
    QTest::addRow("gov partition ARN not read")
        << "bedrock/converse/arn:aws-us-gov:bedrock:us-gov-west-1:1:application-inference-profile/p"
        << QStringList { "", "", "", "" } << "us-west-2" << int(RegionSource::Default);
    QTest::addRow("upper-case ARN not read")
        << "bedrock/converse/ARN:AWS:BEDROCK:eu-west-1:1:x/p" << QStringList { "", "", "", "" } << "us-west-2"
        << int(RegionSource::Default);
    QTest::addRow("empty ARN region field")
        << "bedrock/converse/arn:aws:bedrock::1:foundation-model/x" << QStringList { "", "", "eu-north-1", "" }
        << "eu-north-1" << int(RegionSource::EnvRegion);
    QTest::addRow("spec before ARN is fine")
        << "bedrock/llama/arn:aws:bedrock:sa-east-1:1:imported-model/m" << QStringList { "", "", "", "" } << "sa-east-1"
        << int(RegionSource::ModelArn);
}

void TestLiteLlmRouter::regionOrder()
{
    QFETCH(QString, input);
    QFETCH(QStringList, context);
    QFETCH(QString, region);
    QFETCH(int, source);
    Context c;
    c.region = context.at(0);
    c.envRegionName = context.at(1);
    c.envRegion = context.at(2);
    c.sessionRegion = context.at(3);
    const LiteLlmView view = m_router.route(input, makeContext(c));
    QCOMPARE(view.region, region);
    QCOMPARE(int(view.regionSource), source);
    QVERIFY(
        view.url()->startsWith(QLatin1String("https://bedrock-runtime.") + region + QLatin1String(".amazonaws.com/")));
}

QTEST_GUILESS_MAIN(TestLiteLlmRouter)
#include "tst_litellmrouter.moc"
