#pragma once

#include <QString>

namespace brc {

/// An error a person can act on.
///
/// `code` is stable across versions (scripts and tests match on it), `message` is written for a
/// person. Network errors carry the HTTP status and the AWS error type; file errors carry the
/// line, column (both 1-based, 0 when unknown) and the field path they are about.
struct Error
{
    QString code;
    QString message;
    int httpStatus = 0;
    QString awsType;
    int line = 0;
    int column = 0;
    QString field;

    Error() = default;
    Error(QString errorCode, QString text)
        : code(std::move(errorCode))
        , message(std::move(text))
    {
    }

    /// "line 3, column 7: message" when a location is known, else the message.
    QString toString() const;

    bool operator==(const Error &) const = default;
};

} // namespace brc
