#include "commands.h"
#include "config/configdocument.h"
#include "config/configexporter.h"
#include "config/configfile.h"
#include "output.h"

#include <QCommandLineParser>

namespace brc::cli {

using namespace brc::config;

int runExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Export a LiteLLM proxy config.yaml.\n\n"
                       "  yaml       the config as written (after no edit: byte for byte)\n"
                       "  json       the config's data as JSON (anchors and merge keys applied)\n"
                       "  configmap  a Kubernetes ConfigMap holding config.yaml\n"
                       "  env        a .env template: every os.environ/ name the config uses, without values\n\n"
                       "Exit status: 0 written, 2 unreadable config or bad usage (nothing is written)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("CONFIG"), QStringLiteral("The config.yaml to export."));
    const QCommandLineOption to(
        QStringLiteral("to"), QStringLiteral("yaml, json, configmap or env."), QStringLiteral("FORMAT"));
    const QCommandLineOption output({ QStringLiteral("o"), QStringLiteral("output") },
        QStringLiteral("Write here (atomically; a replaced file is kept as OUT.bak) "
                       "instead of to standard output."),
        QStringLiteral("OUT"));
    const QCommandLineOption name(QStringLiteral("name"), QStringLiteral("ConfigMap name (default litellm-config)."),
        QStringLiteral("NAME"), QStringLiteral("litellm-config"));
    const QCommandLineOption ns(
        QStringLiteral("namespace"), QStringLiteral("ConfigMap namespace."), QStringLiteral("NAMESPACE"));
    parser.addOptions({ to, output, name, ns });
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
    if (!parser.isSet(to)) {
        return usageError(arguments.value(0), QStringLiteral("--to is required (yaml, json, configmap or env)"));
    }
    Result<ExportFormat> format = ConfigExporter::formatFromName(parser.value(to));
    if (!format) {
        return usageError(arguments.value(0), format.error().message);
    }
    const QString file = parser.positionalArguments().first();
    Result<ConfigDocument> document = ConfigDocument::load(file);
    if (!document) {
        writeErr(QStringLiteral("bedrock-route export: %1: %2\n").arg(file, document.error().toString()));
        return 2;
    }
    // Literal secrets leave as os.environ/ references, whatever the format.
    const Result<ConfigDocument> safe = ConfigExporter::withSecretsAsReferences(*document);
    if (!safe) {
        writeErr(QStringLiteral("bedrock-route export: %1: %2\n").arg(file, safe.error().toString()));
        return 2;
    }
    Result<QByteArray> bytes = *format == ExportFormat::ConfigMap
        ? ConfigExporter::toConfigMap(*safe, parser.value(name), parser.value(ns))
        : ConfigExporter::exportAs(*safe, *format);
    if (!bytes) {
        return usageError(arguments.value(0), bytes.error().message);
    }
    if (parser.isSet(output)) {
        if (Result<void> written = ConfigFile::write(parser.value(output), *bytes, true); !written) {
            writeErr(QStringLiteral("bedrock-route export: %1\n").arg(written.error().toString()));
            return 2;
        }
        return 0;
    }
    writeOut(*bytes);
    return 0;
}

} // namespace brc::cli
