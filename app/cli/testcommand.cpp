#include "aws/awsenvironment.h"
#include "awsclicontext.h"
#include "bedrock/bedrockclient.h"
#include "bedrock/errormapper.h"
#include "bedrock/routerequestbuilder.h"
#include "callreport.h"
#include "commands.h"
#include "common/redact.h"
#include "output.h"
#include "route/routeparser.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace brc::cli {

namespace {

using namespace brc::bedrock;
using namespace brc::route;

struct Planned
{
    QString api; ///< "converse" or "invoke"
    bool stream = false;
    QString url;
    BedrockRequest request;
    std::optional<Error> error; ///< a failure before sending (unknown provider, no URL)
    std::optional<Result<BedrockResponse>> result;
};

Planned plan(const ParsedRoute &route, RouteApi api, bool stream, const ChatRequest &chat)
{
    Planned p;
    p.api = api == RouteApi::Converse ? QStringLiteral("converse") : QStringLiteral("invoke");
    p.url = RouteRequestBuilder::urlFor(route, api, stream);
    auto request = RouteRequestBuilder::build(route, api, stream, chat);
    if (request) {
        p.request = *request;
        p.stream = isStreaming(p.request.operation);
    } else {
        p.stream = stream;
        p.error = request.error();
    }
    return p;
}

QJsonObject resultJson(const Planned &p, const QString &modelId, const QString &region)
{
    QJsonObject out { { QStringLiteral("api"), p.api }, { QStringLiteral("stream"), p.stream },
        { QStringLiteral("url"), p.url } };
    const std::optional<Error> error
        = p.error ? p.error : (p.result && !*p.result ? std::optional<Error>(p.result->error()) : std::nullopt);
    out.insert(QStringLiteral("ok"), !error.has_value());
    if (error) {
        out.insert(QStringLiteral("http_status"),
            error->httpStatus > 0 ? QJsonValue(error->httpStatus) : QJsonValue(QJsonValue::Null));
        out.insert(QStringLiteral("error"), errorJson(*error, modelId, region));
        for (const char *key : { "text", "stop_reason", "input_tokens", "output_tokens", "latency_ms", "ttft_ms" }) {
            out.insert(QLatin1String(key), QJsonValue::Null);
        }
        return out;
    }
    const BedrockResponse &r = p.result->value();
    out.insert(QStringLiteral("http_status"), r.httpStatus);
    out.insert(QStringLiteral("text"), r.summary.text);
    out.insert(QStringLiteral("stop_reason"),
        r.summary.stopReason.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(r.summary.stopReason));
    out.insert(QStringLiteral("input_tokens"), orNull(r.summary.inputTokens));
    out.insert(QStringLiteral("output_tokens"), orNull(r.summary.outputTokens));
    out.insert(QStringLiteral("latency_ms"), orNull(r.summary.latencyMs >= 0 ? r.summary.latencyMs : r.wallMs));
    out.insert(QStringLiteral("ttft_ms"), orNull(r.ttftMs));
    out.insert(QStringLiteral("error"), QJsonValue::Null);
    return out;
}

QString readable(const QJsonObject &r)
{
    QString out = QStringLiteral("%1%2  %3\n")
                      .arg(r.value(QLatin1String("api")).toString(),
                          r.value(QLatin1String("stream")).toBool() ? QStringLiteral(" (stream)") : QString(),
                          r.value(QLatin1String("url")).toString());
    auto field = [&out](const char *label, const QJsonValue &value) {
        if (!value.isNull() && !value.isUndefined()) {
            out += QStringLiteral("  %1 %2\n")
                       .arg(QLatin1String(label), -14)
                       .arg(value.isString() ? value.toString() : QString::number(value.toInteger()));
        }
    };
    if (r.value(QLatin1String("ok")).toBool()) {
        field("text", r.value(QLatin1String("text")));
        field("stop reason", r.value(QLatin1String("stop_reason")));
        field("input tokens", r.value(QLatin1String("input_tokens")));
        field("output tokens", r.value(QLatin1String("output_tokens")));
        field("latency ms", r.value(QLatin1String("latency_ms")));
        field("ttft ms", r.value(QLatin1String("ttft_ms")));
    } else {
        const QJsonObject error = r.value(QLatin1String("error")).toObject();
        field("http status", r.value(QLatin1String("http_status")));
        field("error",
            QJsonValue(error.value(QLatin1String("type")).toString() + QStringLiteral(": ")
                + error.value(QLatin1String("message")).toString()));
        field("retryable",
            QJsonValue(
                error.value(QLatin1String("retryable")).toBool() ? QStringLiteral("yes") : QStringLiteral("no")));
        field("hint",
            error.value(QLatin1String("hint")).toString().isEmpty() ? QJsonValue()
                                                                    : error.value(QLatin1String("hint")));
    }
    return out;
}

} // namespace

