#pragma once

#include "config/textedit.h"
#include "route/diagnostic.h"

#include <QString>

namespace brc::config {

/// One lint finding about a config.
///
/// `code` is stable (`config.duplicate-model-id`, or a route code such as `route.bare-geo-prefix`
/// for a deployment's `model:`); `line`/`column` are 1-based and point at the value concerned;
/// `path` names it (`model_list[3].litellm_params.aws_region_name`). `fix`, when `hasFix`, is a
/// minimal edit of the text that resolves the finding; `fixDescription` says what it does.
/// A fix with `movesSecret` replaces a secret written in the file by an `os.environ/` reference:
/// applying it alone would lose the value, so tools apply it only after storing the secret
/// (the keychain) and otherwise leave the file alone.
struct ConfigDiagnostic
{
    QString code;
    route::Severity severity = route::Severity::Warning;
    QString message;
    int line = 0;
    int column = 0;
    QString path;
    bool hasFix = false;
    TextEdit fix;
    QString fixDescription;
    bool movesSecret = false;

    bool operator==(const ConfigDiagnostic &) const = default;
};

} // namespace brc::config
