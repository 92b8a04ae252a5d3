"""A server inside STARTTLS's TLS that ends it in the middle of a reply: half a reply
(`250-partial`), then TLS's close_notify with the TCP connection kept open, or a reset.
Found missing in review (REV); no change was needed: the step fails in words naming the
server, within the timeout, one outcome for the message ("may or may not" after the
whole message went). TLS renegotiation cannot be drawn: Python's ssl module has no way to
start one, and TLS 1.3 has none."""
from __future__ import annotations

import io
import socket
import ssl
import struct
import threading

import pytest

from loopback import RawServer, read_command
from smtp_matrix import SCRIPT

from wlinterp.engine import run_source

TIMEOUT = 3.0


def _lines(conn: ssl.SSLSocket, stop: threading.Event):
    """The client's lines inside TLS, until it closes or `stop`."""
    buf = b""
    conn.settimeout(0.2)
    while not stop.is_set():
        while b"\r\n" in buf:
            line, buf = buf.split(b"\r\n", 1)
            yield line
        try:
            data = conn.recv(4096)
        except (TimeoutError, socket.timeout):
            continue
        except (ssl.SSLError, OSError):
            return
        if not data:
            return
        buf += data


def _server(context: ssl.SSLContext, at: bytes, how: str):
    """STARTTLS, then normal replies until the client sends `at` (a verb, or b"." for
    the final dot), answered with half a reply and then `how`: "notify" (close_notify,
    the TCP connection left open) or "reset"."""
    def script(conn: socket.socket, stop: threading.Event) -> None:
        conn.sendall(b"220 raw ESMTP\r\n")
        read_command(conn, stop)
        conn.sendall(b"250-raw\r\n250 STARTTLS\r\n")
        read_command(conn, stop)
        conn.sendall(b"220 go\r\n")
        conn.settimeout(5)
        tls = context.wrap_socket(conn, server_side=True)
        answers = {b"EHLO": b"250-raw\r\n250 AUTH PLAIN\r\n", b"AUTH": b"235 ok\r\n",
                   b"MAIL": b"250 ok\r\n", b"RCPT": b"250 ok\r\n", b"DATA": b"354 go\r\n",
                   b".": b"250 queued\r\n", b"QUIT": b"221 bye\r\n"}
        for line in _lines(tls, stop):
            verb = line if line == b"." else line[:4].upper()
            if verb == at:
                tls.sendall(b"250-partial\r\n")
                if how == "reset":
                    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                    conn.close()
                    return
                try:
                    tls.unwrap()  # close_notify; the TCP connection stays
                except (ssl.SSLError, OSError):
                    pass
                stop.wait(30)
                return
            if verb in answers:
                tls.sendall(answers[verb])
    return script


@pytest.mark.parametrize("at, how, start_fails, words", [
    (b"EHLO", "notify", True, "EHLO after STARTTLS: the server closed the connection."),
    (b"AUTH", "notify", True, "authentication (AUTH PLAIN): the server closed the connection."),
    (b"MAIL", "notify", False, "MAIL FROM: the server closed the connection."),
    (b"MAIL", "reset", False, "MAIL FROM: the server closed the connection."),
    (b".", "notify", False, "end of data (the whole message was sent and no answer to it "
                            "came: the server may or may not have accepted it)"),
])
def test_tls_ended_in_the_middle_of_a_reply_fails_the_step(pki, at, how, start_fails, words):
    ca_file, context = pki
    raw = RawServer(_server(context, at, how))
    source = SCRIPT.format(timeout=f"{TIMEOUT:g} s", host="localhost", port=raw.port,
                           option="emailOptionSecuredTLS")
    out, err = io.StringIO(), io.StringIO()
    try:
        run_source(source, "tls.wl", stdout=out, stderr=err, options={
            "ca_file": ca_file, "smtp_routes": {"localhost": ("127.0.0.1", raw.port)}})
    finally:
        raw.close()
    lines = out.getvalue().splitlines()
    assert err.getvalue() == "", err.getvalue()
    assert "no answer from the server within" not in "\n".join(lines), lines  # not the clock
    assert lines[0] == ("start 0" if start_fails else "send 0 3"), lines
    assert lines[1].startswith(f"SMTP server localhost:{raw.port} (routed to 127.0.0.1:") \
        and words in lines[1], lines
