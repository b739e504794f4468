#pragma once

#include "common/result.h"
#include "config/deployment.h"
#include "config/deploymentdraft.h"
#include "config/textedit.h"
#include "config/yamltree.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace brc::config {

/// A LiteLLM proxy `config.yaml`, kept as the text the person wrote.
///
/// The document is its text plus a YamlTree over it and typed views (deployments, sections,
/// credential names, `os.environ/` references). Every edit is a minimal TextEdit on the text,
/// written in the file's own indentation, quoting and line-break style; the text is then
/// parsed again, so text() is always valid YAML and export after no edit is byte-identical.
///
///     model_list:                      # sequence of deployments (null = empty)
///       - model_name: claude           # the public alias
///         litellm_params: {model: bedrock/..., aws_region_name: us-east-1, ...}
///         model_info: {id: ..., mode: chat}
///     credential_list: [{credential_name: ..., credential_values: {...}}]
///     router_settings / litellm_settings / general_settings / environment_variables: mappings
///
/// Only the first document of a multi-document stream is the config; the others are kept.
/// Errors (all with line and column where they apply): those of YamlTree::parse, plus
/// `config.type` when a section has the wrong shape (`model_list: 42`), `config.io` for files,
/// `config.edit` for an edit that cannot be applied.
/// A plain value type: load on any thread, hand the result to the GUI.
class ConfigDocument final
{
public:
    ConfigDocument();

    [[nodiscard]] static Result<ConfigDocument> fromYaml(const QByteArray &text);
    /// Reads `path` (refusing files over YamlTree::Limits::maxBytes before reading them) and
    /// remembers its digest, so that ConfigFile::save can detect a change on disk.
    [[nodiscard]] static Result<ConfigDocument> load(const QString &path);

    /// The config as YAML: the original bytes with the edits applied.
    const QByteArray &text() const { return m_tree.source(); }
    /// The text as it was loaded (or last saved).
    const QByteArray &originalText() const { return m_original; }
    bool isModified() const { return text() != m_original; }
    QString filePath() const { return m_filePath; }
    /// SHA-256 of the file as loaded or last saved; empty for a document not read from disk.
    QByteArray originalDigest() const { return m_originalDigest; }
    /// Called after a successful save: the current text becomes the baseline.
    void markSaved(const QString &path);

    const YamlTree &tree() const { return m_tree; }
    const QList<Deployment> &deployments() const { return m_deployments; }
    /// Top-level keys in file order (unknown keys included).
    QStringList topLevelKeys() const;
    /// Value node of a top-level key, or -1.
    int section(QByteArrayView key) const;
    /// Entries of a top-level mapping section (router_settings, general_settings, ...), merge
    /// keys applied; empty when the section is missing or not a mapping.
    QList<ConfigValue> sectionEntries(QByteArrayView key) const;
    /// `credential_name` of every credential_list entry.
    QStringList credentialNames() const;
    /// `credential_values` of the first credential_list entry named `name` (merge keys applied),
    /// in file order; empty when there is no such entry, as LiteLLM then adds nothing.
    QList<ConfigValue> credentialValues(const QString &name) const;
    /// `litellm_params` of `deployment` as LiteLLM calls with them: when it names a
    /// `litellm_credential_name`, each credential value whose key the deployment does not have
    /// is appended (LiteLLM's load_credentials_from_list: the deployment's own keys win, even a
    /// null one). References (`os.environ/NAME`) are kept as written.
    QList<ConfigValue> effectiveParams(const Deployment &deployment) const;
    /// Every scalar whose text is `os.environ/NAME`, in file order.
    QList<ConfigValue> environmentReferences() const;
    /// Path ("model_list[2].litellm_params.model") of a node.
    QString pathOf(int node) const;
    /// The quote character the file prefers for strings that need quoting ('"' or '\'').
    char preferredQuote() const { return m_quote; }

    // Edits. On error the document is left unchanged.

    /// Applies non-overlapping edits and re-parses the result.
    [[nodiscard]] Result<void> applyEdits(QList<TextEdit> edits);
    /// Edit that makes scalar `node` read back as `value`, in its own quoting style.
    [[nodiscard]] Result<TextEdit> scalarEdit(int node, const QString &value) const;
    /// Edit that sets `key` of mapping `mapping` to a scalar: replaces the value if the key is
    /// there, else adds a line in the mapping's style. `asString` quotes values that would
    /// otherwise read as numbers or booleans.
    [[nodiscard]] Result<TextEdit> setKeyEdit(
        int mapping, const QString &key, const QString &value, bool asString = true) const;
    /// Edit that removes `key` (its lines, comments on them included) from mapping `mapping`.
    [[nodiscard]] Result<TextEdit> removeKeyEdit(int mapping, const QString &key) const;
    /// Edit that renames the key node `keyNode` (the value is untouched).
    [[nodiscard]] Result<TextEdit> renameKeyEdit(int keyNode, const QString &newKey) const;

    [[nodiscard]] Result<void> setModelName(int deployment, const QString &name);
    [[nodiscard]] Result<void> setParam(int deployment, const QString &key, const QString &value);
    [[nodiscard]] Result<void> removeParam(int deployment, const QString &key);
    [[nodiscard]] Result<void> setModelInfo(int deployment, const QString &key, const QString &value);
    /// Appends a deployment to model_list in the style of the existing ones.
    [[nodiscard]] Result<void> addDeployment(const DeploymentDraft &draft);
    /// Removes a deployment with the comments directly above it and inside it.
    [[nodiscard]] Result<void> removeDeployment(int deployment);
    /// Moves deployment `from` so that it ends up at position `to` of model_list (both
    /// 0-based; the others keep their order). Its text moves whole, with the comments that
    /// removeDeployment would take; nothing else in the file changes. Errors: `config.edit` for
    /// positions out of range, or when the result would not read back (an alias moved before
    /// its anchor).
    [[nodiscard]] Result<void> moveDeployment(int from, int to);

private:
    [[nodiscard]] Result<void> rebuild();
    [[nodiscard]] Result<void> setText(const QByteArray &text);
    [[nodiscard]] Result<void> applyEdit(const Result<TextEdit> &edit);
    [[nodiscard]] Result<void> setInDeployment(
        int deployment, const char *section, const QString &key, const QString &value);
    /// Shares one QString among the equal keys and values of a load (10,000 `model:` keys, a
    /// few distinct model strings): fewer allocations, less memory.
    class StringPool;
    TextEdit flowInsertEdit(int mapping, const QByteArray &entry) const;
    QList<ConfigValue> entries(int mapping, const QString &path, StringPool *pool = nullptr) const;
    ConfigValue makeValue(int keyNode, int valueNode, const QString &path, StringPool *pool = nullptr) const;
    QByteArray indentOfKey(int keyNode) const;
    qsizetype afterLine(qsizetype offset) const;
    int nestedIndentStep() const;
    /// The bytes of model_list item `position` as removeDeployment takes them: comments directly
    /// above the dash, the item, comment lines indented under it. Block style only.
    std::pair<qsizetype, qsizetype> itemBlock(size_t position) const;
    QByteArray renderDeployment(const DeploymentDraft &draft, const QByteArray &dashIndent, int gap,
        const QByteArray &keyIndent, int step) const;

    YamlTree m_tree;
    QByteArray m_original;
    QByteArray m_originalDigest;
    QString m_filePath;
    QList<Deployment> m_deployments;
    char m_quote = '"';
};

} // namespace brc::config
