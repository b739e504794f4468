#include "parsedroute.h"

#include "urlencoding.h"

namespace brc::route {

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Error:
        return QStringLiteral("error");
    }
    return {};
}

QString routeName(LiteLlmRoute route)
{
    switch (route) {
    case LiteLlmRoute::Rejected:
        return {};
    case LiteLlmRoute::Converse:
        return QStringLiteral("converse");
    case LiteLlmRoute::Invoke:
        return QStringLiteral("invoke");
    case LiteLlmRoute::ConverseLike:
        return QStringLiteral("converse_like");
    case LiteLlmRoute::OpenAI:
        return QStringLiteral("openai");
    case LiteLlmRoute::Agent:
        return QStringLiteral("agent");
    case LiteLlmRoute::AgentCore:
        return QStringLiteral("agentcore");
    }
    return {};
}

QString regionSourceName(RegionSource source)
{
    switch (source) {
    case RegionSource::None:
        return {};
    case RegionSource::Parameter:
        return QStringLiteral("aws_region_name");
    case RegionSource::ModelArn:
        return QStringLiteral("model ARN");
    case RegionSource::EnvRegionName:
        return QStringLiteral("AWS_REGION_NAME");
    case RegionSource::EnvRegion:
        return QStringLiteral("AWS_REGION");
    case RegionSource::Session:
        return QStringLiteral("AWS session");
    case RegionSource::Default:
        return QStringLiteral("default");
    }
    return {};
}

namespace {

std::optional<QString> litellmUrl(const LiteLlmView &view, QLatin1StringView action)
{
    if (!view.urlBase) {
        return std::nullopt;
    }
    if (action.isEmpty()) {
        return view.urlBase;
    }
    return modelOperationUrl(*view.urlBase, view.pathModelId ? QStringView(*view.pathModelId) : QStringView(), action);
}

} // namespace

std::optional<QString> LiteLlmView::url() const
{
    return litellmUrl(*this, urlAction);
}

std::optional<QString> LiteLlmView::streamUrl() const
{
    return litellmUrl(*this, streamUrlAction);
}

QString arnResourceKindName(ArnResourceKind kind)
{
    switch (kind) {
    case ArnResourceKind::Unknown:
        return QStringLiteral("unknown");
    case ArnResourceKind::FoundationModel:
        return QStringLiteral("foundation-model");
    case ArnResourceKind::InferenceProfile:
        return QStringLiteral("inference-profile");
    case ArnResourceKind::ApplicationInferenceProfile:
        return QStringLiteral("application-inference-profile");
    case ArnResourceKind::ProvisionedModel:
        return QStringLiteral("provisioned-model");
    case ArnResourceKind::ImportedModel:
        return QStringLiteral("imported-model");
    case ArnResourceKind::CustomModel:
        return QStringLiteral("custom-model");
    case ArnResourceKind::CustomModelDeployment:
        return QStringLiteral("custom-model-deployment");
    case ArnResourceKind::Prompt:
        return QStringLiteral("prompt");
    case ArnResourceKind::PromptRouter:
        return QStringLiteral("prompt-router");
    case ArnResourceKind::Marketplace:
        return QStringLiteral("marketplace");
    case ArnResourceKind::AgentCoreRuntime:
        return QStringLiteral("agentcore-runtime");
    }
    return {};
}

bool Arn::isVendorless() const
{
    switch (kind) {
    case ArnResourceKind::FoundationModel:
    case ArnResourceKind::InferenceProfile:
        return false;
    default:
        return true;
    }
}

QString segmentKindName(SegmentKind kind)
{
    switch (kind) {
    case SegmentKind::ProviderPrefix:
        return QStringLiteral("provider-prefix");
    case SegmentKind::RouteMarker:
        return QStringLiteral("route");
    case SegmentKind::Spec:
        return QStringLiteral("spec");
    case SegmentKind::RegionPath:
        return QStringLiteral("region-path");
    case SegmentKind::GeoPrefix:
        return QStringLiteral("geo-prefix");
    case SegmentKind::Vendor:
        return QStringLiteral("provider");
    case SegmentKind::Model:
        return QStringLiteral("model");
    case SegmentKind::Version:
        return QStringLiteral("version");
    case SegmentKind::Suffix:
        return QStringLiteral("suffix");
    case SegmentKind::ArnPrefix:
        return QStringLiteral("arn");
    case SegmentKind::ArnPartition:
        return QStringLiteral("arn-partition");
    case SegmentKind::ArnService:
        return QStringLiteral("arn-service");
    case SegmentKind::ArnRegion:
        return QStringLiteral("arn-region");
    case SegmentKind::ArnAccount:
        return QStringLiteral("arn-account");
    case SegmentKind::ArnResourceType:
        return QStringLiteral("arn-resource-type");
    case SegmentKind::ArnResourceId:
        return QStringLiteral("arn-resource-id");
    case SegmentKind::AgentId:
        return QStringLiteral("agent");
    case SegmentKind::Unparsed:
        return QStringLiteral("unparsed");
    }
    return {};
}

QLatin1StringView operationAction(BedrockOperation operation)
{
    switch (operation) {
    case BedrockOperation::Converse:
        return QLatin1StringView("converse");
    case BedrockOperation::ConverseStream:
        return QLatin1StringView("converse-stream");
    case BedrockOperation::Invoke:
        return QLatin1StringView("invoke");
    case BedrockOperation::InvokeStream:
        return QLatin1StringView("invoke-with-response-stream");
    }
    return {};
}

QString AwsView::url(BedrockOperation operation) const
{
    if (encodedModelId.isEmpty()) {
        return {};
    }
    return modelOperationUrl(endpoint, encodedModelId, operationAction(operation));
}

std::optional<Severity> ParsedRoute::worstSeverity() const
{
    std::optional<Severity> worst;
    for (const Diagnostic &d : diagnostics) {
        if (!worst || d.severity > *worst) {
            worst = d.severity;
        }
    }
    return worst;
}

} // namespace brc::route
