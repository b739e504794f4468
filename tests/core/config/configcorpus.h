#pragma once

#include <QDir>
#include <QStringList>

/// The configs every round-trip and export test runs on: the 57 real ones in tests/data and the
/// style cases added for what they lack (CRLF, BOM, multi-document, block scalars, ...).
inline QStringList configCorpus()
{
    QStringList files;
    for (const char *folder : { BRC_TESTDATA_DIR "/litellm-configs", BRC_SOURCE_DIR "/tests/core/config/data" }) {
        const QDir dir(QString::fromUtf8(folder));
        for (const QString &name : dir.entryList({ QStringLiteral("*.yaml"), QStringLiteral("*.yml") }, QDir::Files)) {
            files << dir.filePath(name);
        }
    }
    return files;
}
