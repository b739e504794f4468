#include "config/configexporter.h"

#include "config/configdocument.h"
#include "config/configlinter.h"
#include "config/yamljson.h"
#include "config/yamlscalar.h"

#include <QRegularExpression>
#include <QSet>

namespace brc::config {

Result<ExportFormat> ConfigExporter::formatFromName(const QString &name)
{
    const QString lower = name.toLower();
    if (lower == QLatin1String("yaml") || lower == QLatin1String("yml")) {
        return ExportFormat::Yaml;
    }
    if (lower == QLatin1String("json")) {
        return ExportFormat::Json;
    }
    if (lower == QLatin1String("configmap")) {
        return ExportFormat::ConfigMap;
    }
    if (lower == QLatin1String("env") || lower == QLatin1String("dotenv")) {
        return ExportFormat::Env;
    }
    return Error(QStringLiteral("config.export-format"),
        QStringLiteral("unknown export format '%1' (yaml, json, configmap or env)").arg(name));
}

QByteArray ConfigExporter::toYaml(const ConfigDocument &document)
{
    return document.text();
}

QByteArray ConfigExporter::toJson(const ConfigDocument &document)
{
    const YamlTree &tree = document.tree();
    nlohmann::ordered_json data = tree.root() >= 0 ? YamlJson::value(tree, tree.root()) : nlohmann::ordered_json();
    const std::string text = data.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
    return QByteArray::fromStdString(text) + '\n';
}

Result<QByteArray> ConfigExporter::toConfigMap(
    const ConfigDocument &document, const QString &name, const QString &namespaceName)
{
    static const QRegularExpression dnsName(QStringLiteral("^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$"));
    if (!dnsName.match(name).hasMatch() || (!namespaceName.isEmpty() && !dnsName.match(namespaceName).hasMatch())) {
        return Error(QStringLiteral("config.export-name"),
            QStringLiteral("'%1' is not a valid Kubernetes name (lower-case letters, digits, '-' and '.')")
                .arg(dnsName.match(name).hasMatch() ? namespaceName : name));
    }
    QByteArray text = document.text();
    if (text.startsWith("\xEF\xBB\xBF")) {
        text.remove(0, 3);
    }
    text.replace("\r\n", "\n");

    QByteArray out = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: " + name.toUtf8() + '\n';
    if (!namespaceName.isEmpty()) {
        out += "  namespace: " + namespaceName.toUtf8() + '\n';
    }
    out += "data:\n  config.yaml: ";

    // A literal block keeps the text as is, unless it holds characters a block cannot carry.
    bool literal = !text.isEmpty();
    for (const char ch : std::as_const(text)) {
        const unsigned char c = static_cast<unsigned char>(ch);
        if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7F) {
            literal = false;
            break;
        }
    }
    // Trailing spaces on the last line, or a first line that is blank, confuse block indentation.
    if (literal && (text.startsWith('\n') || text.startsWith(' ') || text.startsWith('\t'))) {
        literal = false;
    }
    if (text.contains("\xC2\x85") || text.contains("\xE2\x80\xA8") || text.contains("\xE2\x80\xA9")) {
        literal = false;
    }
    if (!literal) {
        return QByteArray(out + YamlScalar::doubleQuoted(text) + "\n");
    }
    qsizetype finalBreaks = 0;
    while (finalBreaks < text.size() && text.at(text.size() - 1 - finalBreaks) == '\n') {
        ++finalBreaks;
    }
    out += finalBreaks == 0 ? "|-" : (finalBreaks == 1 ? "|" : "|+");
    out += '\n';
    const QByteArray body = text.left(text.size() - finalBreaks);
    for (const QByteArray &line : body.split('\n')) {
        if (!line.isEmpty()) {
            out += "    ";
            out += line;
        }
        out += '\n';
    }
    for (qsizetype i = 1; i < finalBreaks; ++i) {
        out += '\n';
    }
    return out;
}

