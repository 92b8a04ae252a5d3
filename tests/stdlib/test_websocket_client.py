"""WebSocketClientConnect / WebSocketClientConnectSSL (?1410087751, ?1410087752): the
pages' synchronous example, as written but for the server (an echo WebSocket server of
ours on 127.0.0.1, ws:// and wss:// with a trustme certificate) and the ToastDisplay a
Trace; then a server that closes, one that pings, one that is no WebSocket server, and
the asynchronous syntax refused in words. EN and FR. docs/builtins.md "WebSocket client"."""
from __future__ import annotations

import base64
import hashlib
import io
import ssl
import struct
import threading
from collections.abc import Iterator
from pathlib import Path
import socket

import pytest
import trustme

from loopback import RawServer, heard, until_gone
from wlinterp.engine import run_source
from wlinterp.errors import WLRuntimeError
from wlinterp.stdlib.websocket_frames import opening_request

_GUID = b"258EAFA5-E914-47DA-95CA-C5AB0DC85B11"


def _frame(opcode: int, data: bytes) -> bytes:
    """A server's frame (unmasked)."""
    n = len(data)
    size = bytes([n]) if n < 126 else struct.pack("!BH", 126, n)
    return bytes([0x80 | opcode]) + size + data


def _read_frame(conn: socket.socket) -> tuple[int, bytes]:
    """A client's frame, unmasked; the client must mask it (RFC 6455 5.3)."""
    first, second = _exactly(conn, 2)
    assert second & 0x80, "a client's frame must be masked"
    n = second & 0x7F
    if n == 126:
        n = struct.unpack("!H", _exactly(conn, 2))[0]
    mask = _exactly(conn, 4)
    data = bytes(b ^ mask[i % 4] for i, b in enumerate(_exactly(conn, n)))
    return first & 0x0F, data


def _exactly(conn: socket.socket, n: int) -> bytes:
    data = b""
    while len(data) < n:
        piece = conn.recv(n - len(data))
        if not piece:
            raise ConnectionError("closed")
        data += piece
    return data


def _opening(conn: socket.socket, seen: list[str], hosts: list[str] | None = None) -> None:
    """Read the handshake's GET and accept it; its Host header's value into `hosts`."""
    head = b""
    while b"\r\n\r\n" not in head:
        head += conn.recv(4096)
    lines = head.decode().split("\r\n")
    seen.append(lines[0])
    if hosts is not None:
        hosts += [line[5:].strip() for line in lines if line.lower().startswith("host:")]
    key = next(line.split(":", 1)[1].strip() for line in lines
               if line.lower().startswith("sec-websocket-key:"))
    accept = base64.b64encode(hashlib.sha1(key.encode() + _GUID).digest()).decode()
    conn.sendall(("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
                  f"Connection: Upgrade\r\nSec-WebSocket-Accept: {accept}\r\n\r\n").encode())


def _echo(seen: list[str]):
    """An echo server ("echo: <message>"); a close frame from the client ends it."""
    def script(conn: socket.socket, stop: threading.Event) -> None:
        conn.settimeout(5)
        _opening(conn, seen)
        while True:
            opcode, data = _read_frame(conn)
            if opcode == 0x8:
                return
            conn.sendall(_frame(0x1, b"echo: " + data))
    return script


EN = """IF WebSocketClientConnect("wbsocket", "127.0.0.1", {port}, "/WW_WebsocketServer") THEN
    IF SocketWrite("wbsocket", "Hello world!") THEN
        sMsg is string = SocketRead("wbsocket", True)
        Trace("Server response: " + sMsg)
    END
    SocketChangeTransmissionMode("wbsocket", SocketEndTag)
    SocketWrite("wbsocket", "déjà " + Repeat("x", 300))
    Trace(Length(SocketRead("wbsocket", True)))
    Trace(SocketExist("wbsocket"))
    SocketClose("wbsocket")
END
"""
FR = """SI WebSocketClientConnecte("wbsocket", "127.0.0.1", {port}, "/WW_WebsocketServer") ALORS
    SI SocketEcrit("wbsocket", "Bonjour le monde!") ALORS
        sMsg est une chaîne = SocketLit("wbsocket", Vrai)
        Trace("Réponse du serveur: " + sMsg)
    FIN
    SocketChangeModeTransmission("wbsocket", SocketMarqueurFin)
    SocketEcrit("wbsocket", "déjà " + Répète("x", 300))
    Trace(Taille(SocketLit("wbsocket", Vrai)))
    Trace(SocketExiste("wbsocket"))
    SocketFerme("wbsocket")
FIN
"""


