"""Socket family on 127.0.0.1: a WLanguage server thread and client in one program, and
WINDEV's size-prefixed transmission checked against a plain Python peer."""
from __future__ import annotations

import io
import socket
import threading

from wlinterp.engine import run_source


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def run(code: str) -> list[str]:
    out, err = io.StringIO(), io.StringIO()
    run_source(code, "sockets.wl", stdout=out, stderr=err)
    assert err.getvalue() == ""
    return out.getvalue().splitlines()


SERVER_EN = '''
Trace(SocketCreate("srv", {port}))
ThreadExecute("server", threadNormal, Serve)
Trace(SocketConnect("cli", {port}, "127.0.0.1"))
Trace(SocketExist("cli"))
SocketWrite("cli", "Hello World")
Trace(SocketRead("cli", True, 500))
SocketWrite("cli", "")
Trace("[" + SocketRead("cli", True, 500) + "]")
ThreadWait("server", 500)
SocketClose("cli")
SocketClose("srv")
Trace(SocketExist("cli"))
Trace(SocketConnect("again", {port}, "127.0.0.1"))
Trace(ErrorOccurred)

PROCEDURE Serve()
IF SocketWaitForConnection("srv", 500) THEN
    c is string = SocketAccept("srv")
    FOR i = 1 TO 2
        m is string = SocketRead(c, True, 500)
        SocketWrite(c, "echo:" + m)
    END
    SocketClose(c)
END
'''

SERVER_FR = '''
Trace(SocketCrée("srv", {port}))
ThreadExécute("serveur", threadNormal, Servir)
Trace(SocketConnecte("cli", {port}, "127.0.0.1"))
SocketChangeModeTransmission("cli", SocketMarqueurFin, "|")
SocketEcrit("cli", "é1")
SocketEcrit("cli", "é2")
Trace(SocketLit("cli", Vrai, 500))
ThreadAttend("serveur", 500)
SocketFerme("cli")
SocketFerme("srv")
Trace(SocketExiste("srv"))
Trace(SocketLit("cli"))
Trace(ErreurDétectée)

PROCEDURE Servir()
SI SocketAttendConnexion("srv", 500) ALORS
    c est une chaîne = SocketAccepte("srv", "client")
    SocketChangeModeTransmission(c, SocketMarqueurFin, "|")
    a est une chaîne = SocketLit(c, Vrai, 500)
    b est une chaîne = SocketLit(c, Vrai, 500)
    SocketEcrit(c, a + "+" + b)
    SocketFerme(c)
FIN
'''


def test_server_and_client_in_english() -> None:
    port = free_port()
    assert run(SERVER_EN.format(port=port)) == [
        "1", "1", "1", "echo:Hello World", "[echo:]", "0", "0", "1"]


def test_end_marker_mode_in_french() -> None:
    port = free_port()
    assert run(SERVER_FR.format(port=port)) == ["1", "1", "é1+é2", "0", "", "1"]


def test_size_prefixed_messages_on_the_wire() -> None:
    """What SocketWrite sends and what SocketRead expects, seen from a Python peer."""
    listener = socket.create_server(("127.0.0.1", 0))
    port = listener.getsockname()[1]
    seen: list[bytes] = []

    def peer() -> None:
        conn, _ = listener.accept()
        with conn:
            conn.settimeout(5)
            data = b""
            while not data.endswith(b"World"):
                data += conn.recv(100)
            seen.append(data)
            conn.sendall(b"3\r\nabc" + b"2\r\nde")

    t = threading.Thread(target=peer, daemon=True)
    t.start()
    try:
        lines = run(f'''
SocketConnect("p", {port})
SocketWrite("p", "Hello World")
Trace(SocketRead("p", True, 500))
Trace(SocketRead("p", True, 500))
Trace(SocketRead("p", True, 20))
Trace(ErrorOccurred)
''')
    finally:
        t.join(5)
        listener.close()
    assert seen == [b"11\r\nHello World"]
    assert lines == ["abc", "de", "", "1"]
