#!/usr/bin/env bash
# Compares `bedrock-route health` over N deployments (concurrency 1 and 32) with a boto3 loop
# making the same Converse calls (same model, body, region and credentials; boto3's client made
# once, standard retry mode like ours), both over loopback HTTP against the same local Bedrock.
# It also measures the local Bedrock alone: N pre-signed requests from curl on one keep-alive
# connection and the server's own CPU time, which bound what any client can reach.
# Machines with other work on them give noisy figures: each measure runs ROUNDS times,
# interleaved, and the median is printed with the load average. Prints figures, asserts nothing.
# Usage: health_vs_boto3.sh BEDROCK_ROUTE_BINARY [N=1000] [ROUNDS=5]
set -euo pipefail
bin="$(realpath "$1")"
n="${2:-1000}"
rounds="${3:-5}"
source "$(dirname "$0")/fakebedrock-session.sh"
port="$(cat "$work/fake/port")"
server_pid="$(cat "$work/fake/pid")"
unset AWS_PROFILE AWS_SESSION_TOKEN

{
    echo "model_list:"
    for i in $(seq "$n"); do
        printf '  - model_name: m%d\n    litellm_params:\n      model: bedrock/meta.llama3-8b-instruct-v1:0\n      aws_region_name: us-east-1\n      aws_bedrock_runtime_endpoint: os.environ/FAKE_BEDROCK_ENDPOINT\n' "$i"
    done
} >"$work/config.yaml"

# The boto3 loop: prints the seconds of the N calls (the client is made before the clock starts).
cat >"$work/boto3_loop.py" <<'PY'
import os, sys, time
import boto3
from botocore.config import Config
n = int(sys.argv[1])
client = boto3.client("bedrock-runtime", region_name="us-east-1", endpoint_url=os.environ["FAKE_BEDROCK_ENDPOINT"],
                      config=Config(retries={"mode": "standard", "max_attempts": 3}))
start = time.perf_counter()
ok = 0
for _ in range(n):
    r = client.converse(modelId="meta.llama3-8b-instruct-v1:0", messages=[{"role": "user", "content": [{"text": "ping"}]}],
                        inferenceConfig={"maxTokens": 1})
    ok += r["ResponseMetadata"]["HTTPStatusCode"] == 200
elapsed = time.perf_counter() - start
if ok != n:
    sys.exit(f"boto3: only {ok}/{n} calls succeeded")
print(f"{elapsed:.4f}")
PY

# curl: N requests pre-signed once by botocore (valid for 15 minutes), one keep-alive connection.
python3 - "$port" "$n" >"$work/curl.cfg" <<'PY'
import sys
from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials
port, n = sys.argv[1], int(sys.argv[2])
body = '{"messages":[{"role":"user","content":[{"text":"ping"}]}],"inferenceConfig":{"maxTokens":1}}'
url = f"http://127.0.0.1:{port}/model/meta.llama3-8b-instruct-v1%3A0/converse"
request = AWSRequest(method="POST", url=url, data=body.encode(), headers={"Content-Type": "application/json"})
SigV4Auth(Credentials("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"), "bedrock", "us-east-1").add_auth(request)
block = [f'url = "{url}"', "data-raw = " + '"' + body.replace('"', '\\"') + '"', 'output = "/dev/null"',
         'write-out = "%{http_code}\\n"'] + [f'header = "{k}: {v}"' for k, v in request.headers.items()]
print("\nnext\n".join(["\n".join(block)] * n))
PY

now() { date +%s.%N; }
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
declare -A samples
record() { samples[$1]+="$2 "; }

for round in $(seq "$rounds"); do
    for c in 1 32; do
        start=$(now)
        "$bin" health "$work/config.yaml" --concurrency "$c" --json >"$work/health.json" || true
        end=$(now)
        healthy=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['healthy_count'])" "$work/health.json")
        [ "$healthy" = "$n" ] || { echo "health, concurrency $c: only $healthy/$n healthy" >&2; exit 1; }
        record "health$c" "$(python3 -c "print($end - $start)")"
        record "health$c-calls" "$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['elapsed_ms'] / 1000)" "$work/health.json")"
    done
    start=$(now)
    record boto3-loop "$(python3 "$work/boto3_loop.py" "$n")"
    end=$(now)
    record boto3-process "$(python3 -c "print($end - $start)")"
    t0=$(cpu_ticks "$server_pid")
    start=$(now)
    ok=$(curl -s -K "$work/curl.cfg" | grep -c '^200$' || true)
    end=$(now)
    t1=$(cpu_ticks "$server_pid")
    [ "$ok" = "$n" ] || { echo "curl: only $ok/$n requests succeeded" >&2; exit 1; }
    record curl "$(python3 -c "print($end - $start)")"
    record server-cpu "$(python3 -c "print(($t1 - $t0) / $(getconf CLK_TCK))")"
done

median() { python3 -c "import statistics,sys; print(statistics.median(float(x) for x in sys.argv[1:]))" $1; }
echo "machine: $(nproc) cores, $(uname -m), load average $(cut -d' ' -f1-3 /proc/loadavg); $n calls per measure, median of $rounds rounds"
boto=$(median "${samples[boto3-loop]}")
line() { # label seconds
    python3 -c "import sys; s=float(sys.argv[2]); b=float(sys.argv[3]); n=int(sys.argv[4]); print(f'{sys.argv[1]:<52} {s:7.3f} s  {n/s:7.0f} calls/s  {b/s:5.2f}x the boto3 loop')" "$1" "$2" "$boto" "$n"
}
line "bedrock-route health, concurrency 1 (whole process)" "$(median "${samples[health1]}")"
line "bedrock-route health, concurrency 1 (calls only)" "$(median "${samples[health1-calls]}")"
line "bedrock-route health, concurrency 32 (whole process)" "$(median "${samples[health32]}")"
line "bedrock-route health, concurrency 32 (calls only)" "$(median "${samples[health32-calls]}")"
line "boto3 loop, sequential (calls only)" "$boto"
line "boto3 loop, sequential (with start-up and import)" "$(median "${samples[boto3-process]}")"
line "curl, pre-signed, one keep-alive connection" "$(median "${samples[curl]}")"
python3 -c "import sys; print(f'local Bedrock CPU time per request (curl run): {1000*float(sys.argv[1])/int(sys.argv[2]):.3f} ms')" "$(median "${samples[server-cpu]}")" "$n"
