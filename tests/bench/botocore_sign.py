#!/usr/bin/env python3
"""botocore's SigV4Auth on the request BM_SignRequest signs, for comparison.

Usage: python3 tests/bench/botocore_sign.py [SECONDS]   (prints requests signed per second)
"""
import sys
import time

from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials

URL = "https://bedrock-runtime.us-east-1.amazonaws.com/model/us.anthropic.claude-3-haiku-20240307-v1%3A0/converse"
BODY = b'{"messages":[{"role":"user","content":[{"text":"Hello"}]}],"inferenceConfig":{"maxTokens":16}}'
HEADERS = {"Content-Type": "application/json", "Accept": "application/json"}


def main():
    seconds = float(sys.argv[1]) if len(sys.argv) > 1 else 3.0
    auth = SigV4Auth(Credentials("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"),
                     "bedrock", "us-east-1")
    count = 0
    cpu_start = time.process_time()
    start = time.perf_counter()
    deadline = start + seconds
    while time.perf_counter() < deadline:
        for _ in range(200):
            # A fresh request each time, as a real client builds one per call.
            auth.add_auth(AWSRequest(method="POST", url=URL, headers=dict(HEADERS), data=BODY))
        count += 200
    elapsed = time.perf_counter() - start
    cpu = time.process_time() - cpu_start
    # Google Benchmark's items_per_second is per CPU second: compare like with like.
    print(f"botocore SigV4Auth.add_auth: {count / cpu:,.0f} requests per CPU second, "
          f"{count / elapsed:,.0f} per wall second ({count} in {elapsed:.2f} s)")


if __name__ == "__main__":
    main()
