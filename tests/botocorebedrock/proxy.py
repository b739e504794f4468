#!/usr/bin/env python3
"""A tiny forward proxy for the transport tests: HTTP CONNECT tunnels (what clients use for
https through HTTPS_PROXY) and absolute-form plain HTTP requests. Every request it receives is
printed as one line, "PROXIED <METHOD> <TARGET>", so a test counts what went through it.

Usage: proxy.py [--port 0] [--port-file FILE] [--upstream HOST:PORT]
  --upstream: connect every tunnel to HOST:PORT whatever the client asked for, so a test can
  name a public AWS host without any traffic leaving the machine.
"""
import argparse
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

from serving import serve


def pipe(source, sink):
    try:
        while True:
            data = source.recv(65536)
            if not data:
                break
            sink.sendall(data)
    except OSError:
        pass
    finally:
        try:
            sink.shutdown(socket.SHUT_WR)
        except OSError:
            pass


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    upstream = None

    def log_message(self, format, *args):  # noqa: A002 - the base class's name
        pass

    def destination(self, host, port):
        return self.upstream if self.upstream else (host, port)

    def do_CONNECT(self):  # noqa: N802 - http.server's name
        print(f"PROXIED CONNECT {self.path}", flush=True)
        host, _, port = self.path.rpartition(":")
        try:
            remote = socket.create_connection(self.destination(host, int(port)), timeout=10)
        except OSError as error:
            self.send_error(502, str(error))
            return
        self.send_response(200, "Connection established")
        self.end_headers()
        self.wfile.flush()
        remote.settimeout(None)
        back = threading.Thread(target=pipe, args=(remote, self.connection), daemon=True)
        back.start()
        pipe(self.connection, remote)
        back.join()
        remote.close()
        self.close_connection = True

    def forward(self):
        print(f"PROXIED {self.command} {self.path}", flush=True)
        target = urlsplit(self.path)
        length = int(self.headers.get("Content-Length", "0"))
        body = self.rfile.read(length) if length > 0 else b""
        try:
            remote = socket.create_connection(self.destination(target.hostname, target.port or 80), timeout=10)
        except OSError as error:
            self.send_error(502, str(error))
            return
        path = target.path + (f"?{target.query}" if target.query else "")
        head = [f"{self.command} {path} HTTP/1.1"]
        head += [f"{k}: {v}" for k, v in self.headers.items() if k.lower() not in ("proxy-connection", "connection")]
        head.append("Connection: close")
        remote.sendall(("\r\n".join(head) + "\r\n\r\n").encode("latin-1") + body)
        answer = b""
        while True:
            data = remote.recv(65536)
            if not data:
                break
            answer += data
        remote.close()
        self.wfile.write(answer)
        self.close_connection = True

    do_GET = do_POST = forward  # noqa: N815


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--port-file")
    parser.add_argument("--upstream")
    args = parser.parse_args()
    if args.upstream:
        host, _, port = args.upstream.rpartition(":")
        Handler.upstream = (host, int(port))
    server = ThreadingHTTPServer(("127.0.0.1", args.port), Handler)
    server.daemon_threads = True
    serve(server, args.port_file)


if __name__ == "__main__":
    main()
