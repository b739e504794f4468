#pragma once

#include <QList>
#include <QWidget>

class QLineEdit;
class QTableView;
class QAction;
class QToolButton;

namespace brc::route {
class RouteParser;
struct RouteEnvironment;
} // namespace brc::route

namespace brc::ui {

class ConfigSession;
class DeploymentTableModel;
class DeploymentFilterModel;

/// The list of deployments: a filter box, the sortable table and add/duplicate/delete.
class ModelListPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelListPanel)

public:
    ModelListPanel(ConfigSession &session, const route::RouteParser &parser, const route::RouteEnvironment &environment,
        QWidget *parent = nullptr);
    ~ModelListPanel() override;

    DeploymentTableModel *tableModel() const { return m_model; }
    DeploymentFilterModel *filterModel() const { return m_filter; }
    QTableView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filterEdit; }

    QAction *addAction() const { return m_add; }
    QAction *duplicateAction() const { return m_duplicate; }
    QAction *deleteAction() const { return m_delete; }
    QAction *moveUpAction() const { return m_moveUp; }
    QAction *moveDownAction() const { return m_moveDown; }

    /// Moves deployments `rows` (model_list positions) so that they stand together, in their
    /// order, just before deployment `before` (the row count: at the end). One undoable edit.
    void moveRows(QList<int> rows, int before);

    /// The deployment (model_list position) of the current row, -1 when none.
    int currentRow() const { return m_currentRow; }
    /// Makes deployment `row` current and visible (clearing the filter if it hides it).
    void selectRow(int row);
    /// The selected deployments, ascending.
    QList<int> selectedRows() const;
    void focusFilter();

Q_SIGNALS:
    void currentRowChanged(int row);
    void statusMessage(const QString &message);

private:
    void onCurrentChanged();
    void onDocumentChanged(int row);
    void addDeployment();
    void duplicateSelected();
    void deleteSelected();
    void updateActions();

    ConfigSession &m_session;
    DeploymentTableModel *m_model;
    DeploymentFilterModel *m_filter;
    QLineEdit *m_filterEdit;
    QTableView *m_view;
    QAction *m_add;
    QAction *m_duplicate;
    QAction *m_delete;
    QAction *m_moveUp;
    QAction *m_moveDown;
    int m_currentRow = -1;
    int m_pendingSelect = -1;
};

} // namespace brc::ui
