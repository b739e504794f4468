#!/usr/bin/env python3
"""Writes the seed corpora of the fuzz targets from the project's test data.

    tests/fuzz/make-seeds.py      (re-run after changing tests/data; seeds are committed)

fuzz_config reads tests/data/litellm-configs and tests/core/config/data directly, so it has no
generated seeds. Each seed is named after what it came from, so a finding traces back to it.
"""
import hashlib
import json
import pathlib
import struct

HERE = pathlib.Path(__file__).resolve().parent
DATA = HERE.parent / "data"


def write(target, name, content):
    folder = HERE / "corpus" / target
    folder.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha1(content).hexdigest()[:12]
    (folder / f"seed-{name}-{digest}").write_bytes(content)


def route_seeds():
    strings = []
    for line in (DATA / "real-config-bedrock-models.txt").read_text().splitlines():
        if line and not line.startswith("#"):
            strings.append(line)
    for line in (DATA / "litellm-routes-1.81.9.jsonl").read_text().splitlines():
        strings.append(json.loads(line)["input"])
    for s in dict.fromkeys(strings):
        write("fuzz_route", "model", s.encode())
    # With a deployment's context: region, runtime endpoint, api_base, model_id, then environment.
    contexts = [
        "bedrock/us.amazon.nova-micro-v1:0\neu-west-1\n\n\n\n\n\n\nus-east-1",
        "bedrock/converse/arn:aws:bedrock:eu-central-1:123456789012:application-inference-profile/abc\n"
        "us-east-1\nhttps://vpce-1.bedrock-runtime.us-east-1.vpce.amazonaws.com\n\n\nus-west-2\nus-west-2\n",
        "bedrock/invoke/anthropic.claude-3-haiku-20240307-v1:0\n\n\nhttp://127.0.0.1:8080\n"
        "arn:aws:bedrock:us-east-1:123456789012:provisioned-model/xyz",
        "fips\nbedrock/anthropic.claude-3-5-sonnet-20240620-v1:0\nus-gov-west-1",
        "bedrock/converse_like/my-model\n\n\nhttps://example.invalid/v1",
    ]
    for c in contexts:
        write("fuzz_route", "context", c.encode())


def eventstream_seeds():
    for path in sorted((DATA / "eventstream").rglob("*.bin")):
        body = path.read_bytes()
        # mode 0: CRCs as in the file, random slices; mode 2: byte by byte; mode 1: CRCs fixed.
        write("fuzz_eventstream", path.stem, b"\x00\x12\x34" + body)
        write("fuzz_eventstream", path.stem + "-bytewise", b"\x02\x00\x01" + body)
        write("fuzz_eventstream", path.stem + "-fixcrc", b"\x01\xab\xcd" + body)


def awsconfig_seeds():
    config = b"""[default]
region = eu-west-1
output = json

[profile work]
role_arn = arn:aws:iam::123456789012:role/ops
source_profile = default
duration_seconds = 3600
s3 =
  max_concurrent_requests = 20
  addressing_style = path

[profile sso]
sso_session = corp
sso_account_id = 123456789012
; comment
# comment
[sso-session corp]
sso_start_url = https://example.invalid/start
"""
    credentials = b"""[default]
aws_access_key_id = AKIDEXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY
aws_session_token = token
  continued

[work]
aws_access_key_id: AKIDWORK
aws_secret_access_key: secret
"""
    write("fuzz_awsconfig", "both", config + b"\0" + credentials)
    write("fuzz_awsconfig", "config-only", config)
    write("fuzz_awsconfig", "crlf-bom", b"\xef\xbb\xbf" + config.replace(b"\n", b"\r\n") + b"\0" + credentials)
    write("fuzz_awsconfig", "credentials-only", b"\0" + credentials)


def error_seeds():
    def case(status, message_type, error_type, retry_after, stream_message, model, region, body):
        head = struct.pack(">HB", status, message_type)
        return head + b"\n".join([error_type, retry_after, stream_message, model, region, body])

    cases = {
        "validation": case(400, 0, b"ValidationException:http://internal.amazon.com/coral/", b"", b"",
                           b"amazon.nova-micro-v1:0", b"eu-west-1",
                           b'{"message":"Invocation of model ID amazon.nova-micro-v1:0 with on-demand throughput '
                           b'isn\'t supported. Retry your request with the ID or ARN of an inference profile."}'),
        "throttling": case(429, 0, b"", b"12", b"", b"", b"us-east-1",
                           b'{"__type":"com.amazonaws.bedrock#ThrottlingException","Message":"Too many requests"}'),
        "access-denied": case(403, 1, b"AccessDeniedException", b"", b"", b"anthropic.claude-v2", b"",
                              b'{"Code":"AccessDeniedException","message":"You don\'t have access"}'),
        "html-502": case(502, 2, b"", b"Wed, 21 Oct 2015 07:28:00 GMT", b"", b"", b"",
                         b"<html><body>Bad Gateway</body></html>"),
        "stream-exception": case(200, 0, b"throttlingException", b"", b"", b"", b"",
                                 b'{"message":"Too many tokens","originalMessage":"rate"}'),
        "stream-error": case(200, 1, b"InternalFailure", b"", b"Internal failure", b"", b"", b""),
        "huge-retry-after": case(503, 0, b"ServiceUnavailableException", b"99999999999999999", b"", b"", b"",
                                 b'{"message":"Service unavailable"}'),
    }
    for name, content in cases.items():
        write("fuzz_error", name, content)


if __name__ == "__main__":
    route_seeds()
    eventstream_seeds()
    awsconfig_seeds()
    error_seeds()
