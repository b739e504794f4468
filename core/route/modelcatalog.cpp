#include "modelcatalog.h"

#include "common/immortalstring.h"
#include "common/logging.h"
#include "urlencoding.h"

#include <QFile>

#include <nlohmann/json.hpp>

#include <algorithm>

namespace brc::route {

namespace {

QString toQString(const nlohmann::json &value)
{
    const auto &text = value.get_ref<const std::string &>();
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

QStringList toStringList(const nlohmann::json &array)
{
    QStringList list;
    list.reserve(qsizetype(array.size()));
    for (const auto &item : array) {
        list.append(toQString(item));
    }
    return list;
}

int intOr(const nlohmann::json &object, const char *key, int fallback)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_number() ? it->get<int>() : fallback;
}

bool boolOr(const nlohmann::json &object, const char *key)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_boolean() && it->get<bool>();
}

} // namespace

std::optional<ModelCatalog> ModelCatalog::fromJson(const QByteArray &json, QString *errorMessage)
{
    try {
        const auto root = nlohmann::json::parse(json.constData(), json.constData() + json.size());
        ModelCatalog catalog;
        const QStringList converse = toStringList(root.at("bedrock_converse_models_effective"));
        catalog.m_converse = QSet<QString>(converse.begin(), converse.end());
        catalog.m_unprefixed = catalog.m_converse;
        for (const char *key : { "bedrock_models", "bedrock_embedding_models" }) {
            for (const QString &id : toStringList(root.at(key))) {
                catalog.m_unprefixed.insert(id);
            }
        }
        const QStringList providers = toStringList(root.at("litellm_provider_names"));
        catalog.m_providerNames = QSet<QString>(providers.begin(), providers.end());
        catalog.m_crossRegionPrefixes = toStringList(root.at("cross_region_prefixes"));
        catalog.m_invokeProviders = toStringList(root.at("bedrock_invoke_providers"));
        QStringList keys;
        for (const auto &[key, value] : root.at("models").items()) {
            ModelFacts facts;
            // Immortal: every parse that finds the model copies them into its view.
            facts.catalogKey = immortalString(QString::fromUtf8(key.data(), qsizetype(key.size())));
            facts.mode = value.contains("mode") ? immortalString(toQString(value.at("mode"))) : QString();
            facts.maxInputTokens = intOr(value, "max_input_tokens", 0);
            facts.maxOutputTokens = intOr(value, "max_output_tokens", intOr(value, "max_tokens", 0));
            facts.supportsReasoning = boolOr(value, "supports_reasoning");
            facts.supportsVision = boolOr(value, "supports_vision");
            facts.supportsToolCalls = boolOr(value, "supports_function_calling");
            keys.append(facts.catalogKey);
            catalog.m_facts.append(std::move(facts));
        }
        catalog.m_factsIndex = StringIndex(keys);
        catalog.m_encodedIds.reserve(keys.size());
        for (const QString &key : std::as_const(keys)) {
            catalog.m_encodedIds.append(immortalString(percentEncodeAll(QStringView(key))));
        }
        return catalog;
    } catch (const nlohmann::json::exception &e) {
        if (errorMessage) {
            *errorMessage = QString::fromUtf8(e.what());
        }
        return std::nullopt;
    }
}

const ModelCatalog &ModelCatalog::builtin()
{
    static const ModelCatalog s_catalog = [] {
        QFile file(QStringLiteral(":/brc/catalog/litellm-1.81.9-bedrock-models.json"));
        QString error;
        std::optional<ModelCatalog> catalog;
        if (file.open(QIODevice::ReadOnly)) {
            catalog = fromJson(file.readAll(), &error);
        } else {
            error = file.errorString();
        }
        // The catalog is compiled in; failing to read it is a build defect, not bad input.
        Q_ASSERT_X(catalog.has_value(), "ModelCatalog::builtin", qPrintable(error));
        if (!catalog) {
            qCCritical(lcRoute) << "built-in model catalog unreadable:" << error;
            return ModelCatalog();
        }
        return std::move(*catalog);
    }();
    return s_catalog;
}

std::optional<ModelFacts> ModelCatalog::facts(QStringView id) const
{
    const qsizetype at = m_factsIndex.indexOf(id);
    if (at < 0) {
        return std::nullopt;
    }
    return m_facts.at(at);
}

QStringList ModelCatalog::completionIds() const
{
    QStringList ids;
    for (const ModelFacts &facts : m_facts) {
        if (facts.mode == QLatin1String("chat") && !facts.catalogKey.contains(QLatin1Char('/'))) {
            ids.append(facts.catalogKey);
        }
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace brc::route