def _run(code: str, **options: object) -> list[str]:
    out, err = io.StringIO(), io.StringIO()
    run_source(code, "ws.wl", stdout=out, stderr=err, options=options)
    assert err.getvalue() == "", err.getvalue()
    return out.getvalue().splitlines()


def _against(script, code: str) -> tuple[list[str], RawServer]:
    """`code` run against a loopback server running `script` (`{port}` its port)."""
    server = RawServer(script)
    try:
        return _run(code.replace("{port}", str(server.port))), server
    finally:
        server.close()


@pytest.mark.parametrize("code, said", [
    (EN, "Server response: echo: Hello world!"),
    (FR, "Réponse du serveur: echo: Bonjour le monde!")], ids=["en", "fr"])
def test_the_page_s_synchronous_example(code: str, said: str) -> None:
    seen: list[str] = []
    server = RawServer(_echo(seen))
    try:
        lines = _run(code.replace("{port}", str(server.port)))
    finally:
        server.close()
    assert lines == [said, str(6 + len("déjà ") + 300), "1"]
    assert seen == ["GET /WW_WebsocketServer HTTP/1.1"]


def test_wss_checks_the_certificate(tmp_path: Path) -> None:
    """wss:// (the SSL function), its certificate verified: trusted through --ca-file it
    works; without it the connection fails naming the certificate."""
    ca = trustme.CA()
    ca.cert_pem.write_to_path(str(tmp_path / "ca.pem"))
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("localhost").configure_cert(context)
    seen: list[str] = []
    plain = _echo(seen)

    def script(conn: socket.socket, stop: threading.Event) -> None:
        with context.wrap_socket(conn, server_side=True) as tls:
            plain(tls, stop)
    server = RawServer(script)
    code = (f'Trace(WebSocketClientConnectSSL("s", "localhost", {server.port}, "feed"))\n'
            'Trace(ErrorInfo(errMessage))\n'
            'SocketWrite("s", "quote")\nTrace(SocketRead("s"))\n')
    try:
        trusted = _run(code, ca_file=str(tmp_path / "ca.pem"))
        refused = _run(code.split("\n")[0] + "\nTrace(ErrorInfo(errMessage))\n")
    finally:
        server.close()
    assert trusted == ["1", "", "echo: quote"]
    assert seen[0] == "GET /feed HTTP/1.1"
    assert refused[0] == "0" and "certificate" in refused[1], refused


def test_a_ping_is_answered_and_a_close_is_said() -> None:
    seen: list[str] = []

    def closing(conn: socket.socket, stop: threading.Event) -> None:
        conn.settimeout(5)
        _opening(conn, seen)
        _read_frame(conn)
        conn.sendall(_frame(0x9, b"ping!"))
        seen.append(f"pong {_read_frame(conn)[1].decode()}")
        conn.sendall(_frame(0x8, struct.pack("!H", 1001) + b"going away"))
        seen.append(f"close {_read_frame(conn)[0]:#x}")
    server = RawServer(closing)
    try:
        lines = _run(f'WebSocketClientConnect("w", "127.0.0.1", {server.port})\n'
                     'SocketWrite("w", "hi")\nTrace(SocketRead("w", False, 3000))\n'
                     'Trace(ErrorOccurred, ErrorInfo(errMessage))\n')
    finally:
        server.close()
    assert lines == ["", "1, SocketRead: the server closed the WebSocket (code 1001: "
                     "going away)."]
    assert seen == ["GET / HTTP/1.1", "pong ping!", "close 0x8"]


@pytest.mark.parametrize("answer, words", [
    (b"HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n", "it answered 'HTTP/1.1 200 OK'"),
    (b"HTTP/1.1 101 Switching Protocols\r\nSec-WebSocket-Accept: nope\r\n\r\n",
     "does not carry the Sec-WebSocket-Accept")])
def test_a_server_that_is_no_websocket_server_fails_in_words(answer: bytes, words: str) -> None:
    def script(conn: socket.socket, stop: threading.Event) -> None:
        conn.recv(4096)
        conn.sendall(answer)
    server = RawServer(script)
    try:
        lines = _run(f'Trace(WebSocketClientConnect("w", "127.0.0.1", {server.port}, "", 2000))\n'
                     'Trace(ErrorInfo(errMessage))\nTrace(SocketExist("w"))\n')
    finally:
        server.close()
    assert lines[0] == "0" and lines[2] == "0", lines
    assert lines[1].startswith("WebSocketClientConnect: the WebSocket to 127.0.0.1:") and \
        words in lines[1], lines


