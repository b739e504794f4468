#include "configsession.h"

#include "config/configfile.h"
#include "documentcommand.h"

#include <QUndoStack>

namespace brc::ui {

config::TextEdit ConfigSession::minimalEdit(const QByteArray &from, const QByteArray &to)
{
    qsizetype head = 0;
    const qsizetype shortest = std::min(from.size(), to.size());
    while (head < shortest && from.at(head) == to.at(head)) {
        ++head;
    }
    qsizetype tail = 0;
    while (tail < shortest - head && from.at(from.size() - 1 - tail) == to.at(to.size() - 1 - tail)) {
        ++tail;
    }
    return { head, from.size() - tail, to.mid(head, to.size() - tail - head) };
}

ConfigSession::ConfigSession(QObject *parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this))
{
    m_undoStack->setUndoLimit(500);
}

ConfigSession::~ConfigSession()
{
    // Commands refer to this session: delete them while it is whole, telling no one.
    m_undoStack->blockSignals(true);
    m_undoStack->clear();
}

void ConfigSession::setDocument(config::ConfigDocument document)
{
    m_undoStack->clear();
    m_document = std::move(document);
    m_undoStack->setClean();
    Q_EMIT documentReplaced();
    Q_EMIT documentChanged(-1);
}

bool ConfigSession::isModified() const
{
    return !m_undoStack->isClean();
}

Result<void> ConfigSession::edit(
    const QString &text, int row, const Mutation &mutation, MergeKey merge, const QString &field)
{
    config::ConfigDocument copy = m_document;
    Result<void> result = mutation(copy);
    if (!result) {
        return result;
    }
    if (copy.text() == m_document.text()) {
        return {};
    }
    m_undoStack->push(new DocumentCommand(*this, text, row, static_cast<int>(merge), field, std::move(copy)));
    return {};
}

Result<void> ConfigSession::save(const QString &path, bool force)
{
    config::SaveOptions options;
    options.force = force;
    const QString previous = m_document.filePath();
    Result<void> result = config::ConfigFile::save(m_document, path, options);
    if (!result) {
        return result;
    }
    m_undoStack->setClean();
    if (m_document.filePath() != previous) {
        Q_EMIT documentReplaced();
    }
    return {};
}

void ConfigSession::restoreText(const QByteArray &text, int row)
{
    if (text == m_document.text()) {
        return;
    }
    const Result<void> result = m_document.applyEdits({ minimalEdit(m_document.text(), text) });
    // The target text was a valid document before, so reading it again cannot fail; if it ever
    // did, the document stays as it was rather than half-changed.
    Q_ASSERT(result.hasValue());
    Q_UNUSED(result)
    Q_EMIT documentChanged(row);
}

void ConfigSession::adoptDocument(config::ConfigDocument document, int row)
{
    m_document = std::move(document);
    Q_EMIT documentChanged(row);
}

} // namespace brc::ui
