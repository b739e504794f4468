#include "prompter.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QMessageBox>

namespace brc::ui {

Prompter::UnsavedAnswer DialogPrompter::askUnsavedChanges(QWidget *parent, const QString &fileName)
{
    const auto button
        = QMessageBox::warning(parent, tr("Unsaved changes"), tr("%1 has unsaved changes. Save them?").arg(fileName),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    switch (button) {
    case QMessageBox::Save:
        return UnsavedAnswer::Save;
    case QMessageBox::Discard:
        return UnsavedAnswer::Discard;
    default:
        return UnsavedAnswer::Cancel;
    }
}

bool DialogPrompter::askRestoreRecovery(QWidget *parent, const QString &description)
{
    return QMessageBox::question(
               parent, tr("Restore unsaved edits"), description, QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes)
        == QMessageBox::Yes;
}

QString DialogPrompter::openFileName(QWidget *parent, const QString &directory)
{
    return QFileDialog::getOpenFileName(
        parent, tr("Open LiteLLM config"), directory, tr("LiteLLM config (*.yaml *.yml);;All files (*)"));
}

QString DialogPrompter::saveFileName(QWidget *parent, const QString &suggestion, const QString &filter)
{
    return QFileDialog::getSaveFileName(parent, tr("Save as"), suggestion, filter);
}

bool DialogPrompter::askOverwriteChangedFile(QWidget *parent, const QString &fileName)
{
    return QMessageBox::warning(parent, tr("File changed on disk"),
               tr("%1 was changed by another program since it was opened. Overwrite it?").arg(fileName),
               QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        == QMessageBox::Yes;
}

void DialogPrompter::showError(QWidget *parent, const QString &title, const QString &message)
{
    QMessageBox::critical(parent, title, message);
}

} // namespace brc::ui