ASYNC_EN = """gbDone is boolean
WebSocketClientConnect("client", WebSocketClientConnect_Callback, ...
    "127.0.0.1", {port}, "MyWebSocketServerProject")
LOOP (1000)
    IF gbDone THEN BREAK
    ThreadPause(1)
END

INTERNAL PROCEDURE WebSocketClientConnect_Callback(nEvent, sMessage)
SWITCH nEvent
    CASE SocketOpening
        SocketWrite("client", "Send message from the browser.")
    CASE SocketMessage
        Trace("Server message received: " + sMessage)
    CASE SocketClosing
        Trace("Socket closed", sMessage)
        gbDone = True
    CASE SocketError
        Trace("Socket error", sMessage)
        gbDone = True
END
END
"""
ASYNC_FR = """gbFini est un booléen
WebSocketClientConnecte("client", WebSocketClientConnecte_Callback, ...
    "127.0.0.1", {port}, "MonProjetServeurWebSocket")
BOUCLE (1000)
    SI gbFini ALORS SORTIR
    ThreadPause(1)
FIN

PROCÉDURE INTERNE WebSocketClientConnecte_Callback(nEvénement, sMessage)
SELON nEvénement
    CAS SocketOuverture
        SocketEcrit("client", "Envoi message depuis le navigateur.")
    CAS SocketMessage
        Trace("Réception d'un message serveur: " + sMessage)
    CAS SocketFermeture
        Trace("Fermeture du socket", sMessage)
        gbFini = Vrai
    CAS SocketErreur
        Trace("Erreur socket", sMessage)
        gbFini = Vrai
FIN
FIN
"""


def _echo_then_close(seen: list[str]):
    """The asynchronous example's server: the opening, one echo, then its close."""
    def script(conn: socket.socket, stop: threading.Event) -> None:
        conn.settimeout(5)
        _opening(conn, seen)
        conn.sendall(_frame(0x1, b"echo: " + _read_frame(conn)[1]))
        conn.sendall(_frame(0x8, struct.pack("!H", 1000) + b"bye"))
        seen.append(f"close {_read_frame(conn)[0]:#x}")
    return script


@pytest.mark.parametrize("code, said", [
    (ASYNC_EN, ["Server message received: echo: Send message from the browser.",
                "Socket closed, WebSocketClientConnect: the server closed the WebSocket "
                "(code 1000: bye)."]),
    (ASYNC_FR, ["Réception d'un message serveur: echo: Envoi message depuis le navigateur.",
                "Fermeture du socket, WebSocketClientConnecte: the server closed the "
                "WebSocket (code 1000: bye)."])], ids=["en", "fr"])
def test_the_page_s_asynchronous_example(code: str, said: list[str]) -> None:
    """The procedure hears the opening (it writes), the echo, then the server's close."""
    seen: list[str] = []
    lines, _ = _against(_echo_then_close(seen), code)
    assert lines == said
    assert seen[1:] == ["close 0x8"]


def test_the_asynchronous_syntax_without_a_path_asks_for_the_root() -> None:
    """(name, procedure, address, port) and no path: `GET /`; the timeout's default, in
    the slot the path takes here, made it `GET /20000`."""
    seen: list[str] = []
    lines, _ = _against(_echo_then_close(seen),
                        ASYNC_EN.replace(', "MyWebSocketServerProject"', ""))
    assert seen == ["GET / HTTP/1.1", "close 0x8"], (seen, lines)
    assert lines[0] == "Server message received: echo: Send message from the browser."


def test_a_path_with_a_control_character_is_refused_before_connecting() -> None:
    """A CR or LF in the path would end the request line and write a header of its own
    (`X-Injected: 1`): refused in ErrorInfo, no connection made."""
    seen: list[str] = []
    lines, server = _against(_echo(seen), 'Trace(WebSocketClientConnect("w", "127.0.0.1", '
                             '{port}, "x HTTP/1.1" + CR + "X-Injected: 1"))\n'
                             'Trace(ErrorOccurred, ErrorInfo(errMessage))\n'
                             'Trace(SocketExist("w"))\n')
    assert lines == ["0", "1, WebSocketClientConnect: the path 'x HTTP/1.1\\r\\nX-Injected: 1' "
                     "holds a control character.", "0"]
    assert server.connections == 0 and seen == []


def test_a_space_in_the_path_is_percent_encoded() -> None:
    seen: list[str] = []
    lines, _ = _against(_echo(seen), 'Trace(WebSocketClientConnect("w", "127.0.0.1", {port}, '
                        '"/my feed"))\nSocketClose("w")\n')
    assert lines == ["1"]
    assert seen == ["GET /my%20feed HTTP/1.1"]


