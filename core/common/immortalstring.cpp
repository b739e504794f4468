#include "immortalstring.h"

#include <algorithm>
#include <memory>
#include <mutex>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace brc {

namespace {

/// The texts handed out, each once, laid end to end in large blocks: a table's strings, made
/// one after another, sit together in memory, as lookups that compare them like.
class Pool
{
public:
    QString get(QStringView text)
    {
        const std::u16string_view wanted(text.utf16(), size_t(text.size()));
        const std::lock_guard lock(m_mutex);
        auto it = m_texts.find(wanted);
        if (it == m_texts.end()) {
            it = m_texts.insert(store(wanted)).first;
        }
        return QString::fromRawData(reinterpret_cast<const QChar *>(it->data()), qsizetype(it->size()));
    }

private:
    static constexpr size_t s_blockSize = 16 * 1024; // characters

    /// A copy of `text`, '\0'-terminated, in the current block or a new one.
    std::u16string_view store(std::u16string_view text)
    {
        const size_t needed = text.size() + 1;
        if (needed > s_blockSize - m_used || m_blocks.empty()) {
            m_blocks.push_back(std::make_unique<char16_t[]>(std::max(needed, s_blockSize)));
            m_used = 0;
        }
        char16_t *out = m_blocks.back().get() + m_used;
        text.copy(out, text.size());
        out[text.size()] = u'\0';
        m_used += needed;
        return { out, text.size() };
    }

    std::mutex m_mutex;
    std::unordered_set<std::u16string_view> m_texts; ///< views into m_blocks
    std::vector<std::unique_ptr<char16_t[]>> m_blocks;
    size_t m_used = 0; ///< characters used in the last block
};

} // namespace

QString immortalString(QStringView text)
{
    // Never destroyed: strings handed out may be used during static destruction.
    static Pool *const s_pool = new Pool;
    return s_pool->get(text);
}

} // namespace brc
