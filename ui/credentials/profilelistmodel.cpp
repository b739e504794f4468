#include "profilelistmodel.h"

#include "aws/awsprofile.h"
#include "aws/awssharedconfig.h"
#include "aws/profilecatalog.h"

namespace brc::ui {

ProfileListModel::ProfileListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

QStringList ProfileListModel::reload(const QString &catalogPath, const QProcessEnvironment &environment)
{
    QStringList problems;
    QList<Entry> entries;
    if (const Result<aws::ProfileCatalog> catalog = aws::ProfileCatalog::load(catalogPath)) {
        for (const aws::ManagedProfile &p : catalog->profiles()) {
            Entry e { Origin::Managed, p.name, {}, {}, p.region };
            switch (p.kind) {
            case aws::ManagedProfile::Kind::Keys:
                e.source = tr("keychain: access keys");
                e.detail = p.accessKeyId + (p.hasSessionToken ? tr(" + session token") : QString());
                break;
            case aws::ManagedProfile::Kind::BearerToken:
                e.source = tr("keychain: bearer token (Bedrock API key)");
                break;
            case aws::ManagedProfile::Kind::AwsProfile:
                e.source = tr("AWS profile reference");
                e.detail = p.awsProfile;
                break;
            }
            entries.append(e);
        }
    } else {
        problems.append(catalog.error().toString());
    }
    if (const Result<aws::AwsSharedConfig> shared = aws::AwsSharedConfig::load(environment)) {
        for (const QString &name : shared->profileNames()) {
            const Result<aws::AwsProfile> profile = shared->profile(name);
            if (!profile) {
                continue;
            }
            Entry e { Origin::AwsProfile, name, {}, {}, profile->region };
            if (profile->usesSso) {
                e.source = tr("AWS profile: SSO (not supported)");
            } else if (!profile->roleArn.isEmpty()) {
                e.source = tr("AWS profile: assumed role");
                e.detail = profile->roleArn;
            } else if (!profile->credentialProcess.isEmpty()) {
                e.source = tr("AWS profile: credential_process");
            } else {
                e.source = tr("AWS profile: access keys");
                e.detail = profile->accessKeyId;
            }
            entries.append(e);
        }
    } else {
        problems.append(shared.error().toString());
    }
    if (environment.contains(QStringLiteral("AWS_BEARER_TOKEN_BEDROCK"))) {
        entries.append({ Origin::Environment, QStringLiteral("AWS_BEARER_TOKEN_BEDROCK"),
            tr("environment: bearer token"), {}, {} });
    }
    if (environment.contains(QStringLiteral("AWS_ACCESS_KEY_ID"))) {
        entries.append({ Origin::Environment, QStringLiteral("AWS_ACCESS_KEY_ID"), tr("environment: access keys"),
            environment.value(QStringLiteral("AWS_ACCESS_KEY_ID")),
            environment.value(QStringLiteral("AWS_REGION"), environment.value(QStringLiteral("AWS_DEFAULT_REGION"))) });
    }
    beginResetModel();
    m_entries = entries;
    endResetModel();
    return problems;
}

int ProfileListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ProfileListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProfileListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Entry &e = m_entries.at(index.row());
    switch (role) {
    case OriginRole:
        return int(e.origin);
    case NameRole:
        return e.name;
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Name:
            return e.name;
        case Source:
            return e.source;
        case Detail:
            return e.detail;
        case Region:
            return e.region;
        case ColumnCount:
            break;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant ProfileListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (Column(section)) {
    case Name:
        return tr("Profile");
    case Source:
        return tr("Source");
    case Detail:
        return tr("Key id / role");
    case Region:
        return tr("Region");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace brc::ui
