#pragma once

#include <QString>
#include <QStringView>

namespace brc {

/// A QString holding `text` whose characters are never freed and carry no reference count, so
/// copying and destroying it touch no shared counter: for the fixed vocabularies (regions,
/// providers, catalog keys, finding codes) that every parsed route copies several times.
///
///     static const QString s_region = immortalString(u"us-east-1");
///     view.region = s_region; // a plain copy of three words, no atomic increment
///
/// Equal texts share one copy, so the memory held is bounded by the distinct texts ever asked
/// for. Thread-safe. Not for text that comes from outside in unbounded variety.
QString immortalString(QStringView text);

} // namespace brc
