#include "problemspanel.h"

#include "common/themedicon.h"
#include "config/configdocument.h"
#include "config/configlinter.h"
#include "document/configsession.h"
#include "problemsmodel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace brc::ui {

ProblemsPanel::ProblemsPanel(ConfigSession &session, const config::ConfigLinter &linter, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_linter(linter)
    , m_model(new ProblemsModel(this))
    , m_view(new QTreeView(this))
    , m_summary(new QLabel(this))
    , m_applyFix(new QPushButton(ThemedIcon::icon(QStringLiteral("fix")), tr("Apply &fix"), this))
    , m_applyAll(new QPushButton(tr("Apply all safe fi&xes"), this))
    , m_fixAction(new QAction(ThemedIcon::icon(QStringLiteral("fix")), tr("Apply fix"), this))
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("problemsPanel"));
    m_pool.setMaxThreadCount(1);
    m_view->setObjectName(QStringLiteral("problemsView"));
    m_view->setAccessibleName(tr("Problems"));
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(ProblemsModel::MessageColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(ProblemsModel::CodeColumn, QHeaderView::Interactive);
    m_view->setColumnWidth(ProblemsModel::CodeColumn, 260);
    m_view->setColumnWidth(ProblemsModel::LineColumn, 70);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addAction(m_fixAction);
    m_summary->setObjectName(QStringLiteral("problemsSummary"));
    m_applyFix->setObjectName(QStringLiteral("applyFixButton"));
    m_applyAll->setObjectName(QStringLiteral("applyAllFixesButton"));
    m_fixAction->setObjectName(QStringLiteral("applyFixAction"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_applyFix);
    buttons->addWidget(m_applyAll);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_debounce, &QTimer::timeout, this, &ProblemsPanel::startLint);
    connect(&m_session, &ConfigSession::documentChanged, this, &ProblemsPanel::scheduleLint);
    // A whole new document (a file opened): its list is painted first, the lint of all of it
    // follows, rather than competing for the processor with the first paint.
    connect(&m_session, &ConfigSession::documentReplaced, this, [this] { m_debounce->setInterval(400); });
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const int row = index.data(ProblemsModel::DeploymentRowRole).toInt();
        if (row >= 0) {
            Q_EMIT deploymentActivated(row);
        }
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &ProblemsPanel::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ProblemsPanel::updateActions);
    auto fixCurrent = [this] { applyFix(currentDiagnostic()); };
    connect(m_applyFix, &QPushButton::clicked, this, fixCurrent);
    connect(m_fixAction, &QAction::triggered, this, fixCurrent);
    connect(m_applyAll, &QPushButton::clicked, this, &ProblemsPanel::applyAllFixes);
    updateActions();
    scheduleLint();
}

ProblemsPanel::~ProblemsPanel()
{
    m_pool.waitForDone();
}

void ProblemsPanel::scheduleLint()
{
    ++m_requested;
    m_debounce->start();
}

void ProblemsPanel::startLint()
{
    m_debounce->setInterval(150);
    const quint64 generation = m_requested;
    config::ConfigDocument document = m_session.document(); // a value: safe to hand to a worker
    m_pool.start([this, generation, document = std::move(document)] {
        QList<config::ConfigDiagnostic> diagnostics = m_linter.lint(document);
        // The pool is waited for in the destructor, so `this` outlives the posted call's target.
        QMetaObject::invokeMethod(
            this,
            [this, generation, document, diagnostics = std::move(diagnostics)] {
                if (generation != m_requested) {
                    return; // a newer edit is on its way
                }
                m_linted = generation;
                m_lintedText = document.text();
                m_model->setDiagnostics(diagnostics, document);
                m_view->expandAll();
                m_summary->setText(tr("%n error(s)", nullptr, m_model->errorCount()) + QStringLiteral(", ")
                    + tr("%n warning(s)", nullptr, m_model->warningCount()) + QStringLiteral(", ")
                    + tr("%n info", nullptr, m_model->infoCount()));
                Q_EMIT countsChanged(m_model->errorCount(), m_model->warningCount(), m_model->infoCount());
            },
            Qt::QueuedConnection);
    });
}

int ProblemsPanel::currentDiagnostic() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(ProblemsModel::DiagnosticRole).toInt() : -1;
}

void ProblemsPanel::updateActions()
{
    const QModelIndex current = m_view->currentIndex();
    const bool canFix = current.isValid() && current.data(ProblemsModel::CanFixRole).toBool();
    m_applyFix->setEnabled(canFix);
    m_fixAction->setEnabled(canFix);
    if (canFix) {
        const auto &d = m_model->diagnostics().at(current.data(ProblemsModel::DiagnosticRole).toInt());
        m_applyFix->setToolTip(d.fixDescription);
        m_fixAction->setText(tr("Apply fix: %1").arg(d.fixDescription));
    } else {
        m_applyFix->setToolTip({});
        m_fixAction->setText(tr("Apply fix"));
    }
    bool any = false;
    for (const auto &d : m_model->diagnostics()) {
        any = any || (d.hasFix && !d.movesSecret);
    }
    m_applyAll->setEnabled(any);
}

bool ProblemsPanel::applyFix(int diagnostic)
{
    if (diagnostic < 0 || diagnostic >= m_model->diagnostics().size() || m_lintedText != m_session.document().text()) {
        return false; // stale: the findings are about an older text
    }
    const config::ConfigDiagnostic d = m_model->diagnostics().at(diagnostic);
    if (!d.hasFix || d.movesSecret) {
        return false;
    }
    const int row = ProblemsModel::deploymentOfPath(d.path);
    const Result<void> result = m_session.edit(tr("Fix: %1").arg(d.fixDescription), row,
        [fix = d.fix](config::ConfigDocument &document) { return document.applyEdits({ fix }); });
    return result.hasValue();
}

int ProblemsPanel::applyAllFixes()
{
    if (m_lintedText != m_session.document().text()) {
        return 0;
    }
    const QList<config::TextEdit> fixes = config::ConfigLinter::applicableFixes(m_model->diagnostics(), false);
    if (fixes.isEmpty()) {
        return 0;
    }
    const Result<void> result = m_session.edit(tr("Apply %n fix(es)", nullptr, int(fixes.size())), -1,
        [fixes](config::ConfigDocument &document) { return document.applyEdits(fixes); });
    return result ? int(fixes.size()) : 0;
}

} // namespace brc::ui
