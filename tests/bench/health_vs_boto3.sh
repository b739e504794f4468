#!/usr/bin/env bash
# Compares `bedrock-route health` over N deployments (concurrency 1 and 32) with a boto3 loop
# making the same Converse calls, all against the local Bedrock on loopback. Prints figures;
# asserts nothing. Usage: health_vs_boto3.sh BEDROCK_ROUTE_BINARY [N=1000]
set -euo pipefail
bin="$(realpath "$1")"
n="${2:-1000}"
source "$(dirname "$0")/fakebedrock-session.sh"

{
    echo "model_list:"
    for i in $(seq "$n"); do
        printf '  - model_name: m%d\n    litellm_params:\n      model: bedrock/meta.llama3-8b-instruct-v1:0\n      aws_region_name: us-east-1\n      aws_bedrock_runtime_endpoint: os.environ/FAKE_BEDROCK_ENDPOINT\n' "$i"
    done
} >"$work/config.yaml"

seconds() { python3 -c 'import sys,time; print(f"{time.time():.3f}")'; }
for c in 1 32; do
    start=$(seconds)
    "$bin" health "$work/config.yaml" --concurrency "$c" --json >"$work/health-$c.json" || true
    end=$(seconds)
    healthy=$(python3 -c "import json;print(json.load(open('$work/health-$c.json'))['healthy_count'])")
    python3 -c "print(f'bedrock-route health, concurrency $c: $healthy/$n healthy in {($end-$start):.2f} s ({$n/($end-$start):.0f} calls/s)')"
done

python3 - "$n" <<'PY'
import sys, time, os
import boto3
from botocore.config import Config
n = int(sys.argv[1])
client = boto3.client("bedrock-runtime", region_name="us-east-1", endpoint_url=os.environ["FAKE_BEDROCK_ENDPOINT"],
                      config=Config(retries={"mode": "standard", "max_attempts": 3}))
start = time.time()
ok = 0
for _ in range(n):
    r = client.converse(modelId="meta.llama3-8b-instruct-v1:0", messages=[{"role": "user", "content": [{"text": "ping"}]}],
                        inferenceConfig={"maxTokens": 1})
    ok += r["ResponseMetadata"]["HTTPStatusCode"] == 200
elapsed = time.time() - start
print(f"boto3 loop (sequential): {ok}/{n} ok in {elapsed:.2f} s ({n/elapsed:.0f} calls/s)")
PY
