"""POP3 and IMAP sessions over TLS whose TLS goes wrong (NET, 6-7 Dec 2026 night), against
raw servers on 127.0.0.1: a server speaking plain POP3 or IMAP on the implicit TLS port (the
handshake fails), and one whose certificate names another host (the run's --ca-file trusts
its CA). Each start is False with ErrorOccurred and ErrorInfo in words, the words SMTP,
FTP and HTTPS use; the failed handshake said OpenSSL's own "[SSL: WRONG_VERSION_NUMBER]
wrong version number (_ssl.c:1006)". Nothing waits past the timeout (0.5 s here: the
servers stay 5 s; a loopback server that never answers proves the same with any timeout,
and each of the eight silent cases waits it out once). English and French."""
from __future__ import annotations

import io
import socket
import ssl
import threading
import time
from pathlib import Path

import pytest

from loopback import RawServer, make_authority
from wlinterp.engine import run_source

EN = """EmailSetTimeOut(0.5)
Trace(EmailStart{protocol}Session("u", "p", "localhost", {port}, optionSSL), ErrorOccurred)
Trace(ErrorInfo(errMessage))
"""
FR = """EmailChangeTimeOut(0.5)
Trace(EmailOuvreSession{protocol}("u", "p", "localhost", {port}, optionSSL), ErreurDétectée)
Trace(ErreurInfo(errMessage))
"""
GREETINGS = {"POP3": b"+OK ready\r\n", "IMAP": b"* OK IMAP4rev1 ready\r\n"}


def _greeting(protocol: str, tls: ssl.SSLContext | None):
    """A server greeting in `protocol`, in TLS with `tls`, in clear without it, then
    silent until the client goes."""
    def script(conn: socket.socket, stop: threading.Event) -> None:
        if tls is not None:
            try:
                conn = tls.wrap_socket(conn, server_side=True)
            except (ssl.SSLError, OSError):  # the client refused the certificate
                return
        conn.sendall(GREETINGS[protocol])
        stop.wait(5)
    return script


def _run(code: str, protocol: str, tls: ssl.SSLContext | None, ca_file: str) -> list[str]:
    server = RawServer(_greeting(protocol, tls))
    out, err = io.StringIO(), io.StringIO()
    try:
        run_source(code.format(protocol=protocol, port=server.port), "tls.wl", stdout=out,
                   stderr=err, options={"ca_file": ca_file})
    finally:
        server.close()
    assert err.getvalue() == ""
    return [line.replace(str(server.port), "PORT") for line in out.getvalue().splitlines()]


CASES = {
    "plain server": ("", "TLS error: the server did not answer in TLS (WRONG_VERSION_NUMBER)."),
    "another name": ("other.example.test", "the server's certificate was refused (Hostname "
                     "mismatch, certificate is not valid for 'localhost'.)."),
}


@pytest.mark.parametrize("case", list(CASES))
@pytest.mark.parametrize("protocol", ["POP3", "IMAP"])
@pytest.mark.parametrize("code", [EN, FR], ids=["en", "fr"])
def test_a_failed_tls_start_is_said_in_words(tmp_path: Path, code: str, protocol: str,
                                             case: str) -> None:
    """A plain server on the TLS port (no TLS made: the handshake fails), or a certificate
    issued for another name than the one the script wrote."""
    name, words = CASES[case]
    ca_file, tls = make_authority(tmp_path, name or "localhost")
    assert _run(code, protocol, tls if name else None, ca_file) == [
        "0, 1", f"{protocol} server localhost:PORT, connection (TLS): {words}"]


def _silent(conn: socket.socket, stop: threading.Event) -> None:
    """A server that takes the connection and never says a word (no TLS, no greeting)."""
    stop.wait(5)


def _clear_then_silent(conn: socket.socket, stop: threading.Event) -> None:
    """A server whose clear-text answer is shorter than a TLS record's header (4 bytes),
    then silence: the handshake still waits for the rest of that header."""
    conn.sendall(b"+OK ")
    stop.wait(5)


@pytest.mark.parametrize("script", [_silent, _clear_then_silent], ids=["silent", "short"])
@pytest.mark.parametrize("protocol", ["POP3", "IMAP"])
@pytest.mark.parametrize("code", [EN, FR], ids=["en", "fr"])
def test_a_tls_start_on_a_silent_server_ends_at_the_timeout(tmp_path: Path, code: str,
                                                            protocol: str, script) -> None:
    """A server that accepts and then says nothing in TLS: the handshake waits no longer
    than EmailSetTimeOut (0.5 s here; the server stays 5 s), then the start is False with
    the timeout named, as SMTP names it."""
    ca_file, _ = make_authority(tmp_path, "localhost")
    server = RawServer(script)
    out, err = io.StringIO(), io.StringIO()
    began = time.monotonic()
    try:
        run_source(code.format(protocol=protocol, port=server.port), "tls.wl", stdout=out,
                   stderr=err, options={"ca_file": ca_file})
    finally:
        server.close()
    assert time.monotonic() - began < 4.5  # (the server's 5 s never awaited)
    assert err.getvalue() == ""
    assert out.getvalue().replace(str(server.port), "PORT").splitlines() == [
        "0, 1", f"{protocol} server localhost:PORT, connection (TLS): no answer from the "
        "server within 0.5 s (see EmailSetTimeOut)."]
