#include "litellmprofile.h"

#include "modelcatalog.h"
#include "parsedroute.h"

namespace brc::route {

namespace {

QStringList toList(std::initializer_list<const char *> items)
{
    QStringList list;
    for (const char *item : items) {
        list.append(QString::fromLatin1(item));
    }
    return list;
}

QSet<QString> toSet(std::initializer_list<const char *> items)
{
    QSet<QString> set;
    for (const char *item : items) {
        set.insert(QString::fromLatin1(item));
    }
    return set;
}

// LiteLLM 1.81.9 (commit a09d3e91, 2026-02-07): common_utils.py get_bedrock_route,
// get_bedrock_base_model, get_bedrock_invoke_provider; base_aws_llm.py region and endpoint.
LiteLlmProfile makeV1_81_9()
{
    const ModelCatalog &catalog = ModelCatalog::builtin();
    LiteLlmProfile p;
    p.version = QStringLiteral("1.81.9");
    p.shortName = QStringLiteral("1.81");
    p.description = QStringLiteral("LiteLLM 1.81.9 (February 2026)");
    p.routeMarkers = {
        { QStringLiteral("invoke/"), LiteLlmRoute::Invoke },
        { QStringLiteral("converse_like/"), LiteLlmRoute::ConverseLike },
        { QStringLiteral("converse/"), LiteLlmRoute::Converse },
        { QStringLiteral("agent/"), LiteLlmRoute::Agent },
        { QStringLiteral("agentcore/"), LiteLlmRoute::AgentCore },
        // async_invoke/ is listed but can never win: invoke/ is a substring of it.
        { QStringLiteral("openai/"), LiteLlmRoute::OpenAI },
    };
    p.baseModelPrefixes = { QStringLiteral("bedrock/"), QStringLiteral("converse/"), QStringLiteral("invoke/"),
        QStringLiteral("openai/") };
    p.crossRegionPrefixes = catalog.crossRegionPrefixes();
    // AmazonBedrockGlobalConfig.get_all_regions()
    p.pathRegions = toList({ "us-east-1", "us-east-2", "us-west-1", "us-west-2", "us-gov-east-1", "us-gov-west-1",
        "eu-west-1", "eu-west-2", "eu-west-3", "eu-central-1", "eu-central-2", "eu-south-1", "eu-south-2", "eu-north-1",
        "ap-northeast-1", "ap-northeast-2", "ap-northeast-3", "ap-south-1", "ap-south-2", "ap-southeast-1",
        "ap-southeast-2", "ca-central-1", "sa-east-1" });
    p.providerRule = LiteLlmProfile::ProviderRule::Scan;
    p.invokeProviderLiterals = catalog.invokeProviders();
    p.invokeProvidersWithHandler = QSet<QString>(p.invokeProviderLiterals.begin(), p.invokeProviderLiterals.end());
    p.invokeProvidersWithHandler.remove(QStringLiteral("stability"));
    p.encodedSpecs = toSet({ "llama", "deepseek_r1", "openai", "qwen2", "qwen3", "stability", "moonshot" });
    p.unknownProviderError = QStringLiteral("BedrockError(404): Bedrock Invoke HTTPX: Unknown provider=%1, model=%2. "
                                            "Try calling via converse route - `bedrock/converse/<model>`.");
    p.converseModels = catalog.converseModels();
    return p;
}

// LiteLLM 1.53.7 (December 2024), before get_bedrock_invoke_provider existed (1.60): main.py chose
// Converse by AmazonConverseConfig._get_base_model (us/eu/apac only) or a "converse/" marker,
// and invoke_handler.py took the provider as model.split(".")[0]. Read from the source, not run.
LiteLlmProfile makeV1_53_7()
{
    LiteLlmProfile p;
    p.version = QStringLiteral("1.53.7");
    p.shortName = QStringLiteral("1.53");
    p.description = QStringLiteral("LiteLLM 1.53.7 (December 2024): before 1.60's provider fix");
    p.routeMarkers = {
        { QStringLiteral("converse/"), LiteLlmRoute::Converse },
    };
    p.baseModelPrefixes = { QStringLiteral("bedrock/"), QStringLiteral("converse/") };
    p.baseModelArnTail = false;
    p.baseModelThroughputSuffix = false;
    p.baseModelRegionPath = false;
    p.crashOnBarePrefix = true;
    p.alternateMembership = false;
    p.crossRegionPrefixes = { QStringLiteral("us"), QStringLiteral("eu"), QStringLiteral("apac") };
    p.providerRule = LiteLlmProfile::ProviderRule::FirstDotSegment;
    p.novaFirst = false;
    p.invokeProvidersWithHandler = toSet({ "cohere", "anthropic", "ai21", "mistral", "amazon", "meta", "llama" });
    p.unknownProviderError = QStringLiteral("BedrockError(404): Bedrock HTTPX: Unknown provider=%1, model=%2");
    p.invokeRemovesEveryMarker = true;
    p.unknownProviderNamesStrippedModel = true;
    p.arnRegion = false;
    p.converseEndpointOverride = false;
    p.fakeStreamAi21 = false;
    // litellm/__init__.py BEDROCK_CONVERSE_MODELS at v1.53.7.
    p.converseModels = toSet({
        "anthropic.claude-3-5-haiku-20241022-v1:0",
        "anthropic.claude-3-5-sonnet-20241022-v2:0",
        "anthropic.claude-3-5-sonnet-20240620-v1:0",
        "anthropic.claude-3-opus-20240229-v1:0",
        "anthropic.claude-3-sonnet-20240229-v1:0",
        "anthropic.claude-3-haiku-20240307-v1:0",
        "anthropic.claude-v2",
        "anthropic.claude-v2:1",
        "anthropic.claude-v1",
        "anthropic.claude-instant-v1",
        "ai21.jamba-instruct-v1:0",
        "meta.llama3-70b-instruct-v1:0",
        "meta.llama3-8b-instruct-v1:0",
        "meta.llama3-1-8b-instruct-v1:0",
        "meta.llama3-1-70b-instruct-v1:0",
        "meta.llama3-1-405b-instruct-v1:0",
        "mistral.mistral-large-2407-v1:0",
        "meta.llama3-2-1b-instruct-v1:0",
        "meta.llama3-2-3b-instruct-v1:0",
        "meta.llama3-2-11b-instruct-v1:0",
        "meta.llama3-2-90b-instruct-v1:0",
    });
    return p;
}

} // namespace

const QList<LiteLlmProfile> &LiteLlmProfile::all()
{
    static const QList<LiteLlmProfile> s_profiles = { makeV1_81_9(), makeV1_53_7() };
    return s_profiles;
}

const LiteLlmProfile *LiteLlmProfile::find(QStringView version)
{
    for (const LiteLlmProfile &profile : all()) {
        if (version == profile.version || version == profile.shortName) {
            return &profile;
        }
    }
    return nullptr;
}

const LiteLlmProfile &LiteLlmProfile::latest()
{
    return all().constFirst();
}

} // namespace brc::route
