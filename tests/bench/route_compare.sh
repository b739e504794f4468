#!/bin/bash
# Compares two bedrock-route builds on a corpus, byte for byte, under every region and endpoint
# setting that changes a route (AWS_DEFAULT_REGION stands for the session's region): both LiteLLM
# profiles, with and without --json.
#   tests/bench/route_compare.sh OLD_BINARY NEW_BINARY CORPUS
# Prints one line per setting and exits 1 on any difference (the diffs stay in $OUT).
set -u
old=$1 new=$2 corpus=$3
OUT=${OUT:-$(mktemp -d)}
mkdir -p "$OUT"
home=$(mktemp -d)
settings=(
    "none|"
    "region-us-east-1|--region us-east-1"
    "region-eu-west-3|--region eu-west-3"
    "env-ap-northeast-1|"
    "env-default-region|"
    "endpoint|--endpoint https://vpce-1.bedrock-runtime.us-east-1.vpce.amazonaws.com/"
    "api-base|--api-base http://localhost:4000/base"
    "both|--endpoint https://bedrock-runtime-fips.us-east-1.amazonaws.com --api-base https://proxy.example/x --region eu-west-3"
    "model-id|--model-id arn:aws:bedrock:eu-west-1:123456789012:application-inference-profile/p1"
    "fips|--fips --region us-gov-west-1"
)
status=0
lines=$(wc -l <"$corpus")
for version in 1.81 1.53; do
    for setting in "${settings[@]}"; do
        name=${setting%%|*}
        args=${setting#*|}
        envs=(env -i HOME="$home" AWS_CONFIG_FILE=/dev/null AWS_SHARED_CREDENTIALS_FILE=/dev/null PATH=/usr/bin:/bin)
        if [ "$name" = env-ap-northeast-1 ]; then
            envs+=(AWS_REGION=ap-northeast-1)
        elif [ "$name" = env-default-region ]; then
            envs+=(AWS_DEFAULT_REGION=eu-west-1)
        fi
        for mode in --json ""; do
            tag=$version-$name${mode:+-json}
            # shellcheck disable=SC2086
            "${envs[@]}" "$old" parse --litellm $version $args $mode - <"$corpus" >"$OUT/$tag.old" 2>&1
            # shellcheck disable=SC2086
            "${envs[@]}" "$new" parse --litellm $version $args $mode - <"$corpus" >"$OUT/$tag.new" 2>&1
            if cmp -s "$OUT/$tag.old" "$OUT/$tag.new"; then
                echo "same      $tag ($lines inputs, $(wc -c <"$OUT/$tag.new") bytes)"
            else
                echo "DIFFERENT $tag: diff $OUT/$tag.old $OUT/$tag.new"
                status=1
            fi
        done
    done
done
rm -rf "$home"
exit $status
