#include "common/jsonwriter.h"
#include "route/routejson.h"
#include "route/routeparser.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <benchmark/benchmark.h>

namespace {

using namespace brc::route;

/// A realistic mix: LiteLLM's own 101 test strings (every route, ARNs, errors) plus the shapes
/// real configs use most (geo-prefixed Claude and Nova on both routes).
QStringList routeMix()
{
    QStringList mix;
    QFile file(QStringLiteral(BRC_TESTDATA_DIR "/litellm-routes-1.81.9.jsonl"));
    if (file.open(QIODevice::ReadOnly)) {
        while (!file.atEnd()) {
            const QJsonObject row = QJsonDocument::fromJson(file.readLine()).object();
            if (!row.isEmpty()) {
                mix.append(row.value(QLatin1String("input")).toString());
            }
        }
    }
    for (int i = 0; i < 50; ++i) {
        mix.append(QStringLiteral("bedrock/us.anthropic.claude-sonnet-4-5-20250929-v1:0"));
        mix.append(QStringLiteral("bedrock/converse/eu.amazon.nova-micro-v1:0"));
    }
    return mix;
}

void BM_ParseRoute(benchmark::State &state)
{
    const RouteParser parser;
    const QStringList mix = routeMix();
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
BENCHMARK(BM_ParseRoute);

void BM_ParseRouteToJson(benchmark::State &state)
{
    const RouteParser parser;
    const QStringList mix = routeMix();
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