def test_an_ipv6_address_is_bracketed_in_the_host_header() -> None:
    """`[::1]` and its port: `Host: [::1]:port` (it was `::1:port`, where the port cannot
    be told from the address); without a port, `Host: [::1]`."""
    seen: list[str] = []
    hosts: list[str] = []

    def script(conn: socket.socket, stop: threading.Event) -> None:
        conn.settimeout(5)
        _opening(conn, seen, hosts)
        _read_frame(conn)
    server = RawServer(script, "::1")
    try:
        lines = _run(f'Trace(WebSocketClientConnect("w", "[::1]", {server.port}, "v6"))\n'
                     'SocketClose("w")\n')
    finally:
        server.close()
    assert lines == ["1"] and seen == ["GET /v6 HTTP/1.1"]
    assert hosts == [f"[::1]:{server.port}"]
    assert b"\r\nHost: [::1]\r\n" in opening_request("::1", 443, "/", 443)[0]


def _closed_by_client(seen: list[str], answer: bool = True):
    """A server that waits for the client's close frame and says what it got (opcode and
    status code), then answers it (unless `answer` is False: it stays silent, open)."""
    def script(conn: socket.socket, stop: threading.Event) -> None:
        conn.settimeout(5)
        _opening(conn, seen)
        opcode, data = _read_frame(conn)
        seen.append(f"{opcode:#x} {struct.unpack('!H', data[:2])[0] if len(data) >= 2 else ''}")
        if answer:
            conn.sendall(_frame(0x8, data[:2]))
        else:
            stop.wait(5)
    return script


@pytest.mark.parametrize("code", [
    'Trace(WebSocketClientConnect("w", "127.0.0.1", {port}))\nSocketClose("w")\n'
    'Trace(SocketExist("w"))\n',
    'Trace(WebSocketClientConnecte("w", "127.0.0.1", {port}))\nSocketFerme("w")\n'
    'Trace(SocketExiste("w"))\n',
    'Trace(WebSocketClientConnect("w", "127.0.0.1", {port}))\n'],
    ids=["en", "fr", "end of the run"])
def test_socket_close_on_a_websocket_sends_a_close_frame(code: str) -> None:
    """SocketClose (and the end of the run, for a WebSocket left open) sends the close
    frame RFC 6455 asks for, status 1000; the server heard the connection vanish."""
    seen: list[str] = []
    lines, _ = _against(_closed_by_client(seen), code)
    assert lines == ["1", "0"][:len(lines)] and lines
    assert seen == ["GET / HTTP/1.1", "0x8 1000"]


def test_socket_close_does_not_wait_for_a_silent_server() -> None:
    """A server that never answers the close frame: SocketClose still returns, within
    its short wait, and the socket is gone."""
    import time
    seen: list[str] = []
    started = time.monotonic()
    lines, _ = _against(_closed_by_client(seen, answer=False),
                        'WebSocketClientConnect("w", "127.0.0.1", {port})\nSocketClose("w")\n'
                        'Trace(SocketExist("w"), ErrorOccurred)\n')
    assert lines == ["0, 0"]
    assert seen == ["GET / HTTP/1.1", "0x8 1000"]
    assert time.monotonic() - started < 4


@pytest.mark.parametrize("path, target", [
    ("/flux/déjà vu", "/flux/d%C3%A9j%C3%A0%20vu"), ("€?q=ü", "/%E2%82%AC?q=%C3%BC"),
    ("/a%20b", "/a%20b")], ids=["accents", "euro and query", "already encoded"])
def test_a_path_past_ascii_is_sent_percent_encoded(path: str, target: str) -> None:
    """A request line is ASCII: the path's other characters go as their UTF-8 bytes
    percent-encoded (they went raw); a `%` the script wrote is kept."""
    seen: list[str] = []
    lines, _ = _against(_echo(seen), f'Trace(WebSocketClientConnect("w", "127.0.0.1", '
                        f'{{port}}, "{path}"))\nSocketClose("w")\n')
    assert lines == ["1"]
    assert seen == [f"GET {target} HTTP/1.1"]


def test_the_asynchronous_thread_is_named_as_the_script_calls_the_function() -> None:
    """A fatal error in the French asynchronous syntax's procedure names its thread in
    French ("in thread 'WebSocketClientConnecte client'"), as the words it passes do."""
    seen: list[str] = []
    code = ("WebSocketClientConnecte(\"client\", Rappel, \"127.0.0.1\", {port})\n"
            "ThreadPause(300)\n"
            "PROCÉDURE Rappel(nEvénement, sMessage)\n"
            "n est un entier = 0\n"
            "SI nEvénement = SocketOuverture ALORS Trace(1 / n)\n")
    server = RawServer(_echo(seen))
    try:
        with pytest.raises(WLRuntimeError) as failed:
            run_source(code.replace("{port}", str(server.port)), "ws.wl",
                       stdout=io.StringIO(), stderr=io.StringIO())
    finally:
        server.close()
    assert "in thread 'WebSocketClientConnecte client': Division by zero" in \
        str(failed.value)


