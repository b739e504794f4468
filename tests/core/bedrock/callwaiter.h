#pragma once

#include "bedrock/bedrockcall.h"

#include <QTest>

#include <memory>
#include <optional>

/// Waits until `call` finishes, at most `timeoutMs`, and returns its result (a `test.timeout`
/// error when it does not finish in time). For tests only: it spins the event loop.
inline brc::Result<brc::bedrock::BedrockResponse> waitForCall(brc::bedrock::BedrockCall *call, int timeoutMs = 25000)
{
    using Outcome = std::optional<brc::Result<brc::bedrock::BedrockResponse>>;
    auto outcome = std::make_shared<Outcome>();
    QObject::connect(call, &brc::bedrock::BedrockCall::finished, call,
        [outcome](const brc::Result<brc::bedrock::BedrockResponse> &result) { *outcome = result; });
    if (!QTest::qWaitFor([&outcome] { return outcome->has_value(); }, timeoutMs)) {
        return brc::Error(QStringLiteral("test.timeout"), QStringLiteral("the call did not finish in time"));
    }
    return **outcome;
}
