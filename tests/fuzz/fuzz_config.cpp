// LiteLLM configs through YAML import, lint, the lint fixes and every export.
//
// Invariants: an export after no edit reproduces the input byte for byte; the JSON export is
// JSON; the ConfigMap manifest is YAML whose data."config.yaml" is the config's text; the .env
// template has only comments and `NAME=` lines; lint locations lie inside the file; applying
// the lint fixes either works or leaves the document as it was.

#include "config/configdocument.h"
#include "config/configexporter.h"
#include "config/configlinter.h"
#include "config/yamljson.h"
#include "config/yamltree.h"
#include "fuzzsupport.h"

#include <nlohmann/json.hpp>

using namespace brc::config;

namespace {

void checkConfigMap(const ConfigDocument &document)
{
    const brc::Result<QByteArray> manifest = ConfigExporter::toConfigMap(document);
    BRC_FUZZ_CHECK(manifest.hasValue());
    const brc::Result<YamlTree> tree = YamlTree::parse(*manifest);
    if (!tree) {
        std::fprintf(stderr, "ConfigMap manifest does not parse: %s\n", qUtf8Printable(tree.error().toString()));
    }
    BRC_FUZZ_CHECK(tree.hasValue());
    const nlohmann::ordered_json data = YamlJson::value(*tree, tree->root());
    QByteArray expected = document.text();
    if (expected.startsWith("\xEF\xBB\xBF")) {
        expected.remove(0, 3);
    }
    expected.replace("\r\n", "\n");
    const auto &config = data.at("data").at("config.yaml");
    BRC_FUZZ_CHECK(config.is_string());
    BRC_FUZZ_CHECK(QByteArray::fromStdString(config.get<std::string>()) == expected);
}

/// Lines as YAML counts them: a lone CR, NEL, LS and PS break lines too, CRLF is one break.
qsizetype yamlLineCount(const QByteArray &text)
{
    qsizetype lines
        = 1 + text.count('\n') + text.count("\xC2\x85") + text.count("\xE2\x80\xA8") + text.count("\xE2\x80\xA9");
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == '\r' && (i + 1 == text.size() || text[i + 1] != '\n')) {
            ++lines;
        }
    }
    return lines;
}

void checkEnvTemplate(const ConfigDocument &document)
{
    for (const QByteArray &line : ConfigExporter::toEnvTemplate(document).split('\n')) {
        BRC_FUZZ_CHECK(line.isEmpty() || line.startsWith('#') || (line.endsWith('=') && line.count('=') == 1));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    brc::Result<ConfigDocument> loaded = ConfigDocument::fromYaml(input);
    if (!loaded) {
        BRC_FUZZ_CHECK(!loaded.error().code.isEmpty());
        BRC_FUZZ_CHECK(!loaded.error().message.isEmpty());
        return 0;
    }
    ConfigDocument &document = *loaded;

    // The no-op export is the input, exactly.
    BRC_FUZZ_CHECK(!document.isModified());
    BRC_FUZZ_CHECK(ConfigExporter::toYaml(document) == input);

    // Any JSON value: an empty config exports as null, which QJsonDocument would not take.
    BRC_FUZZ_CHECK(nlohmann::json::accept(ConfigExporter::toJson(document).toStdString()));
    checkConfigMap(document);
    checkEnvTemplate(document);

    static const ConfigLinter s_linter;
    LintOptions options;
    options.environment = QSet<QString> { QStringLiteral("AWS_REGION") };
    options.environmentSource = QStringLiteral("the environment");
    const QList<ConfigDiagnostic> diagnostics = s_linter.lint(document, options);
    const qsizetype lines = yamlLineCount(input);
    for (const ConfigDiagnostic &diagnostic : diagnostics) {
        BRC_FUZZ_CHECK(!diagnostic.code.isEmpty());
        BRC_FUZZ_CHECK(diagnostic.line >= 0 && diagnostic.line <= lines);
    }

    const QList<TextEdit> fixes = ConfigLinter::applicableFixes(diagnostics, true);
    if (!fixes.isEmpty()) {
        const brc::Result<void> applied = document.applyEdits(fixes);
        if (applied) {
            BRC_FUZZ_CHECK(ConfigDocument::fromYaml(document.text()).hasValue());
        } else {
            BRC_FUZZ_CHECK(document.text() == input);
        }
    }
    return 0;
}
