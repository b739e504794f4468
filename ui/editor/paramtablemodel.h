#pragma once

#include "common/result.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <functional>

namespace brc::config {
class ConfigDocument;
struct ConfigValue;
} // namespace brc::config

namespace brc::ui {

class ConfigSession;

/// The raw keys of one section of a deployment (`litellm_params` less the keys the form shows,
/// or `model_info`) as an editable key/value table. The last row is empty: typing a key there
/// adds it. Every change is one undoable edit through the session; clearing a key removes it.
/// Keys are checked as they are typed (see keyProblem()); credential keys are refused here, as
/// they belong in the credentials section, where they can only be references.
class ParamTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ParamTableModel)

public:
    enum class Section { LitellmParams, ModelInfo };
    enum Column { KeyColumn, ValueColumn, ColumnCount };
    enum Role { ProblemRole = Qt::UserRole + 1 };

    ParamTableModel(ConfigSession &session, Section section, QStringList hiddenKeys, QObject *parent = nullptr);
    ~ParamTableModel() override;

    /// Shows deployment `row` (model_list position); -1 for none.
    void setRow(int row);
    int row() const { return m_row; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    /// Why `key` cannot be added or renamed to at table row `row` (empty when it can).
    QString keyProblem(const QString &key, int row) const;
    /// A warning about `value` for `key` (a number expected, an unknown key), or empty.
    QString valueProblem(const QString &key, const QString &value) const;

Q_SIGNALS:
    /// An edit was refused or failed: the reason, for the status bar.
    void problem(const QString &message);

private:
    void reload();
    QList<config::ConfigValue> entries() const;
    int mappingOf(const config::ConfigDocument &document) const;
    bool edit(const QString &description, const std::function<Result<void>(config::ConfigDocument &, int)> &change);

    ConfigSession &m_session;
    Section m_section;
    QStringList m_hiddenKeys;
    int m_row = -1;
    QStringList m_keys;
    QStringList m_values;
    QList<bool> m_scalar;
};

} // namespace brc::ui
