#include "documentcommand.h"

#include "configsession.h"

namespace brc::ui {

DocumentCommand::DocumentCommand(
    ConfigSession &session, const QString &text, int row, int mergeId, QString field, config::ConfigDocument after)
    : QUndoCommand(text)
    , m_session(session)
    , m_row(row)
    , m_mergeId(mergeId)
    , m_field(std::move(field))
    , m_before(session.document().text())
    , m_after(after.text())
    , m_pending(std::move(after))
{
}

void DocumentCommand::undo()
{
    m_session.restoreText(m_before, m_row);
}

void DocumentCommand::redo()
{
    if (m_pending) {
        config::ConfigDocument document = std::move(*m_pending);
        m_pending.reset();
        m_session.adoptDocument(std::move(document), m_row);
        return;
    }
    m_session.restoreText(m_after, m_row);
}

bool DocumentCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const DocumentCommand *>(other);
    if (next->m_row != m_row || next->m_field != m_field) {
        return false;
    }
    m_after = next->m_after;
    setObsolete(m_after == m_before);
    return true;
}

} // namespace brc::ui
