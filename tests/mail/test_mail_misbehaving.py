"""Servers that do not speak SMTP properly: every case ends in False with a clear
ErrorInfo naming the server and the step, never a hang or a Python error."""
from __future__ import annotations

import socket
import threading

from mail_helpers import USER


def start(w, port: int, *extra: object) -> bool:
    return w("EmailStartSMTPSession", USER, "127.0.0.1", port, *extra)


def _check_failure(w, port: int) -> str:
    ok, message = w.error
    assert ok is True
    assert message.startswith(f"SMTP server 127.0.0.1:{port}, ")
    return message


def test_garbage_greeting(raw_server, wl):
    def http(conn: socket.socket, stop: threading.Event) -> None:
        conn.sendall(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n")
        stop.wait(1)

    server = raw_server(http)
    w = wl()
    w("EmailSetTimeOut", 2)
    assert start(w, server.port) is False
    message = _check_failure(w, server.port)
    assert "did not answer in SMTP" in message and "-1" not in message


def test_close_right_after_accept(raw_server, wl):
    def hang_up(conn: socket.socket, stop: threading.Event) -> None:
        conn.close()

    server = raw_server(hang_up)
    w = wl()
    w("EmailSetTimeOut", 2)
    assert start(w, server.port) is False
    # the close itself is seen (not the 2 s timeout running out): what the message says,
    # whatever the machine's load (a bound on the wall clock flaked under load)
    assert _check_failure(w, server.port).endswith(
        "waiting for the server greeting: the server closed the connection.")


def test_greeting_then_close_on_ehlo(raw_server, wl):
    def greet_then_leave(conn: socket.socket, stop: threading.Event) -> None:
        conn.sendall(b"220 hello\r\n")
        conn.recv(1024)
        conn.close()

    server = raw_server(greet_then_leave)
    w = wl()
    w("EmailSetTimeOut", 2)
    assert start(w, server.port) is False
    assert "EHLO: the server closed the connection" in _check_failure(w, server.port)


def test_plain_server_on_implicit_tls(raw_server, wl):
    """The script asks for implicit TLS, the server talks plain SMTP: the TLS handshake
    fails cleanly and no credential is sent."""
    received: list[bytes] = []

    def plain(conn: socket.socket, stop: threading.Event) -> None:
        conn.sendall(b"220 plain smtp here\r\n")
        conn.settimeout(2)
        try:
            received.append(conn.recv(4096))
        except OSError:
            pass
        stop.wait(0.5)

    server = raw_server(plain)
    w = wl()
    w("EmailSetTimeOut", 2)
    from wlinterp.registry import load_stdlib
    ssl_option = load_stdlib().constants["emailoptionssl"].value
    assert w("EmailStartSMTPSession", USER, "secret", "127.0.0.1", server.port, False,
             ssl_option) is False
    assert "TLS handshake" in _check_failure(w, server.port)
    assert b"secret" not in b"".join(received)


def test_oversized_reply_line(raw_server, wl):
    def flood(conn: socket.socket, stop: threading.Event) -> None:
        try:
            conn.sendall(b"220 " + b"x" * 200_000 + b"\r\n")
        except OSError:
            pass
        stop.wait(1)

    server = raw_server(flood)
    w = wl()
    w("EmailSetTimeOut", 2)
    assert start(w, server.port) is False
    assert "reply line longer than 8192 bytes" in _check_failure(w, server.port)
