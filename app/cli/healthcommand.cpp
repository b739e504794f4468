#include "aws/awsenvironment.h"
#include "aws/credentialrequest.h"
#include "awsclicontext.h"
#include "bedrock/bedrockclient.h"
#include "bedrock/errormapper.h"
#include "bedrock/routerequestbuilder.h"
#include "commands.h"
#include "config/configdocument.h"
#include "output.h"
#include "route/routeparser.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <unistd.h>

#include <deque>

namespace brc::cli {

namespace {

using namespace brc::bedrock;

/// One deployment to check, and what came of it.
struct Check
{
    QString modelName;
    QString model;
    QString url;
    QString region;
    QString modelId;
    std::optional<BedrockRequest> request;
    BedrockAuth auth;
    std::optional<Error> error;
    qint64 latencyMs = -1;
    int httpStatus = 0;
    bool done = false;
};

/// A litellm_params value with `os.environ/NAME` resolved from `environment`.
QString paramValue(const config::Deployment &deployment, const char *key, const QProcessEnvironment &environment)
{
    const config::ConfigValue value = deployment.param(QString::fromLatin1(key));
    if (!value.isPresent() || value.isNull) {
        return {};
    }
    return value.isEnvReference() ? environment.value(value.envName()) : value.text;
}

QJsonObject checkJson(const Check &c)
{
    QJsonObject out {
        { QStringLiteral("model_name"), c.modelName },
        { QStringLiteral("model"), c.model },
        { QStringLiteral("url"), c.url },
        { QStringLiteral("ok"), !c.error.has_value() },
        { QStringLiteral("http_status"), c.httpStatus > 0 ? QJsonValue(c.httpStatus) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("latency_ms"), c.latencyMs >= 0 ? QJsonValue(c.latencyMs) : QJsonValue(QJsonValue::Null) },
    };
    if (c.error) {
        out.insert(QStringLiteral("error"),
            QJsonObject {
                { QStringLiteral("type"), c.error->awsType.isEmpty() ? c.error->code : c.error->awsType },
                { QStringLiteral("message"), c.error->message },
                { QStringLiteral("retryable"), ErrorMapper::isRetryable(*c.error) },
                { QStringLiteral("hint"), ErrorMapper::hint(*c.error, c.modelId, c.region) },
            });
    } else {
        out.insert(QStringLiteral("error"), QJsonValue::Null);
    }
    return out;
}

} // namespace

int runHealth(const QStringList &arguments)
{
    const QString command = arguments.value(0);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Test every Bedrock deployment of a LiteLLM config the way the proxy's /health does, without a proxy: one "
        "small request per deployment on the API LiteLLM would use, with its region, endpoint and credentials."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("CONFIG"), QStringLiteral("LiteLLM config.yaml."));
    const QCommandLineOption concurrencyOption(
        QStringLiteral("concurrency"), QStringLiteral("Calls in flight (default 4)."), QStringLiteral("N"));
    const QCommandLineOption timeoutOption(
        QStringLiteral("timeout"), QStringLiteral("Per-call timeout in seconds (default 60)."), QStringLiteral("S"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print one JSON document."));
    parser.addOptions({ concurrencyOption, timeoutOption, jsonOption });
    if (!parser.parse(arguments)) {
        return usageError(command, parser.errorText());
    }
    if (parser.isSet(QStringLiteral("help"))) {
        writeOut(parser.helpText());
        return 0;
    }
    if (parser.positionalArguments().size() != 1) {
        return usageError(command, QStringLiteral("expected one CONFIG"));
    }
    bool ok = true;
    const int concurrency = parser.isSet(concurrencyOption) ? parser.value(concurrencyOption).toInt(&ok) : 4;
    if (!ok || concurrency < 1 || concurrency > 256) {
        return usageError(command, QStringLiteral("--concurrency must be between 1 and 256"));
    }
    const double timeout = parser.isSet(timeoutOption) ? parser.value(timeoutOption).toDouble(&ok) : 60.0;
    if (!ok || timeout <= 0) {
        return usageError(command, QStringLiteral("--timeout must be a positive number of seconds"));
    }
    auto document = config::ConfigDocument::load(parser.positionalArguments().first());
    if (!document) {
        writeErr(command + QStringLiteral(": ") + document.error().toString() + QLatin1Char('\n'));
        return 1;
    }

    AwsCliContext aws;
    const route::RouteEnvironment routeEnvironment = brc::aws::readRouteEnvironment(aws.environment);
    const route::RouteParser routes;
    const ChatRequest chat = ChatRequest::fromPrompt(QStringLiteral("ping"), 1);
    QHash<QString, Result<brc::aws::ResolvedCredentials>> credentialCache;

    std::vector<Check> checks;
    for (const config::Deployment &deployment : document->deployments()) {
        const QString model = deployment.model();
        if (!model.startsWith(QLatin1String("bedrock/"))) {
            continue;
        }
        Check c;
        c.modelName = deployment.modelName.text;
        c.model = model;
        route::RouteContext context;
        context.region = paramValue(deployment, "aws_region_name", aws.environment);
        context.runtimeEndpoint = paramValue(deployment, "aws_bedrock_runtime_endpoint", aws.environment);
        context.apiBase = paramValue(deployment, "api_base", aws.environment);
        context.modelIdOverride = paramValue(deployment, "model_id", aws.environment);
        context.environment = routeEnvironment;
        const route::ParsedRoute route = routes.parse(model, context);
        c.region = route.litellm.region;
        c.modelId = route.aws.modelId;
        c.url = RouteRequestBuilder::urlFor(route, RouteRequestBuilder::defaultApi(route), false);
        auto request = RouteRequestBuilder::build(route, RouteRequestBuilder::defaultApi(route), false, chat);
        if (!request) {
            c.error = request.error();
            checks.push_back(c);
            continue;
        }
        c.request = *request;

        brc::aws::CredentialRequest wanted;
        wanted.accessKeyId = paramValue(deployment, "aws_access_key_id", aws.environment);
        wanted.secretAccessKey = paramValue(deployment, "aws_secret_access_key", aws.environment);
        wanted.sessionToken = paramValue(deployment, "aws_session_token", aws.environment);
        wanted.region = c.region;
        wanted.profileName = paramValue(deployment, "aws_profile_name", aws.environment);
        wanted.roleArn = paramValue(deployment, "aws_role_name", aws.environment);
        wanted.sessionName = paramValue(deployment, "aws_session_name", aws.environment);
        wanted.bearerToken = paramValue(deployment, "api_key", aws.environment);
        wanted = wanted.withEnvironmentFallbacks(aws.environment);
        // Many deployments share credentials: resolve each distinct set once.
        const QString key = QStringList { wanted.accessKeyId, wanted.secretAccessKey, wanted.sessionToken,
            wanted.profileName, wanted.roleArn, wanted.sessionName, wanted.bearerToken }
                                .join(QChar(0x1F));
        auto cached = credentialCache.constFind(key);
        if (cached == credentialCache.constEnd()) {
            cached = credentialCache.insert(
                key, AwsCliContext::wait(aws.resolver.resolve(wanted), &brc::aws::CredentialJob::finished));
        }
        if (!*cached) {
            c.error = cached->error();
            c.request.reset();
        } else {
            c.auth.credentials = (*cached)->credentials;
            c.auth.bearerToken = (*cached)->bearerToken;
        }
        checks.push_back(c);
    }

    aws.network.setAutoDeleteReplies(true);
    BedrockClient client(aws.network);
    BedrockClientOptions options;
    options.totalTimeoutMs = int(timeout * 1000);
    options.connectTimeoutMs = std::min(options.connectTimeoutMs, options.totalTimeoutMs);
    if (auto applied = client.setOptions(options); !applied) {
        writeErr(command + QStringLiteral(": ") + applied.error().message + QLatin1Char('\n'));
        return 1;
    }

    // A bounded pool: `concurrency` calls in flight, the next one starts when one finishes.
    const bool progress = isatty(STDERR_FILENO) != 0 && !parser.isSet(jsonOption);
    std::deque<std::size_t> queue;
    for (std::size_t i = 0; i < checks.size(); ++i) {
        if (checks[i].request) {
            queue.push_back(i);
        } else {
            checks[i].done = true;
        }
    }
    const std::size_t total = queue.size();
    std::size_t finished = 0;
    int running = 0;
    QEventLoop loop;
    QElapsedTimer clock;
    clock.start();
    std::function<void()> startNext = [&] {
        while (running < concurrency && !queue.empty()) {
            Check &c = checks[queue.front()];
            queue.pop_front();
            ++running;
            BedrockCall *call = client.send(*c.request, c.auth);
            QObject::connect(
                call, &BedrockCall::finished, &loop, [&, call, cPtr = &c](const Result<BedrockResponse> &result) {
                    Q_UNUSED(call);
                    Check &done = *cPtr;
                    done.done = true;
                    if (result) {
                        done.httpStatus = result->httpStatus;
                        done.latencyMs = result->wallMs;
                    } else {
                        done.error = result.error();
                        done.httpStatus = result.error().httpStatus;
                    }
                    --running;
                    ++finished;
                    if (progress) {
                        writeErr(QStringLiteral("\r%1/%2 checked").arg(finished).arg(total));
                    }
                    if (queue.empty() && running == 0) {
                        loop.quit();
                    } else {
                        startNext();
                    }
                });
        }
    };
    if (total > 0) {
        startNext();
        loop.exec();
    }
    if (progress) {
        writeErr(QStringLiteral("\n"));
    }

    QJsonArray results;
    int healthy = 0;
    QString text;
    for (const Check &c : checks) {
        results.append(checkJson(c));
        if (!c.error) {
            ++healthy;
            text += QStringLiteral("ok    %1  %2  %3 ms\n").arg(c.modelName, c.model).arg(c.latencyMs);
        } else {
            const QString hint = ErrorMapper::hint(*c.error, c.modelId, c.region);
            text += QStringLiteral("FAIL  %1  %2  %3: %4\n")
                        .arg(c.modelName, c.model, c.error->awsType.isEmpty() ? c.error->code : c.error->awsType,
                            c.error->message);
            if (!hint.isEmpty()) {
                text += QStringLiteral("      hint: %1\n").arg(hint);
            }
        }
    }
    const int unhealthy = int(checks.size()) - healthy;
    if (parser.isSet(jsonOption)) {
        writeOut(QJsonDocument(QJsonObject {
                                   { QStringLiteral("results"), results },
                                   { QStringLiteral("healthy_count"), healthy },
                                   { QStringLiteral("unhealthy_count"), unhealthy },
                                   { QStringLiteral("elapsed_ms"), clock.elapsed() },
                               })
                     .toJson(QJsonDocument::Indented));
    } else {
        text += QStringLiteral("%1 healthy, %2 unhealthy, %3 ms\n").arg(healthy).arg(unhealthy).arg(clock.elapsed());
        writeOut(text);
    }
    return unhealthy == 0 ? 0 : 1;
}

} // namespace brc::cli
