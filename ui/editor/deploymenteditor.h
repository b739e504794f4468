#pragma once

#include "route/routecontext.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace brc::route {
class ModelCatalog;
class RouteParser;
} // namespace brc::route

namespace brc::ui {

class ConfigSession;
class ParamTableModel;

/// The form for one deployment: model name, model string (completed from the catalog), route,
/// region, credentials, rpm, tpm, timeout and max_tokens, then `model_info` and every other
/// `litellm_params` key as key/value tables. Every keystroke is an undoable edit; typing in one
/// field merges.
///
/// Credentials are never a literal secret field. They come either from environment references
/// (each credential key an `os.environ/NAME`) or from a keychain profile the console manages:
/// that writes `aws_profile_name: NAME` (a name, not a secret) and takes out the key, secret,
/// session token and bearer token keys, whose values the profile holds in the OS keychain.
class DeploymentEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeploymentEditor)

public:
    DeploymentEditor(ConfigSession &session, const route::ModelCatalog &catalog, const route::RouteParser &parser,
        route::RouteEnvironment environment, QWidget *parent = nullptr);
    ~DeploymentEditor() override;

    /// Edits deployment `row` (model_list position); -1 shows an empty, disabled form.
    void setRow(int row);
    int row() const { return m_row; }

    /// The parameter keys shown as `os.environ/` reference fields.
    static const QStringList &credentialKeys();
    /// The keys a keychain profile supplies (taken out of the file when one is chosen).
    static const QStringList &profileSuppliedKeys();

    /// The keychain profiles offered (names from core's ProfileCatalog).
    void setProfileNames(const QStringList &names);

    ParamTableModel *modelInfoModel() const { return m_modelInfo; }
    ParamTableModel *paramsModel() const { return m_params; }

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    void load();
    void editModelName(const QString &text);
    void editModel(const QString &text);
    void editParam(const QString &key, const QString &value);
    void onRouteChosen(int index);
    void onCredentialSourceChosen();
    void validate();
    void updateCredentialRows();
    QTableView *addTable(QWidget *box, ParamTableModel *model, const QString &name, const QString &accessibleName);

    ConfigSession &m_session;
    const route::RouteParser &m_parser;
    route::RouteEnvironment m_environment;
    int m_row = -1;
    bool m_loading = false;

    QLineEdit *m_name;
    QLineEdit *m_model;
    QLabel *m_modelStatus;
    QComboBox *m_route;
    QComboBox *m_region;
    QLabel *m_regionStatus;
    QHash<QString, QLineEdit *> m_credentials;
    QHash<QString, QLabel *> m_credentialStatus;
    QHash<QString, QLineEdit *> m_numbers;
    QComboBox *m_credentialSource;
    QComboBox *m_profile;
    QLabel *m_sourceStatus;
    QHash<QString, QWidget *> m_credentialRows;
    ParamTableModel *m_modelInfo;
    ParamTableModel *m_params;
    QLabel *m_tableStatus;
};

} // namespace brc::ui
