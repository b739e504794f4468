#!/usr/bin/env python3
"""PyYAML's C loader and dumper on the config BM_ConfigLoad10k measures: load + dump, best of N.

    python3 tests/bench/pyyaml_roundtrip.py [--deployments 10000] [--runs 3] [--write FILE]

The generator below must stay byte-identical to generateConfig() in bench_config.cpp (the
sha256 printed by both tells).
"""
import argparse
import hashlib
import time

import yaml

REGIONS = ["us-east-1", "us-west-2", "eu-central-1", "ap-northeast-1"]


def generate(n):
    out = ["# generated benchmark config: one comment per deployment\nmodel_list:\n"]
    for i in range(n):
        region = REGIONS[i % 4]
        out.append(
            f"  # deployment {i} ({region})\n"
            f"  - model_name: sonnet-{i % 50}\n"
            f"    litellm_params:\n"
            f"      model: bedrock/us.anthropic.claude-3-5-sonnet-20241022-v2:0\n"
            f"      aws_region_name: {region}\n"
            f"      aws_access_key_id: os.environ/AWS_ACCESS_KEY_ID_{i % 7}\n"
            f"      aws_secret_access_key: os.environ/AWS_SECRET_ACCESS_KEY_{i % 7}\n"
            f"      rpm: {100 + i % 900}\n"
            f"    model_info:\n"
            f"      id: dep-{i:05d}\n"
        )
    out.append("router_settings:\n  routing_strategy: simple-shuffle\n  num_retries: 2\n"
               "litellm_settings:\n  drop_params: true\n")
    return "".join(out).encode()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--deployments", type=int, default=10000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--write")
    args = parser.parse_args()
    text = generate(args.deployments)
    if args.write:
        with open(args.write, "wb") as f:
            f.write(text)
    print(f"config: {args.deployments} deployments, {len(text)} bytes, sha256 {hashlib.sha256(text).hexdigest()[:16]}")
    print(f"PyYAML {yaml.__version__}, C loader: {yaml.__with_libyaml__}")
    best = None
    for _ in range(args.runs):
        start = time.perf_counter()
        data = yaml.load(text, Loader=yaml.CSafeLoader)
        loaded = time.perf_counter()
        yaml.dump(data, Dumper=yaml.CSafeDumper, sort_keys=False)
        done = time.perf_counter()
        run = (loaded - start, done - loaded, done - start)
        best = run if best is None or run[2] < best[2] else best
    print(f"PyYAML CSafeLoader load {best[0]*1000:.0f} ms + CSafeDumper dump {best[1]*1000:.0f} ms = {best[2]*1000:.0f} ms (best of {args.runs})")


if __name__ == "__main__":
    main()
