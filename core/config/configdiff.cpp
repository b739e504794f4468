#include "config/configdiff.h"

#include "config/configdocument.h"
#include "config/yamljson.h"

#include <QHash>
#include <QSet>

namespace brc::config {

namespace {

using Json = nlohmann::ordered_json;

struct Flat
{
    QString path;
    std::string value;
    bool secret = false;
};

bool isSecretKey(const QString &key)
{
    static const QSet<QString> keys = {
        QStringLiteral("aws_access_key_id"),
        QStringLiteral("aws_secret_access_key"),
        QStringLiteral("aws_session_token"),
        QStringLiteral("aws_web_identity_token"),
        QStringLiteral("api_key"),
        QStringLiteral("master_key"),
        QStringLiteral("redis_password"),
        QStringLiteral("database_url"),
        QStringLiteral("s3_secret_access_key"),
        QStringLiteral("client_secret"),
        QStringLiteral("salt_key"),
    };
    return keys.contains(key);
}

void flatten(const Json &value, const QString &path, bool secretScope, QList<Flat> &out)
{
    if (value.is_object() && !value.empty()) {
        for (const auto &[key, child] : value.items()) {
            const QString name = QString::fromStdString(key);
            flatten(child, path.isEmpty() ? name : path + QLatin1Char('.') + name,
                secretScope || isSecretKey(name) || name == QLatin1String("credential_values")
                    || name == QLatin1String("environment_variables"),
                out);
        }
        return;
    }
    if (value.is_array() && !value.empty()) {
        for (size_t i = 0; i < value.size(); ++i) {
            flatten(value[i], path + QStringLiteral("[%1]").arg(i), secretScope, out);
        }
        return;
    }
    // An os.environ/ reference is a name, not a secret: show it.
    const bool reference = value.is_string() && value.get<std::string>().rfind("os.environ/", 0) == 0;
    out.append(Flat { path, value.dump(), secretScope && !reference });
}

struct Identified
{
    QString identity;
    const Deployment *deployment = nullptr;
};

QList<Identified> identities(const ConfigDocument &document)
{
    QList<Identified> out;
    QHash<QString, int> seen;
    for (const Deployment &deployment : document.deployments()) {
        const ConfigValue id = deployment.info(u"id");
        QString identity;
        if (id.isScalar && !id.isNull && !id.text.isEmpty()) {
            identity = QStringLiteral("id:") + id.text;
        } else {
            const int n = seen[deployment.modelName.text]++;
            identity = deployment.modelName.text + QStringLiteral("#%1").arg(n);
        }
        out.append(Identified { identity, &deployment });
    }
    return out;
}

void compareFlat(const QList<Flat> &before, const QList<Flat> &after, ConfigChange base, int oldLine, int newLine,
    QList<ConfigChange> &out)
{
    QHash<QString, const Flat *> old;
    for (const Flat &flat : before) {
        old.insert(flat.path, &flat);
    }
    QSet<QString> present;
    for (const Flat &flat : after) {
        present.insert(flat.path);
        const Flat *previous = old.value(flat.path);
        if (previous && previous->value == flat.value) {
            continue;
        }
        ConfigChange change = base;
        change.kind = previous ? ConfigChange::Kind::Changed : ConfigChange::Kind::Added;
        change.path = flat.path;
        change.secret = flat.secret || (previous && previous->secret);
        if (!change.secret) {
            change.oldValue = previous ? QString::fromStdString(previous->value) : QString();
            change.newValue = QString::fromStdString(flat.value);
        }
        change.oldLine = oldLine;
        change.newLine = newLine;
        out.append(change);
    }
    for (const Flat &flat : before) {
        if (!present.contains(flat.path)) {
            ConfigChange change = base;
            change.kind = ConfigChange::Kind::Removed;
            change.path = flat.path;
            change.secret = flat.secret;
            if (!change.secret) {
                change.oldValue = QString::fromStdString(flat.value);
            }
            change.oldLine = oldLine;
            change.newLine = newLine;
            out.append(change);
        }
    }
}

QList<Flat> flatDeployment(const ConfigDocument &document, const Deployment &deployment)
{
    QList<Flat> flat;
    flatten(YamlJson::value(document.tree(), deployment.node), QString(), false, flat);
    return flat;
}

QList<Flat> flatSections(const ConfigDocument &document)
{
    QList<Flat> flat;
    const YamlTree &tree = document.tree();
    const int root = tree.resolved(tree.root());
    if (root < 0 || !tree.node(root).isMapping()) {
        return flat;
    }
    Json data = YamlJson::value(tree, root);
    data.erase("model_list");
    if (!data.empty()) {
        flatten(data, QString(), false, flat);
    }
    return flat;
}

} // namespace

QString ConfigDiff::kindName(ConfigChange::Kind kind)
{
    switch (kind) {
    case ConfigChange::Kind::Added:
        return QStringLiteral("added");
    case ConfigChange::Kind::Removed:
        return QStringLiteral("removed");
    case ConfigChange::Kind::Changed:
        break;
    }
    return QStringLiteral("changed");
}

QList<ConfigChange> ConfigDiff::compare(const ConfigDocument &before, const ConfigDocument &after)
{
    QList<ConfigChange> out;
    const QList<Identified> oldDeployments = identities(before);
    const QList<Identified> newDeployments = identities(after);
    QHash<QString, const Deployment *> oldById;
    for (const Identified &item : oldDeployments) {
        oldById.insert(item.identity, item.deployment);
    }
    QSet<QString> matched;
    for (const Identified &item : newDeployments) {
        ConfigChange base;
        base.deployment = item.identity;
        base.modelName = item.deployment->modelName.text;
        const Deployment *previous = oldById.value(item.identity);
        if (!previous) {
            base.kind = ConfigChange::Kind::Added;
            base.newLine = item.deployment->line;
            out.append(base);
            continue;
        }
        matched.insert(item.identity);
        compareFlat(flatDeployment(before, *previous), flatDeployment(after, *item.deployment), base, previous->line,
            item.deployment->line, out);
    }
    for (const Identified &item : oldDeployments) {
        if (!matched.contains(item.identity)) {
            ConfigChange change;
            change.kind = ConfigChange::Kind::Removed;
            change.deployment = item.identity;
            change.modelName = item.deployment->modelName.text;
            change.oldLine = item.deployment->line;
            out.append(change);
        }
    }
    compareFlat(flatSections(before), flatSections(after), ConfigChange {}, 0, 0, out);
    return out;
}

} // namespace brc::config
