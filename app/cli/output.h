#pragma once

#include <QByteArrayView>
#include <QString>

#include <optional>

class QCommandLineParser;

/// Buffered standard output and error for the command-line program. Output is UTF-8.
namespace brc::cli {

void writeOut(QByteArrayView bytes);
inline void writeOut(const QByteArray &bytes)
{
    writeOut(QByteArrayView(bytes));
}
void writeOut(const QString &text);
void writeErr(const QString &text);
void flushOut();

/// Prints the parser's help with `command` ("bedrock-route parse") on its usage line, where Qt
/// would put argv[0] ("/usr/bin/bedrock-route"): the man pages are made from this text.
void writeHelp(const QCommandLineParser &parser, const QString &command);

/// Exit code for bad usage, after printing `message` and a pointer to --help.
int usageError(const QString &command, const QString &message);

/// Parses `arguments` (arguments[0] names the command) with `parser`, which holds the options
/// and --help, for a command taking exactly one positional argument called `positional`.
/// Returns the exit code when the command stops here (0 after printing the help, 2 after a usage
/// error), std::nullopt when it goes on.
std::optional<int> parseOneArgument(
    QCommandLineParser &parser, const QStringList &arguments, const QString &positional);

} // namespace brc::cli
