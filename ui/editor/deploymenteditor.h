#pragma once

#include "route/routecontext.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace brc::route {
class ModelCatalog;
class RouteParser;
} // namespace brc::route

namespace brc::ui {

class ConfigSession;

/// The form for one deployment: model name, model string (completed from the catalog), route,
/// region, credential keys as `os.environ/` references (never a literal secret), rpm, tpm,
/// timeout and max_tokens. Every keystroke is an undoable edit; typing in one field merges.
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

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    void load();
    void editModelName(const QString &text);
    void editModel(const QString &text);
    void editParam(const QString &key, const QString &value);
    void onRouteChosen(int index);
    void validate();

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
};

} // namespace brc::ui
