#include "routerequestbuilder.h"

#include "aws/sigv4signer.h"
#include "bedrock/requestbodybuilder.h"
#include "route/parsedroute.h"

namespace brc::bedrock {

using route::LiteLlmRoute;

RouteApi RouteRequestBuilder::defaultApi(const route::ParsedRoute &route)
{
    return route.litellm.route == LiteLlmRoute::Invoke ? RouteApi::Invoke : RouteApi::Converse;
}

QString RouteRequestBuilder::urlFor(const route::ParsedRoute &route, RouteApi api, bool stream)
{
    const route::LiteLlmView &l = route.litellm;
    const route::AwsView &a = route.aws;
    const bool converse = api == RouteApi::Converse;
    const bool litellmRoute = (converse && (l.route == LiteLlmRoute::Converse || l.route == LiteLlmRoute::ConverseLike))
        || (!converse && l.route == LiteLlmRoute::Invoke);
    if (litellmRoute) {
        return (stream ? l.streamUrl() : l.url()).value_or(QString());
    }
    if (a.endpoint.isEmpty() || a.modelId.isEmpty()) {
        return {};
    }
    // The AWS view: the id Bedrock expects, percent-encoded once as botocore sends it.
    const QByteArray action = converse
        ? (stream ? QByteArrayLiteral("converse-stream") : QByteArrayLiteral("converse"))
        : (stream ? QByteArrayLiteral("invoke-with-response-stream") : QByteArrayLiteral("invoke"));
    QString endpoint = a.endpoint;
    while (endpoint.endsWith(QLatin1Char('/'))) {
        endpoint.chop(1);
    }
    return endpoint + QString::fromUtf8(aws::bedrockModelPath(a.modelId, action));
}

Result<BedrockRequest> RouteRequestBuilder::build(
    const route::ParsedRoute &route, RouteApi api, bool stream, const ChatRequest &chat)
{
    const route::LiteLlmView &l = route.litellm;
    if (!l.accepted()) {
        return Error(
            QStringLiteral("route.rejected"), l.error.value_or(QStringLiteral("LiteLLM rejects this model string")));
    }
    const QString url = urlFor(route, api, stream);
    const qsizetype model = url.indexOf(QLatin1String("/model/"));
    const qsizetype last = url.lastIndexOf(QLatin1Char('/'));
    if (model < 0 || last <= model + 7) {
        return Error(QStringLiteral("route.no_url"),
            l.error.value_or(
                QStringLiteral("No %1 URL for this model string")
                    .arg(api == RouteApi::Converse ? QStringLiteral("Converse") : QStringLiteral("Invoke"))));
    }
    BedrockRequest r;
    r.endpoint = url.left(model);
    r.pathModelId = url.mid(model + 7, last - model - 7);
    const QString action = url.mid(last + 1);
    if (action == QLatin1String("converse")) {
        r.operation = BedrockOperation::Converse;
    } else if (action == QLatin1String("converse-stream")) {
        r.operation = BedrockOperation::ConverseStream;
    } else if (action == QLatin1String("invoke")) {
        r.operation = BedrockOperation::InvokeModel;
    } else if (action == QLatin1String("invoke-with-response-stream")) {
        r.operation = BedrockOperation::InvokeModelWithResponseStream;
    } else {
        return Error(QStringLiteral("route.no_url"), QStringLiteral("Not a Bedrock Runtime operation: %1").arg(url));
    }
    r.region = l.region.isEmpty() ? route.aws.region : l.region;
    r.modelId = l.modelId.value_or(route.aws.modelId);
    if (api == RouteApi::Converse) {
        r.body = RequestBodyBuilder::toBytes(RequestBodyBuilder::converseBody(chat));
        return r;
    }
    r.family = invokeFamilyFor(l.invokeProvider.value_or(QString()), l.modelId.value_or(route.aws.modelId));
    auto body = RequestBodyBuilder::invokeBody(r.family, r.modelId, chat, isStreaming(r.operation));
    if (!body) {
        return body.error();
    }
    r.body = RequestBodyBuilder::toBytes(*body);
    return r;
}

} // namespace brc::bedrock
