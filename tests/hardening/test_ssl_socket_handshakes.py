"""SSL sockets against a peer that misbehaves during the TLS handshake: a server (or a
client) that says nothing, answers in plain text, or hangs up. Each call ends within its
timeout with False and ErrorInfo in words; it quoted Python's "_ssl.c:989: The handshake
operation timed out" or OpenSSL's bare WRONG_VERSION_NUMBER. Loopback only."""
from __future__ import annotations

import io
import socket
import threading
from collections.abc import Callable

import pytest
import trustme

from wlinterp.engine import run_source

Peer = Callable[[socket.socket, threading.Event], None]


def _silent(conn: socket.socket, stop: threading.Event) -> None:
    stop.wait(20)


def _plain_text(conn: socket.socket, stop: threading.Event) -> None:
    conn.sendall(b"220 hello, this is no TLS\r\n" * 20)
    stop.wait(20)


def _hangs_up(conn: socket.socket, stop: threading.Event) -> None:
    conn.recv(4096)  # the client's hello read first: the close is an end, not a reset
    conn.close()


def _run(code: str) -> list[str]:
    out = io.StringIO()
    run_source(code, "ssl.wl", stdout=out, stderr=io.StringIO())
    return out.getvalue().splitlines()


@pytest.mark.parametrize("script, why", [
    (_silent, "no answer from the server within 0.3 s"),
    (_plain_text, "the server did not answer in TLS (WRONG_VERSION_NUMBER)"),
    (_hangs_up, "the server closed the connection during the TLS exchange "
                "(UNEXPECTED_EOF_WHILE_READING)")], ids=["silent", "plain", "hangs-up"])
def test_a_client_handshake_with_a_misbehaving_server(peer, script, why) -> None:
    srv = peer(script)
    assert _run(f'Trace(SocketConnectSSL("c", {srv.port}, "127.0.0.1", SocketTLS1_2, 300))\n'
                'Trace(ErrorInfo(errMessage))\nTrace(SocketExist("c"))\n') == [
        "0", f"SocketConnectSSL: the TLS handshake with 127.0.0.1:{srv.port} failed "
        f"({why}).", "0"]


@pytest.fixture(scope="module")
def server_pem(tmp_path_factory: pytest.TempPathFactory) -> str:
    cert = trustme.CA().issue_cert("127.0.0.1")
    path = tmp_path_factory.mktemp("ssl_handshakes") / "both.pem"
    cert.private_key_and_cert_chain_pem.write_to_path(str(path))
    return str(path)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.mark.parametrize("sends, why", [
    (b"", "no answer from the client within 0.3 s"),
    (b"GET / HTTP/1.0\r\n\r\n", "the client spoke plain HTTP, not TLS (HTTP_REQUEST)"),
    (b"\x16\x03\x01\x00\x05hello" + b"z" * 40,
     "the client sent what the TLS exchange did not expect there (UNEXPECTED_MESSAGE)")],
    ids=["silent", "http", "garbage"])
def test_a_server_handshake_with_a_misbehaving_client(server_pem, sends, why) -> None:
    port = _free_port()
    done = threading.Event()

    def client() -> None:
        for _ in range(100):  # until the script's server listens
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=5) as conn:
                    conn.sendall(sends)
                    done.wait(10)
                return
            except OSError:
                threading.Event().wait(0.05)

    thread = threading.Thread(target=client, daemon=True)
    thread.start()
    try:
        lines = _run(f'SocketCreateSSL("srv", {port}, "{server_pem}", CertificateName)\n'
                     'Trace(SocketWaitForConnection("srv", 300))\n'
                     'Trace(ErrorInfo(errMessage))\n')
    finally:
        done.set()
        thread.join(5)
    assert lines[0] == "0"
    assert lines[1].startswith("SocketWaitForConnection: the TLS handshake with the client "
                               f"failed ({why}"), lines
