// The AWS shared config and credentials files, through the INI reader and profile merging.
//
// Input: the config file, a NUL byte, then the credentials file (no NUL: the config alone).
// Invariants: an error has a code, a line and the file it is about; every profile the files
// name can be read back.

#include "aws/awssharedconfig.h"
#include "fuzzsupport.h"

using namespace brc::aws;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    brc::fuzz::FuzzInput in(data, size);
    const QByteArrayView config = in.field('\0');
    const QByteArrayView credentials = in.rest();

    const brc::Result<AwsSharedConfig> shared = AwsSharedConfig::fromText(config, credentials);
    if (!shared) {
        const brc::Error &error = shared.error();
        BRC_FUZZ_CHECK(error.code == QLatin1StringView("awsconfig.syntax"));
        BRC_FUZZ_CHECK(error.line >= 1);
        BRC_FUZZ_CHECK(error.column >= 1);
        BRC_FUZZ_CHECK(error.field == QLatin1StringView("config") || error.field == QLatin1StringView("credentials"));
        const QByteArrayView text = error.field == QLatin1StringView("config") ? config : credentials;
        BRC_FUZZ_CHECK(error.line <= text.count('\n') + 1);
        return 0;
    }
    for (const QString &name : shared->profileNames()) {
        BRC_FUZZ_CHECK(shared->hasProfile(name));
        const brc::Result<AwsProfile> profile = shared->profile(name);
        BRC_FUZZ_CHECK(profile.hasValue());
        BRC_FUZZ_CHECK(profile->name == name);
    }
    return 0;
}
