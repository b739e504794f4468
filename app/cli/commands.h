#pragma once

#include <QStringList>

/// The commands of bedrock-route. Each takes its arguments with arguments[0] naming the command
/// ("bedrock-route parse") and returns the process exit code: 0 success, 1 a failure the
/// command reports, 2 bad usage.
namespace brc::cli {

int runParse(const QStringList &arguments);
int runDecodeStream(const QStringList &arguments);
int runTest(const QStringList &arguments);
int runHealth(const QStringList &arguments);
int runSign(const QStringList &arguments);
int runCredentials(const QStringList &arguments);
int runLint(const QStringList &arguments);
int runExport(const QStringList &arguments);
int runDiff(const QStringList &arguments);

} // namespace brc::cli