def _silent_until_closed(said: list[str]):
    """A server that hears the client's close frame, never answers it, and says when the
    client closed the connection (b"" read)."""
    def script(conn: socket.socket, stop: threading.Event) -> None:
        conn.settimeout(5)
        _opening(conn, [])
        opcode, data = _read_frame(conn)
        until_gone(conn, said, f"close {opcode:#x} {struct.unpack('!H', data[:2])[0]}")
    return script


@pytest.mark.parametrize("code", [
    "".join(f'WebSocketClientConnect("w{i}", "127.0.0.1", {{port}})\n' for i in range(3)),
    "".join(f'WebSocketClientConnecte("w{i}", "127.0.0.1", {{port}})\n' for i in range(3))],
    ids=["en", "fr"])
def test_websockets_left_open_are_closed_together_at_the_end_of_the_run(code: str) -> None:
    """Three WebSockets left open, their server silent: each gets its close frame, and the
    three frames are all sent before any connection is closed, so the waits for the
    answers overlap (one after another, the second frame came only once the first
    connection had gone, and the end of the run took one wait per socket)."""
    said: list[str] = []
    lines, server = _against(_silent_until_closed(said), code)
    assert lines == [] and server.connections == 3
    assert heard(said, 6) == ["close 0x8 1000"] * 3 + ["gone"] * 3


def _echo_then_wait_for_the_close(seen: list[str]):
    """A server that echoes one message, then waits for the client's close frame (its
    opcode and status said), answers it and hangs up."""
    def script(conn: socket.socket, stop: threading.Event) -> None:
        conn.settimeout(5)
        _opening(conn, seen)
        conn.sendall(_frame(0x1, b"echo: " + _read_frame(conn)[1]))
        opcode, data = _read_frame(conn)
        seen.append(f"{opcode:#x} {struct.unpack('!H', data[:2])[0]}")
        conn.sendall(_frame(0x8, data[:2]))
    return script


LEFT_OPEN_EN = """gbEcho is boolean
WebSocketClientConnect("client", OnEvent, "127.0.0.1", {port}, "ws")
LOOP (1000)
    IF gbEcho THEN BREAK
    ThreadPause(1)
END
Trace("end of the program")

INTERNAL PROCEDURE OnEvent(nEvent, sMessage)
SWITCH nEvent
    CASE SocketOpening: SocketWrite("client", "hi")
    CASE SocketMessage: Trace("message: " + sMessage); gbEcho = True
    OTHER CASE: Trace("event", nEvent, sMessage)
END
END
"""
LEFT_OPEN_FR = """gbEcho est un booléen
WebSocketClientConnecte("client", SurEvénement, "127.0.0.1", {port}, "ws")
BOUCLE (1000)
    SI gbEcho ALORS SORTIR
    ThreadPause(1)
FIN
Trace("fin du programme")

PROCÉDURE INTERNE SurEvénement(nEvénement, sMessage)
SELON nEvénement
    CAS SocketOuverture: SocketEcrit("client", "salut")
    CAS SocketMessage: Trace("message : " + sMessage); gbEcho = Vrai
    AUTRE CAS: Trace("événement", nEvénement, sMessage)
FIN
FIN
"""


@pytest.mark.parametrize("code, said", [
    (LEFT_OPEN_EN, ["message: echo: hi", "end of the program"]),
    (LEFT_OPEN_FR, ["message : echo: salut", "fin du programme"])], ids=["en", "fr"])
def test_an_asynchronous_websocket_left_open_ends_with_the_program(code: str,
                                                                   said: list[str]) -> None:
    """The page's asynchronous example leaves its WebSocket open: when the program ends,
    the thread waiting for the server's next message is let go, without the warning of a
    thread stuck in a wait ("still waited (SocketRead) ... stopped", on stderr: _run
    asserts it empty), the WebSocket is closed with its close frame, and the procedure
    hears nothing after the end (no SocketClosing event)."""
    seen: list[str] = []
    lines, _ = _against(_echo_then_wait_for_the_close(seen), code)
    assert lines == said
    assert heard(seen, 2) == ["GET /ws HTTP/1.1", "0x8 1000"]
