#include "healthreport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

namespace brc::health {

namespace {

QJsonValue orNull(qint64 value)
{
    return value < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QString csvField(const QString &text)
{
    QString field = text;
    if (!field.isEmpty() && QStringView(u"=+-@").contains(field.front())) {
        field.prepend(u'\'');
    }
    if (field.contains(u',') || field.contains(u'"') || field.contains(u'\n') || field.contains(u'\r')) {
        field.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        field = u'"' + field + u'"';
    }
    return field;
}

QString number(qint64 value)
{
    return value < 0 ? QString() : QString::number(value);
}

} // namespace

QJsonObject HealthReport::toJson(const HealthResult &r)
{
    QJsonObject out {
        { QStringLiteral("model_name"), r.call.modelName },
        { QStringLiteral("model"), r.call.model },
        { QStringLiteral("api"), apiName(r.call.api) },
        { QStringLiteral("url"), r.call.url },
        { QStringLiteral("ok"), r.isOk() },
        { QStringLiteral("http_status"), r.httpStatus > 0 ? QJsonValue(r.httpStatus) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("latency_ms"), orNull(r.latencyMs) },
        { QStringLiteral("ttft_ms"), orNull(r.ttftMs) },
        { QStringLiteral("input_tokens"), orNull(r.inputTokens) },
        { QStringLiteral("output_tokens"), orNull(r.outputTokens) },
    };
    if (r.error) {
        out.insert(QStringLiteral("error"),
            QJsonObject {
                { QStringLiteral("type"), r.errorType() },
                { QStringLiteral("message"), r.error->message },
                { QStringLiteral("retryable"), r.isRetryable() },
                { QStringLiteral("hint"), r.hint() },
            });
    } else {
        out.insert(QStringLiteral("error"), QJsonValue::Null);
    }
    return out;
}

QByteArray HealthReport::toJsonDocument(const QList<HealthResult> &results)
{
    QJsonArray array;
    int healthy = 0;
    for (const HealthResult &result : results) {
        array.append(toJson(result));
        healthy += result.isOk() ? 1 : 0;
    }
    return QJsonDocument(QJsonObject {
                             { QStringLiteral("results"), array },
                             { QStringLiteral("healthy_count"), healthy },
                             { QStringLiteral("unhealthy_count"), int(results.size()) - healthy },
                         })
        .toJson(QJsonDocument::Indented);
}

QByteArray HealthReport::toCsv(const QList<HealthResult> &results)
{
    QString out = QStringLiteral("model_name,model,api,url,ok,http_status,latency_ms,ttft_ms,input_tokens,"
                                 "output_tokens,error_type,error_message,retryable,hint\r\n");
    for (const HealthResult &r : results) {
        const QStringList fields { csvField(r.call.modelName), csvField(r.call.model), apiName(r.call.api),
            csvField(r.call.url), r.isOk() ? QStringLiteral("true") : QStringLiteral("false"),
            r.httpStatus > 0 ? QString::number(r.httpStatus) : QString(), number(r.latencyMs), number(r.ttftMs),
            number(r.inputTokens), number(r.outputTokens), csvField(r.errorType()),
            csvField(r.error ? r.error->message : QString()),
            r.error ? (r.isRetryable() ? QStringLiteral("true") : QStringLiteral("false")) : QString(),
            csvField(r.hint()) };
        out += fields.join(u',') + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

} // namespace brc::health
