#pragma once

#include "config/configdocument.h"

#include <QByteArray>
#include <QUndoCommand>

#include <optional>

namespace brc::ui {

class ConfigSession;

/// One edit of the config: the text before and after, and the deployment row it is about (row
/// identity: the position in model_list, never a view's QModelIndex). The first redo adopts the
/// document the edit produced; later undo/redo apply the minimal text change between the two.
class DocumentCommand final : public QUndoCommand
{
public:
    DocumentCommand(
        ConfigSession &session, const QString &text, int row, int mergeId, QString field, config::ConfigDocument after);

    void undo() override;
    void redo() override;
    int id() const override { return m_mergeId; }
    bool mergeWith(const QUndoCommand *other) override;

    int row() const { return m_row; }

private:
    ConfigSession &m_session;
    int m_row;
    int m_mergeId;
    QString m_field;
    QByteArray m_before;
    QByteArray m_after;
    std::optional<config::ConfigDocument> m_pending; ///< the edited document, until the first redo
};

} // namespace brc::ui
