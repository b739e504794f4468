#include "output.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace brc::cli {

void writeOut(QByteArrayView bytes)
{
    std::fwrite(bytes.data(), 1, size_t(bytes.size()), stdout);
}

void writeOut(const QString &text)
{
    writeOut(QByteArrayView(text.toUtf8()));
}

void writeErr(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.data(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

void flushOut()
{
    std::fflush(stdout);
}

void writeHelp(const QCommandLineParser &parser, const QString &command)
{
    QString text = parser.helpText();
    const QString program = QCoreApplication::arguments().value(0);
    const qsizetype at = program.isEmpty() ? -1 : text.indexOf(program);
    if (at >= 0 && at < text.indexOf(u'\n')) {
        text.replace(at, program.size(), command);
    }
    writeOut(text);
}

int usageError(const QString &command, const QString &message)
{
    writeErr(
        command + QStringLiteral(": ") + message + QStringLiteral("\nTry '") + command + QStringLiteral(" --help'.\n"));
    return 2;
}

std::optional<int> parseOneArgument(QCommandLineParser &parser, const QStringList &arguments, const QString &positional)
{
    const QString command = arguments.value(0);
    if (!parser.parse(arguments)) {
        return usageError(command, parser.errorText());
    }
    if (parser.isSet(QStringLiteral("help"))) {
        writeHelp(parser, command);
        return 0;
    }
    if (parser.positionalArguments().size() != 1) {
        return usageError(command, QStringLiteral("expected one ") + positional);
    }
    return std::nullopt;
}

} // namespace brc::cli