int runTest(const QStringList &arguments)
{
    const QString command = arguments.value(0);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Send the request LiteLLM would send for MODEL (a LiteLLM model string, e.g. "
        "bedrock/us.amazon.nova-micro-v1:0) "
        "and show the text, stop reason, tokens, latency and time to first token, or the error explained."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("MODEL"), QStringLiteral("LiteLLM model string."));
    const QCommandLineOption apiOption(QStringLiteral("api"),
        QStringLiteral("converse, invoke or both (default: LiteLLM's route)."), QStringLiteral("API"));
    const QCommandLineOption streamOption(QStringLiteral("stream"), QStringLiteral("Use the streaming operation."));
    const QCommandLineOption regionOption(
        QStringLiteral("region"), QStringLiteral("aws_region_name."), QStringLiteral("R"));
    const QCommandLineOption endpointOption(
        QStringLiteral("endpoint"), QStringLiteral("aws_bedrock_runtime_endpoint."), QStringLiteral("URL"));
    const QCommandLineOption profileOption(
        QStringLiteral("profile"), QStringLiteral("Credential profile (managed or AWS)."), QStringLiteral("P"));
    const QCommandLineOption promptOption(
        QStringLiteral("prompt"), QStringLiteral("Prompt (default: a short greeting)."), QStringLiteral("TEXT"));
    const QCommandLineOption maxTokensOption(
        QStringLiteral("max-tokens"), QStringLiteral("Max tokens (default 64)."), QStringLiteral("N"));
    const QCommandLineOption timeoutOption(
        QStringLiteral("timeout"), QStringLiteral("Total timeout in seconds (default 60)."), QStringLiteral("S"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print one JSON document."));
    parser.addOptions({ apiOption, streamOption, regionOption, endpointOption, profileOption, promptOption,
        maxTokensOption, timeoutOption, jsonOption });
    if (const std::optional<int> stop = parseOneArgument(parser, arguments, QStringLiteral("MODEL"))) {
        return *stop;
    }
    bool ok = true;
    const int maxTokens = parser.isSet(maxTokensOption) ? parser.value(maxTokensOption).toInt(&ok) : 64;
    if (!ok || maxTokens < 1) {
        return usageError(command, QStringLiteral("--max-tokens must be a positive integer"));
    }
    const QString api = parser.value(apiOption);
    if (!api.isEmpty() && api != QLatin1String("converse") && api != QLatin1String("invoke")
        && api != QLatin1String("both")) {
        return usageError(command, QStringLiteral("--api must be converse, invoke or both"));
    }

    AwsCliContext aws;
    aws.network.setAutoDeleteReplies(true);
    BedrockClient client(aws.network);
    if (const std::optional<int> stop = applyTimeoutOption(client, parser, timeoutOption, command)) {
        return *stop;
    }
    RouteContext context;
    context.region = parser.value(regionOption);
    context.runtimeEndpoint = parser.value(endpointOption);
    context.environment = brc::aws::readRouteEnvironment(aws.environment);
    const RouteParser routes;
    const ParsedRoute route = routes.parse(parser.positionalArguments().first(), context);
    if (!route.litellm.accepted()) {
        writeErr(command
            + QStringLiteral(": LiteLLM rejects this model string: %1\n")
                  .arg(route.litellm.error.value_or(QStringLiteral("not a Bedrock route"))));
        return 1;
    }

    QList<RouteApi> apis;
    if (api == QLatin1String("both")) {
        apis = { RouteApi::Converse, RouteApi::Invoke };
    } else if (!api.isEmpty()) {
        apis = { api == QLatin1String("converse") ? RouteApi::Converse : RouteApi::Invoke };
    } else {
        apis = { RouteRequestBuilder::defaultApi(route) };
    }

    const ChatRequest chat = ChatRequest::fromPrompt(
        parser.isSet(promptOption) ? parser.value(promptOption) : QStringLiteral("Say hello in five words."),
        maxTokens);
    std::vector<Planned> planned;
    for (RouteApi which : std::as_const(apis)) {
        planned.push_back(plan(route, which, parser.isSet(streamOption), chat));
    }

    auto credentials = aws.resolve(parser.value(profileOption));
    if (!credentials) {
        writeErr(command + QStringLiteral(": no credentials: %1\n").arg(redact(credentials.error().toString())));
        return 1;
    }
    BedrockAuth auth;
    auth.credentials = credentials->credentials;
    auth.bearerToken = credentials->bearerToken;

    // The CLI may wait on core's asynchronous calls: one loop until every call has finished.
    QEventLoop loop;
    int running = 0;
    for (Planned &p : planned) {
        if (p.error) {
            continue;
        }
        ++running;
        BedrockCall *call = client.send(p.request, auth);
        QObject::connect(
            call, &BedrockCall::finished, &loop, [&p, &running, &loop](const Result<BedrockResponse> &result) {
                p.result = result;
                if (--running == 0) {
                    loop.quit();
                }
            });
    }
    if (running > 0) {
        loop.exec();
    }

    const QString region = route.litellm.region;
    const QString modelId = route.aws.modelId;
    QJsonArray results;
    bool allOk = true;
    QString text;
    for (const Planned &p : planned) {
        const QJsonObject r = resultJson(p, modelId, region);
        allOk = allOk && r.value(QLatin1String("ok")).toBool();
        results.append(r);
        text += readable(r);
    }
    if (parser.isSet(jsonOption)) {
        writeOut(QJsonDocument(QJsonObject { { QStringLiteral("results"), results } }).toJson(QJsonDocument::Indented));
    } else {
        writeOut(text);
    }
    return allOk ? 0 : 1;
}

} // namespace brc::cli
