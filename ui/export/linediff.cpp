#include "linediff.h"

#include <QList>
#include <QStringList>

#include <vector>

namespace brc::ui {

namespace {

QList<QByteArray> linesOf(const QByteArray &text)
{
    QList<QByteArray> lines = text.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty()) {
        lines.removeLast();
    }
    return lines;
}

struct Op
{
    char kind; // ' ', '-', '+'
    QByteArray line;
};

} // namespace

QString LineDiff::unified(const QByteArray &before, const QByteArray &after, const QString &beforeName,
    const QString &afterName, int context, Stats *stats)
{
    const QList<QByteArray> a = linesOf(before);
    const QList<QByteArray> b = linesOf(after);
    qsizetype head = 0;
    while (head < a.size() && head < b.size() && a.at(head) == b.at(head)) {
        ++head;
    }
    qsizetype tail = 0;
    while (tail < a.size() - head && tail < b.size() - head && a.at(a.size() - 1 - tail) == b.at(b.size() - 1 - tail)) {
        ++tail;
    }
    const qsizetype n = a.size() - head - tail;
    const qsizetype m = b.size() - head - tail;
    if (n == 0 && m == 0) {
        if (stats) {
            *stats = {};
        }
        return {};
    }

    std::vector<Op> ops;
    for (qsizetype i = std::max<qsizetype>(0, head - context); i < head; ++i) {
        ops.push_back({ ' ', a.at(i) });
    }
    // LCS over the middle when it fits in a few million cells; else one replaced block.
    if (n * m <= 4'000'000) {
        std::vector<std::vector<int>> lcs(std::size_t(n + 1), std::vector<int>(std::size_t(m + 1), 0));
        for (qsizetype i = n - 1; i >= 0; --i) {
            for (qsizetype j = m - 1; j >= 0; --j) {
                lcs[i][j]
                    = a.at(head + i) == b.at(head + j) ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        qsizetype i = 0;
        qsizetype j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.at(head + i) == b.at(head + j)) {
                ops.push_back({ ' ', a.at(head + i) });
                ++i;
                ++j;
            } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
                ops.push_back({ '-', a.at(head + i) });
                ++i;
            } else {
                ops.push_back({ '+', b.at(head + j) });
                ++j;
            }
        }
    } else {
        for (qsizetype i = 0; i < n; ++i) {
            ops.push_back({ '-', a.at(head + i) });
        }
        for (qsizetype j = 0; j < m; ++j) {
            ops.push_back({ '+', b.at(head + j) });
        }
    }
    for (qsizetype i = a.size() - tail; i < std::min(a.size(), a.size() - tail + context); ++i) {
        ops.push_back({ ' ', a.at(i) });
    }

    // Keep `context` lines around changes; elide the rest of long unchanged runs.
    Stats counted;
    std::vector<bool> keep(ops.size(), false);
    for (std::size_t k = 0; k < ops.size(); ++k) {
        if (ops[k].kind != ' ') {
            counted.added += ops[k].kind == '+';
            counted.removed += ops[k].kind == '-';
            const std::size_t from = k >= std::size_t(context) ? k - std::size_t(context) : 0;
            const std::size_t to = std::min(ops.size(), k + std::size_t(context) + 1);
            for (std::size_t x = from; x < to; ++x) {
                keep[x] = true;
            }
        }
    }
    QStringList out { QStringLiteral("--- ") + beforeName, QStringLiteral("+++ ") + afterName };
    bool elided = false;
    for (std::size_t k = 0; k < ops.size(); ++k) {
        if (!keep[k]) {
            if (!elided) {
                out.append(QStringLiteral("@@ … @@"));
                elided = true;
            }
            continue;
        }
        elided = false;
        out.append(QChar::fromLatin1(ops[k].kind) + QString::fromUtf8(ops[k].line));
    }
    if (stats) {
        *stats = counted;
    }
    return out.join(QLatin1Char('\n'));
}

} // namespace brc::ui
