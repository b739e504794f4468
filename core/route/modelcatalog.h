#pragma once

#include "parsedroute.h"
#include "stringindex.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace brc::route {

/// LiteLLM's Bedrock model facts, as shipped with a release (the model map and constants).
///
/// Immutable after construction. builtin() is the catalog compiled into the program from
/// resources/catalog/litellm-1.81.9-bedrock-models.json.
class ModelCatalog final
{
public:
    /// Reads the JSON layout of resources/catalog/*.json. Malformed data gives an Error.
    [[nodiscard]] static std::optional<ModelCatalog> fromJson(const QByteArray &json, QString *errorMessage);
    static const ModelCatalog &builtin();

    /// bedrock_converse_models as LiteLLM computes it at import (constants + cost map).
    const QSet<QString> &converseModels() const { return m_converse; }
    /// Ids LiteLLM accepts without a provider prefix (bedrock_models, embeddings, converse).
    bool acceptsUnprefixed(const QString &id) const { return m_unprefixed.contains(id); }
    /// True when `word` names another LiteLLM provider ("openai", "anthropic", ...).
    bool isOtherProvider(const QString &word) const { return m_providerNames.contains(word); }
    const QStringList &crossRegionPrefixes() const { return m_crossRegionPrefixes; }
    const QStringList &invokeProviders() const { return m_invokeProviders; }

    /// Facts for an exact catalog key, if known.
    std::optional<ModelFacts> facts(QStringView id) const;
    /// The facts of ids().at(index).
    const ModelFacts &factsAt(qsizetype index) const { return m_facts.at(index); }
    /// The position of a known id in ids() (and of its encoding, encodedId()), or -1. A view
    /// that keeps a known id shares the catalog's own (immortal) copy instead of holding one.
    qsizetype idIndex(QStringView id) const { return m_factsIndex.indexOf(id); }
    /// Every id the catalog knows, in its order.
    const QList<QString> &ids() const { return m_factsIndex.strings(); }
    /// ids().at(index) percent-encoded whole (the path segment of its URLs), for the same sharing.
    const QString &encodedId(qsizetype index) const { return m_encodedIds.at(index); }
    /// Every chat-capable id, geo-prefixed ones included, sorted: for completion.
    QStringList completionIds() const;

private:
    ModelCatalog() = default;

    QSet<QString> m_converse;
    QSet<QString> m_unprefixed;
    QSet<QString> m_providerNames;
    QStringList m_crossRegionPrefixes;
    QStringList m_invokeProviders;
    QList<ModelFacts> m_facts;
    StringIndex m_factsIndex; ///< catalog keys, in the order of m_facts
    QStringList m_encodedIds; ///< percentEncodeAll of each catalog key, immortal, in its order
};

} // namespace brc::route
