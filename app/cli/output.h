#pragma once

#include <QByteArrayView>
#include <QString>

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

} // namespace brc::cli
