#include "awsclicontext.h"
#include "bedrock/bedrockclient.h"
#include "callreport.h"
#include "commands.h"
#include "config/configdocument.h"
#include "health/healthplanner.h"
#include "health/healthreport.h"
#include "health/healthrunner.h"
#include "output.h"
#include "route/routeparser.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <unistd.h>

namespace brc::cli {

namespace {

using namespace brc::health;

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
    if (const std::optional<int> stop = parseOneArgument(parser, arguments, QStringLiteral("CONFIG"))) {
        return *stop;
    }
    bool ok = true;
    const int concurrency = parser.isSet(concurrencyOption) ? parser.value(concurrencyOption).toInt(&ok) : 4;
    if (!ok || concurrency < 1 || concurrency > 256) {
        return usageError(command, QStringLiteral("--concurrency must be between 1 and 256"));
    }
    auto document = config::ConfigDocument::load(parser.positionalArguments().first());
    if (!document) {
        writeErr(command + QStringLiteral(": ") + document.error().toString() + QLatin1Char('\n'));
        return 1;
    }

    AwsCliContext aws;
    aws.network.setAutoDeleteReplies(true);
    bedrock::BedrockClient client(aws.network);
    if (const std::optional<int> stop = applyTimeoutOption(client, parser, timeoutOption, command)) {
        return *stop;
    }
    const route::RouteParser routes;
    const HealthPlanner planner(routes, aws.environment);
    const QList<HealthTarget> targets
        = planner.plan(*document, bedrock::ChatRequest::fromPrompt(QStringLiteral("ping"), 1));

    // The CLI waits on the runner: one loop until the run has finished.
    const bool progress = isatty(STDERR_FILENO) != 0 && !parser.isSet(jsonOption);
    std::vector<HealthResult> results(std::size_t(targets.size()));
    HealthRunner runner(client, aws.resolver);
    QEventLoop loop;
    QObject::connect(&runner, &HealthRunner::resultReady, &loop,
        [&results](int index, const HealthResult &result) { results[std::size_t(index)] = result; });
    QObject::connect(&runner, &HealthRunner::progress, &loop, [progress](int completed, int, int total) {
        if (progress) {
            writeErr(QStringLiteral("\r%1/%2 checked").arg(completed).arg(total));
        }
    });
    QObject::connect(&runner, &HealthRunner::finished, &loop, &QEventLoop::quit);
    QElapsedTimer clock;
    clock.start();
    if (!targets.isEmpty()) {
        runner.start(targets, concurrency);
        loop.exec();
    }
    if (progress) {
        writeErr(QStringLiteral("\n"));
    }

    QJsonArray json;
    int healthy = 0;
    QString text;
    for (const HealthResult &r : results) {
        json.append(HealthReport::toJson(r));
        if (r.isOk()) {
            ++healthy;
            text += QStringLiteral("ok    %1  %2  %3 ms\n").arg(r.call.modelName, r.call.model).arg(r.latencyMs);
        } else {
            text += QStringLiteral("FAIL  %1  %2  %3: %4\n")
                        .arg(r.call.modelName, r.call.model, r.errorType(), r.error->message);
            if (const QString hint = r.hint(); !hint.isEmpty()) {
                text += QStringLiteral("      hint: %1\n").arg(hint);
            }
        }
    }
    const int unhealthy = int(results.size()) - healthy;
    if (parser.isSet(jsonOption)) {
        writeOut(QJsonDocument(QJsonObject {
                                   { QStringLiteral("results"), json },
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
