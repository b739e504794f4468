#!/usr/bin/env python3
"""An independent Bedrock Runtime stand-in: every request's SigV4 signature is recomputed with
botocore's own SigV4Auth (the signer boto3 uses) from what arrived on the wire, and compared.
It answers Converse and InvokeModel with minimal, well-formed bodies; the reply text names the
model id it decoded from the path, so a test sees that percent-encoded ids arrived intact.

Usage: server.py [--host 127.0.0.1] [--port 0] [--port-file FILE]
                 [--tls-cert PEM --tls-key PEM] [--session-token TOKEN]
  Prints "PORT=<n>" once listening and writes the number to FILE when given.
  --session-token: a request that carries an x-amz-security-token must carry exactly this one
  (requests signed with long-term keys carry none).

Credentials it accepts (test keys, never real ones):
  access key AKIDEXAMPLE, secret wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY.
Failures answer as Bedrock does: 403 with x-amzn-ErrorType UnrecognizedClientException or
InvalidSignatureException and a JSON {"message": ...} body.
"""
import argparse
import datetime
import hashlib
import hmac
import json
import re
import ssl
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import unquote

from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials

from serving import serve

ACCESS_KEY = "AKIDEXAMPLE"
SECRET_KEY = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"
AUTH_RE = re.compile(
    r"^AWS4-HMAC-SHA256 Credential=([^/]+)/(\d{8})/([^/]+)/([^/]+)/aws4_request, ?"
    r"SignedHeaders=([^,]+), ?Signature=([0-9a-f]{64})$"
)
PATH_RE = re.compile(r"^/model/(.+)/(converse|invoke)$")


class SignedHeadersOnly(SigV4Auth):
    """botocore's signer, restricted to the headers the client listed in SignedHeaders."""

    def __init__(self, credentials, service, region, signed_names):
        super().__init__(credentials, service, region)
        self._signed_names = signed_names

    def headers_to_sign(self, request):
        chosen = super().headers_to_sign(request)
        for name in list(chosen.keys()):
            if name not in self._signed_names:
                del chosen[name]
        return chosen


def verify(method, url, headers, body, session_token):
    """None when the request is authentic, else (error type, message)."""
    auth = headers.get("Authorization", "")
    match = AUTH_RE.match(auth)
    if not match:
        return ("UnrecognizedClientException", "Missing or malformed Authorization header")
    access_key, short_date, region, service, signed, signature = match.groups()
    if access_key != ACCESS_KEY:
        return ("UnrecognizedClientException", "The security token included in the request is invalid.")
    if service != "bedrock":
        return ("InvalidSignatureException", "Credential should be scoped to correct service: 'bedrock'.")
    amz_date = headers.get("X-Amz-Date", "")
    try:
        when = datetime.datetime.strptime(amz_date, "%Y%m%dT%H%M%SZ").replace(tzinfo=datetime.timezone.utc)
    except ValueError:
        return ("InvalidSignatureException", "X-Amz-Date is missing or not ISO-8601 basic format")
    if not amz_date.startswith(short_date):
        return ("InvalidSignatureException", "Date in Credential scope does not match X-Amz-Date")
    if abs((datetime.datetime.now(datetime.timezone.utc) - when).total_seconds()) > 15 * 60:
        return ("InvalidSignatureException", "Signature expired: more than 15 minutes from the server time.")
    names = signed.split(";")
    for required in ("host", "x-amz-date"):
        if required not in names:
            return ("InvalidSignatureException", f"'{required}' must be a signed header")
    token = headers.get("X-Amz-Security-Token")
    if token is not None and "x-amz-security-token" not in names:
        return ("InvalidSignatureException", "x-amz-security-token is sent but not signed")
    if session_token is not None and token is not None and token != session_token:
        return ("UnrecognizedClientException", "The security token included in the request is invalid.")
    declared = headers.get("X-Amz-Content-SHA256")
    if declared is not None and declared != hashlib.sha256(body).hexdigest():
        return ("InvalidSignatureException", "x-amz-content-sha256 does not match the body")
    signed_headers = {}
    for name in names:
        values = headers.get_all(name)
        if values is None:
            return ("InvalidSignatureException", f"Signed header '{name}' is missing from the request.")
        signed_headers[name] = ",".join(values)
    request = AWSRequest(method=method, url=url, headers=signed_headers, data=body)
    request.context["timestamp"] = amz_date
    signer = SignedHeadersOnly(Credentials(ACCESS_KEY, SECRET_KEY, token), service, region, set(names))
    canonical = signer.canonical_request(request)
    expected = signer.signature(signer.string_to_sign(request, canonical), request)
    if not hmac.compare_digest(expected, signature):
        return (
            "InvalidSignatureException",
            "The request signature we calculated does not match the signature you provided. "
            "Check your AWS Secret Access Key and signing method.",
        )
    return None


