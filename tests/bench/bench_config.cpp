// BM_ConfigLoad10k: open, lint and export (no edit) a 10,000-deployment, 3.5 MB LiteLLM config
// with one comment per deployment. Compare with tests/bench/pyyaml_roundtrip.py, which times
// PyYAML's C loader and dumper on the same bytes (same generator, same sha256).
#include "config/configdocument.h"
#include "config/configexporter.h"
#include "config/configlinter.h"

#include <QCryptographicHash>

#include <benchmark/benchmark.h>

#include <cstdio>

namespace {

using namespace brc::config;

/// Byte-identical to generate() in pyyaml_roundtrip.py.
QByteArray generateConfig(int deployments)
{
    static const char *regions[] = { "us-east-1", "us-west-2", "eu-central-1", "ap-northeast-1" };
    QByteArray out = "# generated benchmark config: one comment per deployment\nmodel_list:\n";
    out.reserve(deployments * 360);
    char buffer[1024];
    for (int i = 0; i < deployments; ++i) {
        const char *region = regions[i % 4];
        const int n = std::snprintf(buffer, sizeof buffer,
            "  # deployment %d (%s)\n"
            "  - model_name: sonnet-%d\n"
            "    litellm_params:\n"
            "      model: bedrock/us.anthropic.claude-3-5-sonnet-20241022-v2:0\n"
            "      aws_region_name: %s\n"
            "      aws_access_key_id: os.environ/AWS_ACCESS_KEY_ID_%d\n"
            "      aws_secret_access_key: os.environ/AWS_SECRET_ACCESS_KEY_%d\n"
            "      rpm: %d\n"
            "    model_info:\n"
            "      id: dep-%05d\n",
            i, region, i % 50, region, i % 7, i % 7, 100 + i % 900, i);
        out.append(buffer, n);
    }
    out += "router_settings:\n  routing_strategy: simple-shuffle\n  num_retries: 2\n"
           "litellm_settings:\n  drop_params: true\n";
    return out;
}

void BM_ConfigLoad10k(benchmark::State &state)
{
    const QByteArray text = generateConfig(10000);
    static bool announced = false;
    if (!announced) {
        announced = true;
        std::fprintf(stderr, "config: 10000 deployments, %lld bytes, sha256 %s\n", static_cast<long long>(text.size()),
            QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex().left(16).constData());
    }
    const ConfigLinter linter;
    qsizetype findings = 0;
    for (auto _ : state) {
        brc::Result<ConfigDocument> document = ConfigDocument::fromYaml(text);
        if (!document || document->deployments().size() != 10000) {
            state.SkipWithError("the generated config did not load");
            return;
        }
        const QList<ConfigDiagnostic> diagnostics = linter.lint(*document);
        findings = diagnostics.size();
        const QByteArray exported = ConfigExporter::toYaml(*document);
        if (exported != text) {
            state.SkipWithError("no-edit export is not byte-identical");
            return;
        }
        benchmark::DoNotOptimize(exported.constData());
    }
    state.SetBytesProcessed(state.iterations() * text.size());
    state.counters["findings"] = double(findings);
}
BENCHMARK(BM_ConfigLoad10k)->Unit(benchmark::kMillisecond)->MinTime(2.0);

/// The parts: parse only, the typed document, lint only.
void BM_ConfigParse10k(benchmark::State &state)
{
    const QByteArray text = generateConfig(10000);
    for (auto _ : state) {
        brc::Result<YamlTree> tree = YamlTree::parse(text);
        benchmark::DoNotOptimize(tree.hasValue());
    }
    state.SetBytesProcessed(state.iterations() * text.size());
}
BENCHMARK(BM_ConfigParse10k)->Unit(benchmark::kMillisecond);

void BM_ConfigLint10k(benchmark::State &state)
{
    const brc::Result<ConfigDocument> document = ConfigDocument::fromYaml(generateConfig(10000));
    const ConfigLinter linter;
    for (auto _ : state) {
        benchmark::DoNotOptimize(linter.lint(*document).size());
    }
}
BENCHMARK(BM_ConfigLint10k)->Unit(benchmark::kMillisecond);

} // namespace
