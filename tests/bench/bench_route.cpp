#include "common/jsonwriter.h"
#include "route/routejson.h"
#include "route/routeparser.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <benchmark/benchmark.h>

namespace {

using namespace brc::route;

QStringList readLines(const QString &path, bool jsonl)
{
    QStringList lines;
    QFile file(path);
    if (file.open(QIODevice::ReadOnly)) {
        while (!file.atEnd()) {
            const QByteArray line = file.readLine().trimmed();
            if (line.isEmpty() || line.startsWith('#')) {
                continue;
            }
            lines.append(jsonl ? QJsonDocument::fromJson(line).object().value(QLatin1String("input")).toString()
                               : QString::fromUtf8(line));
        }
    }
    return lines;
}

/// A realistic mix: every Bedrock model string of the 57 published LiteLLM configs in tests/data.
QStringList realisticMix()
{
    return readLines(QStringLiteral(BRC_TESTDATA_DIR "/real-config-bedrock-models.txt"), false);
}

/// The hard cases: LiteLLM's own 101 test strings (every route, ARNs, errors, crashes).
QStringList quirkMix()
{
    return readLines(QStringLiteral(BRC_TESTDATA_DIR "/litellm-routes-1.81.9.jsonl"), true);
}

void parseLoop(benchmark::State &state, const QStringList &mix)
{
    const RouteParser parser;
    RouteContext context;
    context.region = QStringLiteral("us-east-1");
    qsizetype i = 0;
    for (auto _ : state) {
        ParsedRoute route = parser.parse(mix.at(i), context);
        benchmark::DoNotOptimize(route);
        if (++i == mix.size()) {
            i = 0;
        }
    }
    state.SetItemsProcessed(state.iterations());
}

void BM_ParseRoute(benchmark::State &state)
{
    parseLoop(state, realisticMix());
}
BENCHMARK(BM_ParseRoute);

void BM_ParseRouteLiteLlmCorpus(benchmark::State &state)
{
    parseLoop(state, quirkMix());
}
BENCHMARK(BM_ParseRouteLiteLlmCorpus);

void BM_ParseRouteToJson(benchmark::State &state)
{
    const RouteParser parser;
    const QStringList mix = realisticMix();
    const RouteContext context;
    brc::JsonWriter writer;
    qsizetype i = 0;
    for (auto _ : state) {
        writer.clear();
        writeJson(writer, parser.parse(mix.at(i), context));
        benchmark::DoNotOptimize(writer.data().data());
        if (++i == mix.size()) {
            i = 0;
        }
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_ParseRouteToJson);

} // namespace
