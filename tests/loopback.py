"""A raw loopback socket server for tests (shared by tests/mail and tests/hardening).

aiosmtpd cannot misbehave at the byte level (stalls, endless or garbage replies); this
server hands each accepted connection to a plain function `script(conn, stop)`, on
127.0.0.1 only (or ::1, when asked). `stop` is set by `close()`, so every wait a script
does can be bounded.
"""
from __future__ import annotations

import base64
import hashlib
import socket
import sys
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import ssl
    from pathlib import Path

Script = Callable[[socket.socket, threading.Event], None]


HANDLERS_WAIT = 1.0
"""Seconds RawServer.close() gives its clients' scripts, all together, to end."""


class RawServer:
    """A loopback socket server running `script(conn, stop)` for each client, in a thread."""

    def __init__(self, script: Script, address: str = "127.0.0.1") -> None:
        self.sock = socket.socket(socket.AF_INET6 if ":" in address else socket.AF_INET)
        self.sock.bind((address, 0))
        self.sock.listen(8)
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.stop = threading.Event()
        self.script = script
        self.connections = 0
        self.handlers: list[threading.Thread] = []
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while not self.stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            if self.stop.is_set():  # close()'s own wake-up call
                conn.close()
                break
            self.connections += 1
            # each answer goes out at once: with Nagle's algorithm a reply written in two
            # pieces waited for the client's delayed acknowledgement (some 40 ms a step)
            conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            handler = threading.Thread(target=self._run, args=(conn,), daemon=True)
            self.handlers.append(handler)
            handler.start()

    def _run(self, conn: socket.socket) -> None:
        with conn:
            try:
                self.script(conn, self.stop)
            except OSError:
                pass  # the client went away: several tests provoke exactly that

    def close(self) -> None:
        """Stop serving: a connection of its own wakes the accepting thread at once
        (its accept's timeout, 0.2 s, is only the fallback: it cost every test that much),
        then the scripts still running get a moment to end (HANDLERS_WAIT in all): a test
        reading what a script recorded after the client's last words (a WebSocket's
        closing frame) read it before the script had, now and then, once close() stopped
        waiting for the accept's timeout."""
        self.stop.set()
        try:
            socket.create_connection(self.sock.getsockname()[:2], timeout=1).close()
        except OSError:
            pass  # the fallback wakes it
        self.thread.join(2)
        self.sock.close()
        deadline = time.monotonic() + HANDLERS_WAIT
        for handler in self.handlers:
            handler.join(max(0.0, deadline - time.monotonic()))


def read_command(conn: socket.socket, stop: threading.Event, limit: int = 1 << 16) -> bytes:
    """One line sent by the client, b"" when it closed or `stop` was set (never blocks long)."""
    conn.settimeout(0.1)
    data = b""
    while not stop.is_set() and len(data) < limit:
        try:
            byte = conn.recv(1)
        except TimeoutError:
            continue
        if not byte:
            return b""
        data += byte
        if data.endswith(b"\n"):
            return data
    return b""


class QuietHandler(BaseHTTPRequestHandler):
    """A test server's handler: no log line per request on the test's output."""

    def log_message(self, *args: object) -> None:
        pass

    def answer(self, body: bytes, content_type: str = "text/plain", code: int = 200) -> None:
        """A whole answer: status, Content-Type, Content-Length and the body."""
        self.send_response(code)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class QuietHTTPServer(ThreadingHTTPServer):
    """A threading HTTP server that says nothing when a client goes away while it answers
    (a client refusing a 5 MB answer closes the connection under the server's writing:
    socketserver printed the ConnectionResetError's traceback on the test run's output).
    Any other error of a handler is printed as before."""

    def handle_error(self, request: Any, client_address: Any) -> None:
        if isinstance(sys.exc_info()[1], ConnectionError):  # reset, broken pipe, aborted
            return
        super().handle_error(request, client_address)


def serve_http(handler: type[BaseHTTPRequestHandler]) -> Iterator[int]:
    """A threading HTTP server on 127.0.0.1 answering with `handler`: yields its port
    (a fixture's body: `yield from serve_http(Handler)`), then stops it. It looks for
    its stop every 0.05 s (serve_forever's 0.5 s made each test's end wait 0.5 s)."""
    server = QuietHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield server.server_address[1]
    finally:
        server.shutdown()
        server.server_close()


def make_authority(folder: Path, host: str) -> tuple[str, ssl.SSLContext]:
    """A test certificate authority written to `folder` (its file, for --ca-file) and a
    server context with a certificate it issued for `host`."""
    import ssl

    import trustme
    ca = trustme.CA()
    path = folder / "ca.pem"
    ca.cert_pem.write_to_path(str(path))
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert(host).configure_cert(context)
    return str(path), context


def until_gone(conn: socket.socket, said: list[str], heard: str) -> None:
    """A server silent after a goodbye: record `heard` (the goodbye the client sent), say
    nothing, and record "gone" once the client hangs up (10 s at most)."""
    said.append(heard)
    conn.settimeout(10)
    try:
        while conn.recv(4096):
            pass
    except OSError:
        return
    said.append("gone")


def silent_after_quit(said: list[str], heard: str = "QUIT") -> Script:
    """A server answering every command, SMTP's and FTP's alike (a 220 greeting, 331 to
    USER, 250 to the rest), hearing QUIT and never answering it: `heard` then "gone" once
    the client hangs up (`until_gone`)."""
    def script(conn: socket.socket, stop: threading.Event) -> None:
        conn.sendall(b"220 raw.test ready\r\n")
        while (line := read_command(conn, stop)):
            verb = line.split()[0].upper() if line.split() else b""
            if verb == b"QUIT":
                return until_gone(conn, said, heard)
            conn.sendall(b"331 password\r\n" if verb == b"USER" else b"250 ok\r\n")
    return script


def heard(said: list[str], count: int) -> list[str]:
    """`said` once the servers' threads recorded `count` events (5 s at most): they hear
    a connection go a moment after the client closed it."""
    for _ in range(50):
        if len(said) >= count:
            break
        threading.Event().wait(0.1)
    return said


def traced_against(script: Script, code: str) -> list[str]:
    """`code` run in process against a RawServer running `script` (`{port}` in the code
    is its port): the lines the program traced (wl_test_helpers.run_lines)."""
    from wl_test_helpers import run_lines
    server = RawServer(script)
    try:
        return run_lines(code.replace("{port}", str(server.port)))
    finally:
        server.close()


def websocket_accepted(conn: socket.socket) -> bytes:
    """Read a client's WebSocket opening handshake on `conn`: the 101 answer accepting it
    (RFC 6455 4.2.2), its final empty line left for the caller to send (or not)."""
    head = b""
    while b"\r\n\r\n" not in head:
        piece = conn.recv(4096)
        if not piece:
            raise ConnectionError("closed")
        head += piece
    key = next(line.split(b":", 1)[1].strip() for line in head.split(b"\r\n")
               if line.lower().startswith(b"sec-websocket-key:"))
    accept = base64.b64encode(hashlib.sha1(key + b"258EAFA5-E914-47DA-95CA-C5AB0DC85B11")
                              .digest())
    return (b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
            b"Connection: Upgrade\r\nSec-WebSocket-Accept: " + accept + b"\r\n")
