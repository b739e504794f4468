#include "exportdialog.h"

#include "common/themedicon.h"
#include "config/configexporter.h"
#include "config/configfile.h"
#include "config/configlinter.h"
#include "document/prompter.h"
#include "linediff.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace brc::ui {

ExportDialog::ExportDialog(
    const config::ConfigDocument &document, const config::ConfigLinter &linter, Prompter &prompter, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_prompter(prompter)
    , m_format(new QComboBox(this))
    , m_path(new QLineEdit(this))
    , m_lint(new QLabel(this))
    , m_status(new QLabel(this))
    , m_diff(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export config"));
    m_format->setObjectName(QStringLiteral("exportFormatCombo"));
    m_format->setAccessibleName(tr("Export format"));
    m_format->addItem(tr("LiteLLM YAML"), int(config::ExportFormat::Yaml));
    m_format->addItem(tr("JSON"), int(config::ExportFormat::Json));
    m_format->addItem(tr("Kubernetes ConfigMap"), int(config::ExportFormat::ConfigMap));
    m_format->addItem(tr(".env template (names only)"), int(config::ExportFormat::Env));
    m_path->setObjectName(QStringLiteral("exportPathEdit"));
    m_path->setAccessibleName(tr("Export file"));
    m_lint->setObjectName(QStringLiteral("exportLintSummary"));
    m_lint->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("exportStatus"));
    m_status->setWordWrap(true);
    m_diff->setObjectName(QStringLiteral("exportDiffView"));
    m_diff->setAccessibleName(tr("Difference between the file on disk and the export"));
    m_diff->setReadOnly(true);
    m_diff->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_diff->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *exportButton = m_buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    exportButton->setObjectName(QStringLiteral("exportButton"));
    exportButton->setIcon(ThemedIcon::icon(QStringLiteral("export")));

    auto *browse = new QToolButton(this);
    browse->setObjectName(QStringLiteral("exportBrowseButton"));
    browse->setText(tr("…"));
    browse->setAccessibleName(tr("Choose export file"));
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    int errors = 0;
    int warnings = 0;
    for (const auto &d : linter.lint(m_document)) {
        errors += d.severity == route::Severity::Error;
        warnings += d.severity == route::Severity::Warning;
    }
    m_lint->setText(errors + warnings == 0
            ? tr("Lint: no errors or warnings.")
            : tr("Lint: %1, %2. The export writes the config as it is.")
                  .arg(tr("%n error(s)", nullptr, errors), tr("%n warning(s)", nullptr, warnings)));

    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("F&ile:"), pathRow);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_lint);
    layout->addWidget(new QLabel(tr("Changes to the file on disk:"), this));
    layout->addWidget(m_diff, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    resize(760, 560);

    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        // Keep the file name in step with the format.
        const QFileInfo info(m_path->text());
        if (!m_path->text().isEmpty()) {
            m_path->setText(info.dir().filePath(info.completeBaseName() + suffix()));
        }
        refresh();
    });
    connect(m_path, &QLineEdit::textChanged, this, &ExportDialog::refresh);
    connect(browse, &QToolButton::clicked, this, &ExportDialog::browse);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (exportNow()) {
            accept();
        }
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    const QString source = m_document.filePath();
    if (!source.isEmpty()) {
        const QFileInfo info(source);
        m_path->setText(info.dir().filePath(info.completeBaseName() + QStringLiteral("-export") + suffix()));
    }
    refresh();
}

ExportDialog::~ExportDialog() = default;

void ExportDialog::setFormatIndex(int index)
{
    m_format->setCurrentIndex(index);
}

void ExportDialog::setPath(const QString &path)
{
    m_path->setText(path);
}

QString ExportDialog::path() const
{
    return m_path->text();
}

QString ExportDialog::suffix() const
{
    switch (config::ExportFormat(m_format->currentData().toInt())) {
    case config::ExportFormat::Yaml:
        return QStringLiteral(".yaml");
    case config::ExportFormat::Json:
        return QStringLiteral(".json");
    case config::ExportFormat::ConfigMap:
        return QStringLiteral(".configmap.yaml");
    case config::ExportFormat::Env:
        return QStringLiteral(".env");
    }
    return {};
}

void ExportDialog::browse()
{
    const QString chosen = m_prompter.saveFileName(this, m_path->text(), tr("All files (*)"));
    if (!chosen.isEmpty()) {
        m_path->setText(chosen);
    }
}

void ExportDialog::refresh()
{
    const Result<QByteArray> result
        = config::ConfigExporter::exportAs(m_document, config::ExportFormat(m_format->currentData().toInt()));
    auto *exportButton = m_buttons->findChild<QPushButton *>(QStringLiteral("exportButton"));
    if (!result) {
        m_output.clear();
        m_diff->setPlainText(QString());
        m_status->setText(result.error().toString());
        exportButton->setEnabled(false);
        return;
    }
    m_output = *result;
    const QString target = m_path->text();
    QByteArray onDisk;
    QString beforeName = tr("(no file yet)");
    if (!target.isEmpty()) {
        QFile file(target);
        if (file.open(QIODevice::ReadOnly)) {
            onDisk = file.readAll();
            beforeName = target;
        }
    }
    LineDiff::Stats stats;
    const QString diff = LineDiff::unified(onDisk, m_output, beforeName, tr("export"), 3, &stats);
    m_diff->setPlainText(diff.isEmpty() ? tr("The file on disk already holds exactly this.") : diff);
    m_status->setText(target.isEmpty() ? tr("Choose a file to write.")
                                       : tr("%1 line(s) added, %2 removed.").arg(stats.added).arg(stats.removed));
    exportButton->setEnabled(!target.isEmpty());
}

bool ExportDialog::exportNow()
{
    const QString target = m_path->text();
    if (target.isEmpty() || m_output.isEmpty()) {
        return false;
    }
    const Result<void> written = config::ConfigFile::write(target, m_output, true);
    if (!written) {
        m_status->setText(tr("Not written: %1").arg(written.error().toString()));
        return false;
    }
    m_status->setText(tr("Written to %1.").arg(target));
    return true;
}

} // namespace brc::ui
