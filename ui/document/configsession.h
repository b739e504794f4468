#pragma once

#include "common/result.h"
#include "config/configdocument.h"

#include <QObject>
#include <QString>

#include <functional>

class QUndoStack;

namespace brc::ui {

/// The open config: one ConfigDocument, its file path and the one QUndoStack every edit goes on.
///
/// Edits are made through edit(): the mutation runs on a copy of the document, and only when it
/// succeeds is a DocumentCommand pushed (so a failed edit leaves no trace on the stack).
/// documentChanged() is emitted after every change, with the deployment row the change is about
/// (-1 when it is not about one row).
class ConfigSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfigSession)

public:
    using Mutation = std::function<Result<void>(config::ConfigDocument &)>;

    /// Merge keys for typing: consecutive edits of the same field of the same row merge.
    enum class MergeKey { None = -1, ModelName = 1, Param = 2, ModelInfo = 3 };

    explicit ConfigSession(QObject *parent = nullptr);
    ~ConfigSession() override;

    const config::ConfigDocument &document() const { return m_document; }
    QUndoStack *undoStack() const { return m_undoStack; }

    /// Replaces the document (a file opened): the undo stack is cleared.
    void setDocument(config::ConfigDocument document);
    /// The file the document was read from or last saved to; empty for an unsaved one.
    QString filePath() const { return m_document.filePath(); }
    bool isModified() const;

    /// Applies `mutation` as one undoable edit named `text`. `row` is the deployment the edit is
    /// about, `field` tells merges apart (the key of the parameter being typed).
    [[nodiscard]] Result<void> edit(const QString &text, int row, const Mutation &mutation,
        MergeKey merge = MergeKey::None, const QString &field = {});

    /// Saves to `path` (the current file when empty) through core's ConfigFile.
    [[nodiscard]] Result<void> save(const QString &path, bool force);

    /// The one edit that turns `from` into `to`: the common head and tail are kept.
    static config::TextEdit minimalEdit(const QByteArray &from, const QByteArray &to);

    /// Used by the undo commands: replaces the text by a minimal edit and re-reads it.
    void restoreText(const QByteArray &text, int row);
    /// Used by the first redo of a command: takes the document that the mutation produced.
    void adoptDocument(config::ConfigDocument document, int row);

Q_SIGNALS:
    /// The document's content changed; `row` as given to edit() (-1 for a whole new document).
    void documentChanged(int row);
    /// A different document was set (opened, new, saved under another name).
    void documentReplaced();

private:
    config::ConfigDocument m_document;
    QUndoStack *m_undoStack;
};

} // namespace brc::ui
