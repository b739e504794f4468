#include "aws/sigv4signer.h"

#include <QDateTime>
#include <QTimeZone>

#include <benchmark/benchmark.h>

namespace {

// A Converse request with a ~100-byte body, signed the way the Bedrock client signs it.
void BM_SignRequest(benchmark::State &state)
{
    using namespace brc::aws;
    const SigningRequest request {
        "POST",
        "https://bedrock-runtime.us-east-1.amazonaws.com/model/us.anthropic.claude-3-haiku-20240307-v1%3A0/converse",
        { { "Content-Type", "application/json" }, { "Accept", "application/json" } },
        R"({"messages":[{"role":"user","content":[{"text":"Hello"}]}],"inferenceConfig":{"maxTokens":16}})",
    };
    const AwsCredentials credentials { QStringLiteral("AKIAIOSFODNN7EXAMPLE"),
        QStringLiteral("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"), {}, {} };
    const SigningOptions options { QStringLiteral("us-east-1"), QStringLiteral("bedrock"),
        QDateTime::fromSecsSinceEpoch(1735689600, QTimeZone::utc()) };
    const SigV4Signer signer;
    for (auto _ : state) {
        auto result = signer.sign(request, credentials, options);
        benchmark::DoNotOptimize(result);
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_SignRequest);

} // namespace
