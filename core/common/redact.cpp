#include "redact.h"

#include <QRegularExpression>

namespace brc {

namespace {

struct Rule
{
    QRegularExpression pattern;
    QString replacement;
};

const QList<Rule> &rules()
{
    static const QList<Rule> s_rules = [] {
        const auto ci = QRegularExpression::CaseInsensitiveOption;
        const QString mask = QString(s_redacted);
        // Key names whose values are secrets, in env, INI, JSON, XML, header and query form.
        const QString secretKeys = QStringLiteral(
            "aws_secret_access_key|aws_session_token|aws_security_token|aws_bearer_token_bedrock|"
            "secret_?access_?key|session_?token|security_?token|bearer_?token|api_?key|x-api-key|password");
        return QList<Rule> {
            { QRegularExpression(QStringLiteral("(Signature=)[0-9a-fA-F]+"), ci), QStringLiteral("\\1") + mask },
            { QRegularExpression(QStringLiteral("(X-Amz-Signature=)[^&\\s\"']+"), ci), QStringLiteral("\\1") + mask },
            { QRegularExpression(QStringLiteral("(X-Amz-Security-Token\\s*[:=]\\s*)[^&\\s\"',]+"), ci),
                QStringLiteral("\\1") + mask },
            { QRegularExpression(QStringLiteral("(\\bBearer\\s+)[^\\s\"',]+"), ci), QStringLiteral("\\1") + mask },
            { QRegularExpression(QStringLiteral("(<(?:SecretAccessKey|SessionToken)>)[^<]*(</)"), ci),
                QStringLiteral("\\1") + mask + QStringLiteral("\\2") },
            { QRegularExpression(
                  QStringLiteral("(\"(?:") + secretKeys + QStringLiteral(")\"\\s*:\\s*\")(?:[^\"\\\\]|\\\\.)*(\")"),
                  ci),
                QStringLiteral("\\1") + mask + QStringLiteral("\\2") },
            { QRegularExpression(
                  QStringLiteral("(\\b(?:") + secretKeys + QStringLiteral(")\\s*[=:]\\s*)(?!<redacted>)[^\\s\"'&,;]+"),
                  ci),
                QStringLiteral("\\1") + mask },
        };
    }();
    return s_rules;
}

} // namespace

QString redact(const QString &text, const QStringList &knownSecrets)
{
    QString out = text;
    for (const QString &secret : knownSecrets) {
        // Very short strings would mask ordinary words; secrets are never that short.
        if (secret.size() >= 4) {
            out.replace(secret, QString(s_redacted));
        }
    }
    for (const Rule &rule : rules()) {
        out.replace(rule.pattern, rule.replacement);
    }
    return out;
}

QString redactHeaderValue(QStringView name, const QString &value)
{
    if (name.compare(u"x-amz-security-token", Qt::CaseInsensitive) == 0
        || name.compare(u"cookie", Qt::CaseInsensitive) == 0 || name.compare(u"x-api-key", Qt::CaseInsensitive) == 0
        || name.compare(u"proxy-authorization", Qt::CaseInsensitive) == 0) {
        return QString(s_redacted);
    }
    if (name.compare(u"authorization", Qt::CaseInsensitive) == 0) {
        if (value.startsWith(QLatin1String("AWS4-"))) {
            return redact(value);
        }
        const qsizetype space = value.indexOf(u' ');
        return space > 0 ? value.left(space + 1) + s_redacted : QString(s_redacted);
    }
    return redact(value);
}

} // namespace brc