def converse_body(model_id):
    return {
        "output": {"message": {"role": "assistant", "content": [{"text": f"botocore verified {model_id}"}]}},
        "stopReason": "end_turn",
        "usage": {"inputTokens": 3, "outputTokens": 4, "totalTokens": 7},
        "metrics": {"latencyMs": 1},
    }


def invoke_body(model_id):
    text = f"botocore verified {model_id}"
    lower = model_id.lower()
    if "anthropic" in lower:
        return {
            "id": "msg_standin",
            "type": "message",
            "role": "assistant",
            "model": model_id,
            "content": [{"type": "text", "text": text}],
            "stop_reason": "end_turn",
            "usage": {"input_tokens": 3, "output_tokens": 4},
        }
    if "nova" in lower:
        return {
            "output": {"message": {"role": "assistant", "content": [{"text": text}]}},
            "stopReason": "end_turn",
            "usage": {"inputTokens": 3, "outputTokens": 4, "totalTokens": 7},
        }
    return {"generation": text, "prompt_token_count": 3, "generation_token_count": 4, "stop_reason": "stop"}


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    session_token = None
    scheme = "http"

    def log_message(self, format, *args):  # noqa: A002 - the base class's name
        sys.stderr.write("%s %s\n" % (self.requestline, args[1] if len(args) > 1 else ""))

    def answer(self, status, document, error_type=None):
        payload = json.dumps(document).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.send_header("x-amzn-RequestId", "botocore-standin")
        if error_type:
            self.send_header("x-amzn-ErrorType", f"{error_type}:http://internal.amazon.com/coral/com.amazon.bedrock/")
        self.end_headers()
        self.wfile.write(payload)

    def do_POST(self):  # noqa: N802 - http.server's name
        length = int(self.headers.get("Content-Length", "0"))
        body = self.rfile.read(length) if length > 0 else b""
        host = self.headers.get("Host", "")
        failure = verify("POST", f"{self.scheme}://{host}{self.path}", self.headers, body, self.session_token)
        if failure:
            self.answer(403, {"message": failure[1]}, failure[0])
            return
        match = PATH_RE.match(self.path)
        if not match:
            self.answer(404, {"message": f"Unknown operation {self.path}"}, "UnknownOperationException")
            return
        model_id = unquote(match.group(1))
        try:
            json.loads(body or b"{}")
        except ValueError:
            self.answer(400, {"message": "The request body is not JSON"}, "ValidationException")
            return
        document = converse_body(model_id) if match.group(2) == "converse" else invoke_body(model_id)
        self.answer(200, document)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--port-file")
    parser.add_argument("--tls-cert")
    parser.add_argument("--tls-key")
    parser.add_argument("--session-token")
    args = parser.parse_args()
    Handler.session_token = args.session_token
    server = ThreadingHTTPServer((args.host, args.port), Handler)
    server.daemon_threads = True
    if args.tls_cert:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(args.tls_cert, args.tls_key)
        server.socket = context.wrap_socket(server.socket, server_side=True)
        Handler.scheme = "https"
    serve(server, args.port_file)


if __name__ == "__main__":
    main()
