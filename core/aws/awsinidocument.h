#pragma once

#include "common/result.h"

#include <QList>
#include <QString>

namespace brc::aws {

/// One `key = value` of an AWS shared config or credentials file, with its 1-based line.
/// Nested sub-properties (`s3 =` followed by indented `key = value` lines) are named
/// `parent.key`.
struct IniEntry
{
    QString key;
    QString value;
    int line = 0;

    bool operator==(const IniEntry &) const = default;
};

/// One `[section]`: its name as written between the brackets (white space simplified) and its entries.
struct IniSection
{
    QString name;
    int line = 0;
    QList<IniEntry> entries;

    /// The value of `key` (keys compare case-sensitively, as botocore does), or a null string.
    QString value(QStringView key) const;
    bool contains(QStringView key) const;

    bool operator==(const IniSection &) const = default;
};

/// The AWS shared-config INI dialect (~/.aws/config, ~/.aws/credentials), parsed the way
/// botocore's RawConfigParser reads it:
///
///     # comment            ; comment
///     [default]
///     region = eu-west-1
///     [profile work]
///     role_arn = arn:aws:iam::123456789012:role/ops
///     s3 =
///       max_concurrent_requests = 20     → key "s3.max_concurrent_requests"
///
/// `key: value` is accepted as well as `key = value`; an indented line after a key with a value
/// continues that value (joined with '\n'). Never crashes on any input: malformed text gives
/// `awsconfig.syntax` with the file name in `field` and the 1-based `line` and `column`.
class AwsIniDocument final
{
public:
    /// Parses `text`; `fileName` is only used in error messages.
    [[nodiscard]] static Result<AwsIniDocument> parse(QByteArrayView text, const QString &fileName);

    const QList<IniSection> &sections() const { return m_sections; }
    /// The section named exactly `name`, or nullptr.
    const IniSection *section(QStringView name) const;

private:
    QList<IniSection> m_sections;
};

} // namespace brc::aws
