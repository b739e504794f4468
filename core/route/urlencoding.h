#pragma once

#include <QString>
#include <QStringView>

namespace brc::route {

/// Percent-encodes every character except ASCII letters, digits and "_.-~", as Python's
/// urllib.parse.quote(text, safe="") does: UTF-8 bytes, upper-case hex. "a:b/c" -> "a%3Ab%2Fc".
QString percentEncodeAll(QStringView text);
/// The same; hands back `text` itself (shared, no copy) when nothing needs encoding.
QString percentEncodeAll(const QString &text);

/// Appends percentEncodeAll(text) to `out` without a temporary.
void appendPercentEncoded(QString &out, QStringView text);
/// The same when anything needs encoding; false, and `out` untouched, when `text` encodes to itself.
bool appendPercentEncodedIfNeeded(QString &out, QStringView text);

/// ENDPOINT/model/PATH_MODEL_ID/ACTION, the URL of a Bedrock Runtime model operation.
QString modelOperationUrl(QStringView endpoint, QStringView pathModelId, QLatin1StringView action);

/// True when percentEncodeAll(text) == text.
bool isUnreservedOnly(QStringView text);

} // namespace brc::route
