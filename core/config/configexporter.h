#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>

namespace brc::config {

class ConfigDocument;

/// The formats a config can be exported to.
///
/// - Yaml: the document's text (byte-identical to the input when nothing was edited).
/// - Json: the first document's data as PyYAML would load it (aliases expanded, merge keys
///   applied), indented by two spaces. `os.environ/` references stay references.
/// - ConfigMap: a Kubernetes `v1/ConfigMap` manifest whose `data."config.yaml"` is the text
///   (a BOM dropped and CRLF turned into LF, which Kubernetes would otherwise quote).
/// - Env: a `.env` template: every `os.environ/NAME` the config references, once, in order of
///   first use, as `NAME=` with no value, and a comment saying where it is used. A name no
///   `.env` line can hold (with '=', white space or a line break) is only named in a comment.
enum class ExportFormat { Yaml, Json, ConfigMap, Env };

/// Writes ConfigDocument in other formats. exportAs() never writes a secret: every secret
/// written literally in the config (keys, session tokens, `api_key`, `master_key`, passwords) is
/// exported as the `os.environ/NAME` reference lint proposes for it, and the env template lists
/// those names without values. The to*() functions convert the document as it is.
class ConfigExporter final
{
public:
    /// "yaml", "json", "configmap", "env" (case-insensitive) → format; Error
    /// `config.export-format` for anything else.
    [[nodiscard]] static Result<ExportFormat> formatFromName(const QString &name);

    [[nodiscard]] static QByteArray toYaml(const ConfigDocument &document);
    [[nodiscard]] static QByteArray toJson(const ConfigDocument &document);
    /// `name` and `namespaceName` are validated as Kubernetes DNS-1123 names (Error
    /// `config.export-name`); an empty namespace leaves the field out.
    [[nodiscard]] static Result<QByteArray> toConfigMap(const ConfigDocument &document,
        const QString &name = QStringLiteral("litellm-config"), const QString &namespaceName = {});
    [[nodiscard]] static QByteArray toEnvTemplate(const ConfigDocument &document);

    /// The document with every literal secret replaced by its `os.environ/` reference. Error
    /// `config.export-secret` when one cannot be replaced (a secret reached through an alias).
    [[nodiscard]] static Result<ConfigDocument> withSecretsAsReferences(const ConfigDocument &document);
    /// withSecretsAsReferences(), then the format.
    [[nodiscard]] static Result<QByteArray> exportAs(const ConfigDocument &document, ExportFormat format);
};

} // namespace brc::config
