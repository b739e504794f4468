#pragma once

#include "parsedroute.h"
#include "routecontext.h"
#include "stringindex.h"

#include <QList>
#include <QString>

namespace brc::route {

class ModelCatalog;

/// Reads a model string the way Bedrock sees it: the "AWS view".
///
/// Grammar (route words and specs are LiteLLM's decorations, removed before Bedrock sees the id):
///
///     input    := ["bedrock/"] route-word* [spec "/"] [aws-region "/"] (arn | model-id)
///     model-id := [geo "."] vendor "." name ["-" version] [suffix]
///                 e.g. eu.anthropic.claude-3-5-sonnet-20240620-v1:0, amazon.nova-micro-v1:0:128k
///     arn      := "arn:" partition ":" service ":" region ":" account ":" type "/" id
///                 e.g. arn:aws:bedrock:eu-central-1:111122223333:application-inference-profile/abc
///
/// The region is the one the call goes to: an ARN's own region wins (Bedrock serves a resource
/// only there), then aws_region_name, AWS_REGION_NAME, AWS_REGION, the session, us-west-2.
/// URLs encode the id once with nothing kept safe (":" -> %3A, "/" -> %2F), as AWS's SDKs do.
class AwsModelReader final
{
public:
    explicit AwsModelReader(const ModelCatalog &catalog);

    /// Fills `view` and appends the coloured parts of `input` to `segments`. Given the LiteLLM
    /// view of the same input, strings with the same text are shared with it, not copied.
    void read(const QString &input, const RouteContext &context, AwsView &view, Segments &segments,
        const LiteLlmView *litellm = nullptr) const;

    /// Parses an ARN; nullopt when `text` is not "arn:" followed by five ":" fields.
    static std::optional<Arn> parseArn(QStringView text);

private:
    /// Where the catalog key [geo.]vendor.family[-version] lies in the input: it is always one
    /// piece of it, so the catalog is searched with a view, no key is built.
    struct CatalogKey
    {
        qsizetype start = 0; ///< the geo prefix, or the vendor when there is none
        qsizetype bareStart = 0; ///< the vendor
        qsizetype end = 0; ///< the end of the version, or of the family
    };
    CatalogKey readModelId(
        const QString &input, qsizetype start, qsizetype end, AwsView &view, Segments &segments) const;

    const ModelCatalog &m_catalog;
    StringIndex m_families; ///< the family of every catalog id, shared by the views that name one
};

} // namespace brc::route
