// Hostile inputs shared by the fault and bad-file tests, generated at run time (nothing large
// is committed), and the process's peak memory to show that they were not read whole.
#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

namespace badinput {

/// Peak resident memory of this process (VmHWM), in KiB; -1 where /proc is missing.
inline qint64 peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:")) {
            return line.mid(6).trimmed().split(' ').first().toLongLong();
        }
    }
    return -1;
}

/// Starts a new peak: VmHWM drops to the current resident size (Linux's clear_refs "5"), so one
/// case's peak is not hidden by an earlier one's. False where the kernel does not offer it.
inline bool resetPeakRss()
{
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    return clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
}

/// `length` deterministic bytes that are neither text nor YAML (xorshift).
inline QByteArray noise(int length)
{
    QByteArray out(length, '\0');
    quint32 x = 0x2545f491;
    for (int i = 0; i < length; ++i) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        out[i] = char(x & 0xff);
    }
    return out;
}

/// A valid config followed by "billion laughs": 9 levels of 10 aliases each (10^9 nodes expanded).
inline QByteArray aliasBomb()
{
    QByteArray text = "model_list: []\na: &a [x, x, x, x, x, x, x, x, x, x]\n";
    for (char level = 'b'; level <= 'j'; ++level) {
        text += QByteArray(1, level) + ": &" + QByteArray(1, level) + " [";
        for (int i = 0; i < 10; ++i) {
            text += (i ? ", *" : "*") + QByteArray(1, char(level - 1));
        }
        text += "]\n";
    }
    return text;
}

/// Writes a valid 100 MB config (one line, then comment lines) to `path`; false on a write error.
inline bool writeHugeConfig(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write("model_list: []\n") < 0) {
        return false;
    }
    const QByteArray chunk = QByteArray("# " + QByteArray(97, 'x') + '\n').repeated(10000);
    for (int i = 0; i < 100; ++i) {
        if (file.write(chunk) != chunk.size()) {
            return false;
        }
    }
    return true;
}

} // namespace badinput
