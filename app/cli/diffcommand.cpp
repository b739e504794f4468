#include "commands.h"
#include "config/configdiff.h"
#include "config/configdocument.h"
#include "output.h"

#include <QCommandLineParser>

#include <nlohmann/json.hpp>

namespace brc::cli {

using namespace brc::config;

namespace {

QString label(const ConfigChange &change)
{
    if (change.deployment.isEmpty()) {
        return QString();
    }
    return change.deployment.startsWith(QLatin1String("id:"))
        ? QStringLiteral("%1 (%2)").arg(change.modelName, change.deployment)
        : change.deployment;
}

QString readable(const ConfigChange &change)
{
    const QString who = label(change);
    const QString lines = QStringLiteral("  [line %1 -> %2]").arg(change.oldLine).arg(change.newLine);
    if (change.path.isEmpty()) {
        return change.kind == ConfigChange::Kind::Added
            ? QStringLiteral("+ deployment %1 added (line %2)\n").arg(who).arg(change.newLine)
            : QStringLiteral("- deployment %1 removed (was line %2)\n").arg(who).arg(change.oldLine);
    }
    const QString where = who.isEmpty() ? change.path : who + QStringLiteral(": ") + change.path;
    const QString suffix = who.isEmpty() ? QString() : lines;
    if (change.secret) {
        return QStringLiteral("~ %1: secret value %2%3\n").arg(where, ConfigDiff::kindName(change.kind), suffix);
    }
    switch (change.kind) {
    case ConfigChange::Kind::Added:
        return QStringLiteral("+ %1: %2%3\n").arg(where, change.newValue, suffix);
    case ConfigChange::Kind::Removed:
        return QStringLiteral("- %1: %2%3\n").arg(where, change.oldValue, suffix);
    case ConfigChange::Kind::Changed:
        break;
    }
    return QStringLiteral("~ %1: %2 -> %3%4\n").arg(where, change.oldValue, change.newValue, suffix);
}

} // namespace

int runDiff(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Compare two LiteLLM configs by meaning: deployments are matched by model_info.id, else by model_name "
        "(and their order among deployments of that name); layout, quoting, comments and order do not count. "
        "Secret values are never printed.\n\nExit status: 0 same, 1 different, 2 unreadable config or bad usage."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("OLD"), QStringLiteral("The config before."));
    parser.addPositionalArgument(QStringLiteral("NEW"), QStringLiteral("The config after."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print {\"changes\": [...]} as JSON."));
    parser.addOption(json);
    if (!parser.parse(arguments)) {
        return usageError(arguments.value(0), parser.errorText());
    }
    if (parser.isSet(QStringLiteral("help"))) {
        writeHelp(parser, arguments.value(0));
        return 0;
    }
    if (parser.positionalArguments().size() != 2) {
        return usageError(arguments.value(0), QStringLiteral("expected OLD and NEW"));
    }
    QList<ConfigDocument> documents;
    for (const QString &file : parser.positionalArguments()) {
        Result<ConfigDocument> document = ConfigDocument::load(file);
        if (!document) {
            writeErr(QStringLiteral("bedrock-route diff: %1: %2\n").arg(file, document.error().toString()));
            return 2;
        }
        documents.append(std::move(document).value());
    }
    const QList<ConfigChange> changes = ConfigDiff::compare(documents[0], documents[1]);
    if (parser.isSet(json)) {
        nlohmann::ordered_json out;
        out["changes"] = nlohmann::ordered_json::array();
        for (const ConfigChange &change : changes) {
            nlohmann::ordered_json item;
            item["kind"] = ConfigDiff::kindName(change.kind).toStdString();
            item["deployment"] = change.deployment.isEmpty() ? nlohmann::ordered_json()
                                                             : nlohmann::ordered_json(change.deployment.toStdString());
            item["model_name"] = change.modelName.isEmpty() ? nlohmann::ordered_json()
                                                            : nlohmann::ordered_json(change.modelName.toStdString());
            item["path"] = change.path.toStdString();
            auto value = [&](const QString &text) {
                return change.secret || text.isEmpty() ? nlohmann::ordered_json()
                                                       : nlohmann::ordered_json::parse(text.toStdString());
            };
            item["old"] = value(change.oldValue);
            item["new"] = value(change.newValue);
            item["secret"] = change.secret;
            item["oldLine"] = change.oldLine;
            item["newLine"] = change.newLine;
            out["changes"].push_back(item);
        }
        writeOut(QByteArray::fromStdString(out.dump(2)) + '\n');
    } else {
        QString text;
        for (const ConfigChange &change : changes) {
            text += readable(change);
        }
        if (changes.isEmpty()) {
            text = QStringLiteral("no differences\n");
        }
        writeOut(text);
    }
    return changes.isEmpty() ? 0 : 1;
}

} // namespace brc::cli
