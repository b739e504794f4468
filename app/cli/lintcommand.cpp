#include "commands.h"
#include "config/configdocument.h"
#include "config/configfile.h"
#include "config/configlinter.h"
#include "config/envfile.h"
#include "output.h"

#include <QCommandLineParser>
#include <QProcessEnvironment>

#include <nlohmann/json.hpp>

namespace brc::cli {

namespace {

using namespace brc::config;

nlohmann::ordered_json toJson(const ConfigDiagnostic &d)
{
    nlohmann::ordered_json item;
    item["code"] = d.code.toStdString();
    item["severity"] = route::severityName(d.severity).toStdString();
    item["message"] = d.message.toStdString();
    item["line"] = d.line;
    item["column"] = d.column;
    item["path"] = d.path.toStdString();
    if (d.hasFix) {
        // The replacement never holds a secret: secret fixes write an os.environ/ reference.
        item["fix"]
            = { { "description", d.fixDescription.toStdString() }, { "start", d.fix.start }, { "end", d.fix.end },
                  { "replacement", d.fix.replacement.toStdString() }, { "movesSecret", d.movesSecret } };
    } else {
        item["fix"] = nullptr;
    }
    return item;
}

QString readable(const QString &file, const ConfigDiagnostic &d)
{
    QString text = QStringLiteral("%1:%2:%3: %4: %5 [%6]\n")
                       .arg(file)
                       .arg(d.line)
                       .arg(d.column)
                       .arg(route::severityName(d.severity), d.message, d.code);
    if (d.hasFix) {
        text += QStringLiteral("    fix: %1%2\n")
                    .arg(d.fixDescription, d.movesSecret ? QStringLiteral(" (not applied by --fix)") : QString());
    }
    return text;
}

int unreadable(const QString &file, const Error &error, bool json)
{
    if (json) {
        nlohmann::ordered_json out;
        out["error"] = { { "code", error.code.toStdString() }, { "message", error.message.toStdString() },
            { "line", error.line }, { "column", error.column } };
        writeOut(QByteArray::fromStdString(out.dump(2)) + '\n');
    }
    writeErr(QStringLiteral("bedrock-route lint: %1: %2\n").arg(file, error.toString()));
    return 2;
}

} // namespace

int runLint(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Lint a LiteLLM proxy config.yaml: every deployment's Bedrock route, duplicate model ids, load-balanced "
        "groups that disagree, secrets written in the file, unset os.environ/ names, unknown parameters, "
        "credentials and regions.\n\nExit status: 0 clean or warnings only, 1 errors, 2 unreadable config or bad "
        "usage."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("CONFIG"), QStringLiteral("The config.yaml to lint."));
    const QCommandLineOption envFile(QStringLiteral("env-file"),
        QStringLiteral("Check os.environ/ names against this .env file."), QStringLiteral("FILE"));
    const QCommandLineOption env(
        QStringLiteral("env"), QStringLiteral("Check os.environ/ names against this process's environment."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print {\"diagnostics\": [...]} as JSON."));
    const QCommandLineOption fix(QStringLiteral("fix"),
        QStringLiteral("Apply every fix as a minimal edit (secrets written in the file are "
                       "left alone: move them to your secret store first)."));
    const QCommandLineOption output({ QStringLiteral("o"), QStringLiteral("output") },
        QStringLiteral("With --fix: write the fixed config here instead of in place."), QStringLiteral("OUT"));
    const QCommandLineOption force(
        QStringLiteral("force"), QStringLiteral("With --fix: overwrite the config even if it changed on disk."));
    parser.addOptions({ envFile, env, json, fix, output, force });
    if (!parser.parse(arguments)) {
        return usageError(arguments.value(0), parser.errorText());
    }
    if (parser.isSet(QStringLiteral("help"))) {
        writeHelp(parser, arguments.value(0));
        return 0;
    }
    if (parser.positionalArguments().size() != 1) {
        return usageError(arguments.value(0), QStringLiteral("expected one CONFIG"));
    }
    if (parser.isSet(output) && !parser.isSet(fix)) {
        return usageError(arguments.value(0), QStringLiteral("-o needs --fix"));
    }
    const QString file = parser.positionalArguments().first();
    const bool asJson = parser.isSet(json);

    Result<ConfigDocument> loaded = ConfigDocument::load(file);
    if (!loaded) {
        return unreadable(file, loaded.error(), asJson);
    }
    ConfigDocument document = std::move(loaded).value();

    LintOptions options;
    if (parser.isSet(envFile) || parser.isSet(env)) {
        QSet<QString> names;
        QStringList sources;
        if (parser.isSet(envFile)) {
            Result<QStringList> read = EnvFile::read(parser.value(envFile));
            if (!read) {
                writeErr(QStringLiteral("bedrock-route lint: %1\n").arg(read.error().toString()));
                return 2;
            }
            names.unite(QSet<QString>(read->begin(), read->end()));
            sources << parser.value(envFile);
        }
        if (parser.isSet(env)) {
            const QStringList keys = QProcessEnvironment::systemEnvironment().keys();
            names.unite(QSet<QString>(keys.begin(), keys.end()));
            sources << QStringLiteral("the environment");
        }
        options.environment = names;
        options.environmentSource = sources.join(QStringLiteral(" or "));
    }

    const ConfigLinter linter;
    QList<ConfigDiagnostic> diagnostics = linter.lint(document, options);

    int applied = -1;
    int secretsLeft = 0;
    if (parser.isSet(fix)) {
        // A fix can reveal the next one (a corrected region lets the route be judged): a few passes.
        applied = 0;
        for (int pass = 0; pass < 5; ++pass) {
            const QList<TextEdit> edits = ConfigLinter::applicableFixes(diagnostics, false);
            if (edits.isEmpty()) {
                break;
            }
            if (Result<void> edited = document.applyEdits(edits); !edited) {
                writeErr(QStringLiteral("bedrock-route lint: the fixes could not be applied: %1\n")
                             .arg(edited.error().toString()));
                return 2;
            }
            applied += int(edits.size());
            diagnostics = linter.lint(document, options);
        }
        for (const ConfigDiagnostic &d : std::as_const(diagnostics)) {
            secretsLeft += d.hasFix && d.movesSecret ? 1 : 0;
        }
        if (applied > 0 || parser.isSet(output)) {
            SaveOptions save;
            save.force = parser.isSet(force);
            Result<void> saved = parser.isSet(output) ? ConfigFile::write(parser.value(output), document.text(), true)
                                                      : ConfigFile::save(document, QString(), save);
            if (!saved) {
                writeErr(QStringLiteral("bedrock-route lint: %1\n").arg(saved.error().toString()));
                return 2;
            }
        }
    }

    bool errors = false;
    for (const ConfigDiagnostic &d : std::as_const(diagnostics)) {
        errors = errors || d.severity == route::Severity::Error;
    }
    if (asJson) {
        nlohmann::ordered_json out;
        out["diagnostics"] = nlohmann::ordered_json::array();
        for (const ConfigDiagnostic &d : std::as_const(diagnostics)) {
            out["diagnostics"].push_back(toJson(d));
        }
        if (applied >= 0) {
            out["fixesApplied"] = applied;
            out["secretsLeftInPlace"] = secretsLeft;
        }
        writeOut(QByteArray::fromStdString(out.dump(2)) + '\n');
    } else {
        QString text;
        for (const ConfigDiagnostic &d : std::as_const(diagnostics)) {
            text += readable(file, d);
        }
        if (applied >= 0) {
            text += QStringLiteral("applied %1 fix%2 to %3\n")
                        .arg(applied)
                        .arg(applied == 1 ? QString() : QStringLiteral("es"))
                        .arg(parser.isSet(output) ? parser.value(output) : file);
            if (secretsLeft > 0) {
                text += QStringLiteral("left %1 secret%2 written in the file: store %3 in your secret manager or the "
                                       "keychain, then replace %4 with the os.environ/ reference shown\n")
                            .arg(secretsLeft)
                            .arg(secretsLeft == 1 ? QString() : QStringLiteral("s"))
                            .arg(secretsLeft == 1 ? QStringLiteral("it") : QStringLiteral("them"))
                            .arg(secretsLeft == 1 ? QStringLiteral("it") : QStringLiteral("each"));
            }
        }
        if (diagnostics.isEmpty()) {
            text += QStringLiteral("%1: no problems found\n").arg(file);
        }
        writeOut(text);
    }
    return errors ? 1 : 0;
}

} // namespace brc::cli
