#!/usr/bin/env python3
"""Signs requests with botocore's SigV4Auth for tst_sigv4signer's cross-check.

Reads a JSON list of cases on stdin: {method, url, headers{}, body (UTF-8 text), access_key_id,
secret_access_key, session_token|null, region, service, timestamp "YYYYMMDDTHHMMSSZ"}.
Writes a JSON list: {canonical_request, string_to_sign, authorization, headers{}}.
Exit 3 when botocore cannot be imported (the test then skips).
"""
import datetime
import json
import sys

try:
    import botocore.auth
    from botocore.awsrequest import AWSRequest
    from botocore.credentials import Credentials
except ImportError as error:  # pragma: no cover
    print(f"botocore unavailable: {error}", file=sys.stderr)
    sys.exit(3)


class RecordingAuth(botocore.auth.SigV4Auth):
    """SigV4Auth that keeps its intermediate steps."""

    recorded = {}

    def canonical_request(self, request):
        self.recorded["canonical_request"] = super().canonical_request(request)
        return self.recorded["canonical_request"]

    def string_to_sign(self, request, canonical_request):
        self.recorded["string_to_sign"] = super().string_to_sign(request, canonical_request)
        return self.recorded["string_to_sign"]


def sign(case):
    fixed = datetime.datetime.strptime(case["timestamp"], "%Y%m%dT%H%M%SZ")
    botocore.auth.get_current_datetime = lambda *args, **kwargs: fixed
    request = AWSRequest(method=case["method"], url=case["url"], headers=dict(case["headers"]),
                         data=case["body"].encode("utf-8"))
    credentials = Credentials(case["access_key_id"], case["secret_access_key"], case.get("session_token"))
    auth = RecordingAuth(credentials, case["service"], case["region"])
    auth.add_auth(request)
    return {
        "canonical_request": auth.recorded["canonical_request"],
        "string_to_sign": auth.recorded["string_to_sign"],
        "authorization": request.headers["Authorization"],
        "headers": {k: v for k, v in request.headers.items()},
    }


print(json.dumps([sign(case) for case in json.load(sys.stdin)]))
