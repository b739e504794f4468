#pragma once

#include "diagnostic.h"

#include <QList>
#include <QString>
#include <QVarLengthArray>

#include <optional>

namespace brc::route {

/// The API route LiteLLM takes for a model string. Rejected: LiteLLM fails before routing.
enum class LiteLlmRoute : quint8 { Rejected, Converse, Invoke, ConverseLike, OpenAI, Agent, AgentCore };

/// "converse", "invoke", "converse_like", "openai", "agent", "agentcore"; empty for Rejected.
QString routeName(LiteLlmRoute route);

/// Where a region came from, in LiteLLM's order of precedence.
enum class RegionSource : quint8 {
    None,
    Parameter, ///< aws_region_name
    ModelArn, ///< the region field of an ARN in the model string or model_id
    EnvRegionName, ///< AWS_REGION_NAME
    EnvRegion, ///< AWS_REGION
    Session, ///< boto3's session: AWS_DEFAULT_REGION or the AWS config file
    Default, ///< LiteLLM's fallback, us-west-2
};

/// A short phrase for a region source ("aws_region_name", "AWS_REGION", ...).
QString regionSourceName(RegionSource source);

/// What a given LiteLLM version does with the string: the "LiteLLM view".
/// Optional fields are null exactly where LiteLLM has no value (JSON null).
struct LiteLlmView
{
    QString version; ///< the profile, e.g. "1.81.9"
    LiteLlmRoute route = LiteLlmRoute::Rejected;
    std::optional<QString> invokeProvider; ///< get_bedrock_invoke_provider(), on every route
    std::optional<QString> modelId; ///< the id sent, unencoded
    /// The exact text between /model/ and the action: modelId as it is, or percent-encoded whole.
    std::optional<QString> pathModelId;
    std::optional<QString> baseModel;
    std::optional<QString> regionFromModel; ///< region read from an ARN in the string
    QString region; ///< the region the call is signed for
    RegionSource regionSource = RegionSource::None;
    /// The URL LiteLLM posts to, and the one it streams from; nullopt where it has none.
    std::optional<QString> url() const;
    std::optional<QString> streamUrl() const;
    /// What url() and streamUrl() are made of. With an action they are
    /// urlBase/model/<pathModelId>/<action>, built when asked; without one urlBase is the whole
    /// URL (agents, converse_like's api_base).
    std::optional<QString> urlBase;
    QLatin1StringView urlAction;
    QLatin1StringView streamUrlAction;
    QString configClass; ///< the transformation class LiteLLM picks, e.g. AmazonConverseConfig
    std::optional<QString> error; ///< "Type: message" as LiteLLM raises it
    std::optional<QString> otherProvider; ///< set when the string goes to another LiteLLM provider

    bool accepted() const { return route != LiteLlmRoute::Rejected; }
    bool operator==(const LiteLlmView &) const = default;
};

/// The kind of resource an ARN names.
enum class ArnResourceKind : quint8 {
    Unknown,
    FoundationModel,
    InferenceProfile,
    ApplicationInferenceProfile,
    ProvisionedModel,
    ImportedModel,
    CustomModel,
    CustomModelDeployment,
    Prompt,
    PromptRouter,
    Marketplace, ///< a SageMaker endpoint serving a Bedrock Marketplace model
    AgentCoreRuntime,
};

QString arnResourceKindName(ArnResourceKind kind);

/// An Amazon Resource Name: arn:PARTITION:SERVICE:REGION:ACCOUNT:TYPE/ID.
struct Arn
{
    QString partition;
    QString service;
    QString region;
    QString account;
    QString resourceType; ///< as written, e.g. "application-inference-profile"
    QString resourceId;
    ArnResourceKind kind = ArnResourceKind::Unknown;

    /// True for kinds whose ARN says nothing of the model vendor (LiteLLM finds no provider).
    bool isVendorless() const;
    bool operator==(const Arn &) const = default;
};

/// Catalog facts about a model, where LiteLLM's model map knows them.
struct ModelFacts
{
    QString catalogKey;
    QString mode;
    int maxInputTokens = 0;
    int maxOutputTokens = 0;
    bool supportsReasoning = false;
    bool supportsVision = false;
    bool supportsToolCalls = false;

    bool operator==(const ModelFacts &) const = default;
};

/// The Bedrock Runtime operations a model is called with.
enum class BedrockOperation : quint8 { Converse, ConverseStream, Invoke, InvokeStream };

/// "converse", "converse-stream", "invoke", "invoke-with-response-stream": the path's last segment.
QLatin1StringView operationAction(BedrockOperation operation);

/// What Bedrock itself expects for the string: the "AWS view".
struct AwsView
{
    QString modelId; ///< what Bedrock should receive: route words, specs and region paths removed
    std::optional<Arn> arn;
    QString geoPrefix; ///< us, eu, apac, jp, au, us-gov, global; empty when none
    QString unknownPrefix; ///< a geo-like first segment Bedrock does not define ("ca")
    QString provider; ///< the vendor segment: anthropic, amazon, meta, ...
    QString family; ///< model name without vendor and version: "claude-3-5-sonnet-20241022"
    QString version; ///< "v2:0", "v1", "1:0"
    QString suffix; ///< throughput or context suffix: ":48k", "[1m]"
    QString spec; ///< a LiteLLM spec word before the id ("llama", "qwen3")
    QString regionPath; ///< a "us-west-2/" path prefix
    QString region; ///< the region the call goes to
    RegionSource regionSource = RegionSource::None;
    QString regionReason; ///< why that region, in words
    QString endpoint; ///< scheme://host[:port][/base] the operations are appended to
    bool fips = false;
    QString encodedModelId; ///< modelId percent-encoded once, nothing kept safe (":" -> %3A, "/" -> %2F)
    bool needsInferenceProfile = false; ///< known to reject on-demand calls without a geo prefix
    std::optional<ModelFacts> facts;

    /// endpoint/model/<encodedModelId>/<action>; empty when there is no model id.
    QString url(BedrockOperation operation) const;

    bool operator==(const AwsView &) const = default;
};

/// What a part of the model string is, for drawing it coloured and labelled.
enum class SegmentKind : quint8 {
    ProviderPrefix, ///< "bedrock/"
    RouteMarker, ///< "converse/", "invoke/", ...
    Spec, ///< "llama/", "qwen3/", a vendor word before an ARN
    RegionPath, ///< "us-west-2/"
    GeoPrefix, ///< "eu."
    Vendor, ///< "amazon."
    Model, ///< "nova-micro"
    Version, ///< "-v1:0"
    Suffix, ///< ":48k"
    ArnPrefix, ///< "arn:"
    ArnPartition,
    ArnService,
    ArnRegion,
    ArnAccount,
    ArnResourceType,
    ArnResourceId,
    AgentId,
    Unparsed,
};

QString segmentKindName(SegmentKind kind);

struct Segment
{
    SegmentKind kind = SegmentKind::Unparsed;
    Span span;
    bool operator==(const Segment &) const = default;
};

/// The parts of a model string, in order. Held inline: a model string has a dozen parts at
/// most but for pathological input, so a parse allocates nothing for them.
using Segments = QVarLengthArray<Segment, 16>;

/// Both readings of one model string and what separates them.
struct ParsedRoute
{
    QString input;
    LiteLlmView litellm;
    AwsView aws;
    Segments segments;
    QList<Diagnostic> diagnostics;

    /// The worst severity among the diagnostics, or nullopt when there are none.
    std::optional<Severity> worstSeverity() const;
    bool operator==(const ParsedRoute &) const = default;
};

} // namespace brc::route
