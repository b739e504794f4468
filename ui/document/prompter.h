#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace brc::ui {

/// Every modal question the console asks, behind one interface so tests answer without exec().
class Prompter
{
public:
    enum class UnsavedAnswer { Save, Discard, Cancel };

    virtual ~Prompter() = default;
    /// Unsaved changes in `fileName` are about to be lost.
    virtual UnsavedAnswer askUnsavedChanges(QWidget *parent, const QString &fileName) = 0;
    /// A recovery file from an earlier run exists; `description` says what it holds.
    virtual bool askRestoreRecovery(QWidget *parent, const QString &description) = 0;
    /// A file to open; empty when cancelled.
    virtual QString openFileName(QWidget *parent, const QString &directory) = 0;
    /// A file to write; empty when cancelled.
    virtual QString saveFileName(QWidget *parent, const QString &suggestion, const QString &filter) = 0;
    /// The file changed on disk since it was loaded: overwrite anyway?
    virtual bool askOverwriteChangedFile(QWidget *parent, const QString &fileName) = 0;
    virtual void showError(QWidget *parent, const QString &title, const QString &message) = 0;
};

/// The Prompter of the real program: message boxes and file dialogs.
class DialogPrompter final : public Prompter
{
    Q_DECLARE_TR_FUNCTIONS(DialogPrompter)

public:
    UnsavedAnswer askUnsavedChanges(QWidget *parent, const QString &fileName) override;
    bool askRestoreRecovery(QWidget *parent, const QString &description) override;
    QString openFileName(QWidget *parent, const QString &directory) override;
    QString saveFileName(QWidget *parent, const QString &suggestion, const QString &filter) override;
    bool askOverwriteChangedFile(QWidget *parent, const QString &fileName) override;
    void showError(QWidget *parent, const QString &title, const QString &message) override;
};

} // namespace brc::ui
