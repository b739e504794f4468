#!/usr/bin/env python3
"""Writes a model-string corpus for comparing two bedrock-route builds byte for byte.

    tests/bench/route_corpus.py > corpus.txt
    tests/bench/route_compare.sh OLD_BINARY NEW_BINARY corpus.txt

The corpus: every `model:` value of tests/data/litellm-configs, every input of
tests/data/litellm-routes-1.81.9.jsonl, and random combinations (seeded, so the same corpus
every run) of route words, specs, geo prefixes, region paths, ARNs of every resource type, odd
case, whitespace, percent signs, colons, non-ASCII and control characters. One string a line.
"""
import json
import pathlib
import random
import re
import sys

DATA = pathlib.Path(__file__).resolve().parent.parent / "data"


def config_models():
    for path in sorted(p for p in (DATA / "litellm-configs").rglob("*") if p.is_file()):
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            m = re.match(r"\s*-?\s*model:\s*(.*?)\s*$", line)
            if m and m.group(1):
                yield m.group(1).strip("'\"")


def jsonl_inputs():
    for line in (DATA / "litellm-routes-1.81.9.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            yield json.loads(line)["input"]


ROUTES = ["converse/", "invoke/", "converse_like/", "openai/", "agent/", "agentcore/", "async_invoke/", ""]
SPECS = ["llama/", "deepseek_r1/", "qwen2/", "qwen3/", "openai/", "nova/", "nova-2/", "moonshot/", "stability/",
         "anthropic/", "mistral/", "meta/", "amazon/", "cohere/", "ai21/", "twelvelabs/", ""]
GEOS = ["us.", "eu.", "apac.", "jp.", "au.", "us-gov.", "global.", "ca.", "xx.", "US.", "Eu.", ""]
REGIONS = ["us-east-1", "us-west-2", "eu-west-3", "eu-central-1", "ap-northeast-1", "ap-southeast-2",
           "us-gov-west-1", "cn-north-1", "ca-central-1", "me-central-1", "xx-nowhere-1", "US-EAST-1"]
MODELS = [
    "anthropic.claude-3-5-sonnet-20241022-v2:0", "anthropic.claude-3-haiku-20240307-v1:0", "anthropic.claude-v2",
    "anthropic.claude-v2:1", "anthropic.claude-instant-v1", "anthropic.claude-sonnet-4-20250514-v1:0",
    "anthropic.claude-opus-4-5-20251101-v1:0", "amazon.nova-micro-v1:0", "amazon.nova-pro-v1:0:300k",
    "amazon.titan-text-express-v1", "amazon.nova-2-lite-v1:0", "meta.llama3-2-11b-instruct-v1:0",
    "meta.llama3-70b-instruct-v1:0", "meta.llama4-scout-17b-instruct-v1:0", "mistral.mistral-large-2407-v1:0",
    "mistral.pixtral-large-2502-v1:0", "cohere.command-r-plus-v1:0", "ai21.jamba-1-5-large-v1:0",
    "deepseek.r1-v1:0", "deepseek.v3-v1:0", "qwen.qwen3-235b-a22b-2507-v1:0", "openai.gpt-oss-120b-1:0",
    "writer.palmyra-x5-v1:0", "moonshot.kimi-k2-thinking", "twelvelabs.pegasus-1-2-v1:0",
    "stability.sd3-5-large-v1:0", "anthropic.claude-3-7-sonnet-20250219-v1:0[1m]", "my-model",
    "nova-custom", "model:with:colons", "100%-model", "model%3Aencoded", "arnold.model-v1", "x",
]
ARN_TYPES = ["foundation-model/anthropic.claude-3-haiku-20240307-v1:0", "inference-profile/us.amazon.nova-pro-v1:0",
             "application-inference-profile/abc123def", "provisioned-model/pm-1", "imported-model/im-xyz",
             "custom-model/amazon.titan-text-express-v1:0:8k/cm1", "custom-model-deployment/cmd1",
             "prompt/P1:1", "default-prompt-router/anthropic.claude:1", "prompt-router/r1", "runtime/agent-rt-1",
             "unknown-type/zzz", ""]
ODD = ["\u00e9", "\u4e2d", "\U0001F600", "\u200b", "\ufeff", "\x01", "\x7f", "\u0085", " ", "\t", "%", ":", "%2F",
       "//", "/", "..", "*", "\ufffd", "\ud800"]


def arn(rng):
    partition = rng.choice(["aws", "aws-us-gov", "aws-cn", "AWS", ""])
    service = rng.choice(["bedrock", "sagemaker", "bedrock-agentcore", "s3"])
    region = rng.choice(REGIONS + ["", "Eu-West-1"])
    account = rng.choice(["123456789012", "111122223333", ""])
    resource = rng.choice(ARN_TYPES + ["endpoint/jumpstart-1"])
    text = f"arn:{partition}:{service}:{region}:{account}:{resource}"
    if rng.random() < 0.1:
        text = text[: rng.randrange(len(text) + 1)]
    return text


def mutate(rng, text):
    chars = list(text)
    for _ in range(rng.randrange(1, 4)):
        op = rng.random()
        pos = rng.randrange(len(chars) + 1)
        if op < 0.4:
            chars.insert(pos, rng.choice(ODD))
        elif op < 0.7 and chars:
            chars[min(pos, len(chars) - 1)] = chars[min(pos, len(chars) - 1)].upper()
        elif chars:
            del chars[min(pos, len(chars) - 1)]
    return "".join(chars)


def random_string(rng):
    parts = []
    if rng.random() < 0.85:
        parts.append(rng.choice(["bedrock/", "bedrock/", "bedrock/", "Bedrock/", " bedrock/", "BEDROCK/", "bedrock"]))
    for _ in range(rng.choice([0, 1, 1, 1, 2])):
        parts.append(rng.choice(ROUTES))
    if rng.random() < 0.3:
        parts.append(rng.choice(SPECS))
    if rng.random() < 0.2:
        parts.append(rng.choice(REGIONS) + "/")
    if rng.random() < 0.25:
        parts.append(arn(rng))
    else:
        parts.append(rng.choice(GEOS) + rng.choice(MODELS))
    if rng.random() < 0.1:
        parts.insert(rng.randrange(len(parts) + 1), rng.choice(ROUTES + SPECS))
    text = "".join(parts)
    if rng.random() < 0.2:
        text = mutate(rng, text)
    if rng.random() < 0.05:
        text = text + rng.choice([" ", "\t", "  "])
    return text


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 3000
    rng = random.Random(20261130)
    lines = list(config_models()) + list(jsonl_inputs())
    lines += [random_string(rng) for _ in range(count)]
    lines += ["", "bedrock/", "bedrock", "bedrock/us", "bedrock/*", "bedrock/us.anthropic.*", "a" * 3000,
              "bedrock/" + "x" * 2100]
    out = sys.stdout.buffer
    for line in lines:
        # One string a line: line breaks inside a string cannot be fed through stdin.
        clean = line.replace("\r", "").replace("\n", "")
        out.write(clean.encode("utf-8", errors="surrogatepass") + b"\n")


if __name__ == "__main__":
    main()