namespace {

/// Whether `name` can stand before '=' on a .env line: no '=', no white space or control
/// character (a line break would start a line of its own), and no leading '#'.
bool isEnvFileName(const QString &name)
{
    if (name.startsWith(QLatin1Char('#'))) {
        return false;
    }
    for (const QChar c : name) {
        if (c == QLatin1Char('=') || c.isSpace() || c.category() == QChar::Other_Control) {
            return false;
        }
    }
    return true;
}

/// `text` for a comment line: control characters and line breaks written as \xNN or \uNNNN.
QByteArray commentText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator || c == QChar::ParagraphSeparator) {
            out += c.unicode() <= 0xFF ? QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'))
                                       : QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        } else {
            out += c;
        }
    }
    return out.toUtf8();
}

} // namespace

QByteArray ConfigExporter::toEnvTemplate(const ConfigDocument &document)
{
    QByteArray out = "# Environment for this LiteLLM config: every os.environ/ reference, without values.\n"
                     "# Fill in the values (or have your secret manager inject them) before starting the proxy.\n";
    QSet<QString> seen;
    QList<QString> order;
    QHash<QString, QStringList> uses;
    for (const ConfigValue &reference : document.environmentReferences()) {
        const QString name = reference.envName();
        if (name.isEmpty()) {
            continue;
        }
        if (!seen.contains(name)) {
            seen.insert(name);
            order.append(name);
        }
        uses[name].append(reference.path);
    }
    for (const QString &name : std::as_const(order)) {
        const QStringList &paths = uses[name];
        QString where = paths.first();
        if (paths.size() > 1) {
            where += QStringLiteral(" (and %1 more)").arg(paths.size() - 1);
        }
        if (isEnvFileName(name)) {
            out += "\n# used by " + commentText(where) + '\n' + name.toUtf8() + "=\n";
        } else {
            // Written as a line of its own, such a name would set another variable or break the file.
            out += "\n# used by " + commentText(where) + ": os.environ/" + commentText(name)
                + " is not a name a .env file can set\n";
        }
    }
    return out;
}

Result<ConfigDocument> ConfigExporter::withSecretsAsReferences(const ConfigDocument &document)
{
    const ConfigLinter linter;
    const auto literalSecrets = [&linter](const ConfigDocument &d) {
        QList<ConfigDiagnostic> found;
        for (const ConfigDiagnostic &diagnostic : linter.lint(d)) {
            if (diagnostic.code == QLatin1String("config.literal-secret")) {
                found.append(diagnostic);
            }
        }
        return found;
    };
    QList<ConfigDiagnostic> secrets = literalSecrets(document);
    if (secrets.isEmpty()) {
        return document;
    }
    ConfigDocument safe = document;
    if (Result<void> moved = safe.applyEdits(ConfigLinter::applicableFixes(secrets, true)); !moved) {
        return moved.error();
    }
    secrets = literalSecrets(safe);
    if (!secrets.isEmpty()) {
        Error error(QStringLiteral("config.export-secret"),
            QStringLiteral("%1 holds a secret that cannot be replaced by an os.environ/ reference here (it is "
                           "reached through an alias); move it out of the file before exporting")
                .arg(secrets.first().path));
        error.line = secrets.first().line;
        error.column = secrets.first().column;
        error.field = secrets.first().path;
        return error;
    }
    return safe;
}

Result<QByteArray> ConfigExporter::exportAs(const ConfigDocument &document, ExportFormat format)
{
    const Result<ConfigDocument> safe = withSecretsAsReferences(document);
    if (!safe) {
        return safe.error();
    }
    switch (format) {
    case ExportFormat::Yaml:
        return toYaml(*safe);
    case ExportFormat::Json:
        return toJson(*safe);
    case ExportFormat::ConfigMap:
        return toConfigMap(*safe);
    case ExportFormat::Env:
        return toEnvTemplate(*safe);
    }
    return Error(QStringLiteral("config.export-format"), QStringLiteral("unknown export format"));
}

} // namespace brc::config
