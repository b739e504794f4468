#include "bedrock/errormapper.h"
#include "bedrock/eventstreamdecoder.h"
#include "bedrock/streaminterpreter.h"
#include "commands.h"
#include "output.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace brc::cli {

namespace {

using namespace brc::bedrock;

QJsonValue payloadJson(const QByteArray &payload)
{
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(payload, &error);
    if (error.error == QJsonParseError::NoError) {
        return document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
    }
    return QString::fromUtf8(payload);
}

QJsonObject messageJson(const EventStreamMessage &message)
{
    QJsonObject headers;
    for (const EventStreamHeader &header : message.headers) {
        headers.insert(header.name, header.toJson());
    }
    QJsonObject out { { QStringLiteral("headers"), headers },
        { QStringLiteral("payload"), payloadJson(message.payload) } };
    // An invoke chunk's bytes are the model's own JSON: show them decoded too.
    if (message.eventType() == QLatin1String("chunk")) {
        const QJsonValue bytes = out.value(QLatin1String("payload")).toObject().value(QLatin1String("bytes"));
        if (bytes.isString()) {
            out.insert(QStringLiteral("chunk"), payloadJson(QByteArray::fromBase64(bytes.toString().toLatin1())));
        }
    }
    return out;
}

QJsonValue number(qint64 value)
{
    return value < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonValue text(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

} // namespace

int runDecodeStream(const QStringList &arguments)
{
    const QString command = arguments.value(0);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Decode a saved Bedrock event-stream response body (ConverseStream or "
                       "InvokeModelWithResponseStream): every message's headers and payload, then the text, stop "
                       "reason, token usage and any exception. FILE '-' reads standard input."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The response body, as saved (binary)."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print one JSON document."));
    parser.addOption(jsonOption);
    if (const std::optional<int> stop = parseOneArgument(parser, arguments, QStringLiteral("FILE"))) {
        return *stop;
    }
    const QString path = parser.positionalArguments().first();
    QFile file;
    const bool opened = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly)
                                                   : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened) {
        writeErr(command + QStringLiteral(": cannot read %1: %2\n").arg(path, file.errorString()));
        return 1;
    }
    const QByteArray body = file.readAll();
    const bool json = parser.isSet(jsonOption);

    EventStreamDecoder decoder;
    StreamInterpreter interpreter;
    QJsonArray messages;
    QString readable;
    Result<void> decoded = decoder.feed(body);
    int index = 0;
    while (auto message = decoder.next()) {
        interpreter.add(*message);
        messages.append(messageJson(*message));
        if (!json) {
            const QString kind = message->messageType() == QLatin1String("event") ? message->eventType()
                                                                                  : message->messageType()
                    + QLatin1Char(' ') + message->headerString(QLatin1StringView(":exception-type"));
            readable += QStringLiteral("#%1 %2 %3\n")
                            .arg(++index)
                            .arg(kind,
                                QString::fromUtf8(QJsonDocument(messageJson(*message)).toJson(QJsonDocument::Compact)));
        }
    }
    if (decoded) {
        decoded = decoder.finish();
    }
    std::optional<Error> decodeError;
    if (!decoded) {
        decodeError = decoded.error();
        // A JSON error body saved instead of a stream is the usual mistake: say so.
        const QByteArray trimmed = body.trimmed();
        if (messages.isEmpty() && trimmed.startsWith('{')) {
            const Error http = ErrorMapper::fromHttp(0, {}, trimmed);
            const bool typed = http.awsType != QLatin1String("0");
            decodeError->message
                = QStringLiteral("This is a JSON body, not an event stream (an HTTP error response?): %1%2")
                      .arg(typed ? http.awsType + QStringLiteral(": ") : QString(), http.message);
        }
    }

    const StreamSummary &summary = interpreter.summary();
    if (json) {
        QJsonValue error = QJsonValue::Null;
        if (decodeError) {
            error = QJsonObject { { QStringLiteral("type"), decodeError->code },
                { QStringLiteral("message"), decodeError->message } };
        } else if (summary.error) {
            error = QJsonObject { { QStringLiteral("type"), summary.error->awsType },
                { QStringLiteral("message"), summary.error->message } };
        }
        const QJsonObject out {
            { QStringLiteral("messages"), messages },
            { QStringLiteral("text"), summary.text },
            { QStringLiteral("reasoning"), text(summary.reasoning) },
            { QStringLiteral("stop_reason"), text(summary.stopReason) },
            { QStringLiteral("input_tokens"), number(summary.inputTokens) },
            { QStringLiteral("output_tokens"), number(summary.outputTokens) },
            { QStringLiteral("latency_ms"), number(summary.latencyMs) },
            { QStringLiteral("error"), error },
        };
        writeOut(QJsonDocument(out).toJson(QJsonDocument::Indented));
    } else {
        readable += QStringLiteral("text:          %1\n").arg(summary.text);
        if (!summary.reasoning.isEmpty()) {
            readable += QStringLiteral("reasoning:     %1\n").arg(summary.reasoning);
        }
        readable += QStringLiteral("stop reason:   %1\n")
                        .arg(summary.stopReason.isEmpty() ? QStringLiteral("-") : summary.stopReason);
        readable += QStringLiteral("input tokens:  %1\n")
                        .arg(summary.inputTokens < 0 ? QStringLiteral("-") : QString::number(summary.inputTokens));
        readable += QStringLiteral("output tokens: %1\n")
                        .arg(summary.outputTokens < 0 ? QStringLiteral("-") : QString::number(summary.outputTokens));
        if (summary.latencyMs >= 0) {
            readable += QStringLiteral("latency:       %1 ms\n").arg(summary.latencyMs);
        }
        if (summary.error) {
            readable += QStringLiteral("exception:     %1: %2\n").arg(summary.error->awsType, summary.error->message);
        }
        writeOut(readable);
    }
    if (decodeError) {
        flushOut();
        writeErr(command + QStringLiteral(": ") + decodeError->message + QStringLiteral(" [") + decodeError->code
            + QStringLiteral("]\n"));
        return 1;
    }
    return 0;
}

} // namespace brc::cli
