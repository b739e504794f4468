#pragma once

#include "document/prompter.h"

#include <QStringList>

/// Answers the console's questions from fields a test sets, and records what was asked.
class FakePrompter final : public brc::ui::Prompter
{
public:
    UnsavedAnswer unsavedAnswer = UnsavedAnswer::Cancel;
    bool restore = false;
    bool overwrite = false;
    QString openName;
    QString saveName;
    QStringList asked;

    UnsavedAnswer askUnsavedChanges(QWidget *, const QString &fileName) override
    {
        asked.append(QStringLiteral("unsaved:") + fileName);
        return unsavedAnswer;
    }
    bool askRestoreRecovery(QWidget *, const QString &description) override
    {
        asked.append(QStringLiteral("restore:") + description);
        return restore;
    }
    QString openFileName(QWidget *, const QString &) override { return openName; }
    QString saveFileName(QWidget *, const QString &, const QString &) override { return saveName; }
    bool askOverwriteChangedFile(QWidget *, const QString &fileName) override
    {
        asked.append(QStringLiteral("overwrite:") + fileName);
        return overwrite;
    }
    void showError(QWidget *, const QString &title, const QString &message) override
    {
        asked.append(QStringLiteral("error:") + title + QStringLiteral(": ") + message);
    }
};
