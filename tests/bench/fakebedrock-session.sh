# Sourced by the benchmark scripts: starts the local Bedrock in a scratch folder ($work) that is
# removed on exit, and points the AWS environment at it (test keys, scratch HOME).
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
work="$(mktemp -d)"
trap '"$here/../fakebedrock/stop.sh" "$work/fake"; rm -rf "$work"' EXIT
"$here/../fakebedrock/start.sh" "$work/fake" >/dev/null
export FAKE_BEDROCK_ENDPOINT="http://127.0.0.1:$(cat "$work/fake/port")"
export AWS_ACCESS_KEY_ID=AKIDEXAMPLE AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY
export HOME="$work" AWS_CONFIG_FILE="$work/config" AWS_SHARED_CREDENTIALS_FILE="$work/credentials"
