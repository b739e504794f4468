#pragma once

namespace brc::config {

/// How ConfigFile::save treats the file it replaces.
struct SaveOptions
{
    /// Overwrite even when the file changed on disk since the document was loaded.
    bool force = false;
    /// Keep the file being replaced as `<path>.bak`.
    bool backup = true;
};

} // namespace brc::config
