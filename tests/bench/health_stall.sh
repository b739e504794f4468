#!/usr/bin/env bash
# The console's responsiveness during a large health run: bedrock-console opens a config of N
# deployments on the local Bedrock, runs the health check at concurrency C, and prints the
# longest event-loop stall (max_stall_ms) and the 99th percentile. Prints figures; asserts
# nothing. Usage: health_stall.sh BEDROCK_CONSOLE_BINARY [N=1000] [C=32]
set -euo pipefail
bin="$(realpath "$1")"
n="${2:-1000}"
c="${3:-32}"
source "$(dirname "$0")/fakebedrock-session.sh"
export XDG_CONFIG_HOME="$work/.config" XDG_RUNTIME_DIR="$work" QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"

models=(bedrock/us.amazon.nova-micro-v1:0 bedrock/anthropic.claude-3-haiku-20240307-v1:0
    bedrock/invoke/us.meta.llama3-2-1b-instruct-v1:0 bedrock/converse/mistral.mistral-large-2402-v1:0)
{
    echo "model_list:"
    for i in $(seq "$n"); do
        printf '  - model_name: m%d\n    litellm_params:\n      model: %s\n      aws_region_name: us-east-1\n      aws_bedrock_runtime_endpoint: os.environ/FAKE_BEDROCK_ENDPOINT\n' \
            "$i" "${models[$((i % 4))]}"
    done
} >"$work/config.yaml"

echo "bedrock-console health check: $n deployments, concurrency $c, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
"$bin" --measure-health-stall "$work/config.yaml" --concurrency "$c"
