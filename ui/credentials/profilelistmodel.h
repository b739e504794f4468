#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QProcessEnvironment>
#include <QString>

namespace brc::ui {

/// Every source of credentials the console can see, one row each: the managed profiles
/// (keychain keys, keychain Bedrock API key, AWS profile reference), the profiles of the AWS
/// shared config (keys, assumed role, credential_process, SSO) and the environment. Holds names,
/// key ids and regions only, never a secret.
class ProfileListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileListModel)

public:
    enum Column { Name, Source, Detail, Region, ColumnCount };
    enum class Origin { Managed, AwsProfile, Environment };
    enum Role { OriginRole = Qt::UserRole + 1, NameRole };

    struct Entry
    {
        Origin origin = Origin::Managed;
        QString name;
        QString source;
        QString detail;
        QString region;
    };

    explicit ProfileListModel(QObject *parent = nullptr);

    /// Re-reads the catalog at `catalogPath`, the AWS shared config and `environment`.
    /// Returns the problems met (an unreadable file), one sentence each.
    QStringList reload(const QString &catalogPath, const QProcessEnvironment &environment);
    const QList<Entry> &entries() const { return m_entries; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Entry> m_entries;
};

} // namespace brc::ui
