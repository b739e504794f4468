#pragma once

#include "config/configdocument.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace brc::config {
class ConfigLinter;
}

namespace brc::ui {

class Prompter;

/// Export: choose a format (YAML, JSON, ConfigMap, .env template) and a file, see the diff of
/// the file on disk against what will be written and the lint summary, then write atomically
/// (core's ConfigFile: QSaveFile, the replaced file kept as .bak).
class ExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)

public:
    ExportDialog(const config::ConfigDocument &document, const config::ConfigLinter &linter, Prompter &prompter,
        QWidget *parent = nullptr);
    ~ExportDialog() override;

    void setFormatIndex(int index);
    void setPath(const QString &path);
    QString path() const;
    /// What would be written now (empty with an error shown when the export fails).
    QByteArray output() const { return m_output; }
    /// Writes the file; false (with the reason shown) on failure.
    bool exportNow();

private:
    void refresh();
    void browse();
    QString suffix() const;

    config::ConfigDocument m_document;
    Prompter &m_prompter;
    QByteArray m_output;
    QComboBox *m_format;
    QLineEdit *m_path;
    QLabel *m_lint;
    QLabel *m_status;
    QPlainTextEdit *m_diff;
    QDialogButtonBox *m_buttons;
};

} // namespace brc::ui
