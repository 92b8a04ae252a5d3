"""SocketDeny/SocketRefuse on 127.0.0.1: the connection a server waited for is closed
without being accepted (the client reads the end of the connection), the next one is
accepted as usual; stdlib/sockets_more.py."""
from __future__ import annotations

import socket
import threading
import time

from test_sockets import free_port, run


DENY_EN = '''
Trace(SocketCreate("srv", {port}))
Trace(SocketConnect("first", {port}, "127.0.0.1"))
Trace(SocketWaitForConnection("srv", 5000))
Trace(SocketDeny("srv"))
Trace("[" + SocketRead("first", True, 2000) + "]", ErrorOccurred)
Trace(SocketConnect("second", {port}, "127.0.0.1"))
IF SocketWaitForConnection("srv", 5000) THEN
    c is string = SocketAccept("srv")
    SocketWrite(c, "welcome")
END
Trace(SocketRead("second", True, 5000))
Trace(SocketDeny("srv"), ErrorOccurred)
'''

DENY_FR = '''
Trace(SocketCrée("srv", {port}))
Trace(SocketConnecte("client", {port}, "127.0.0.1"))
SI SocketAttendConnexion("srv", 5000) ALORS Trace(SOCKETREFUSE("srv"))
Trace("[" + SocketLit("client", Vrai, 2000) + "]", ErreurDétectée)
'''


def test_denied_connection_is_closed_and_the_next_is_accepted() -> None:
    port = free_port()
    assert run(DENY_EN.format(port=port)) == [
        "1", "1", "1", "1", "[], 1", "1", "welcome", "0, 1"]


def test_socket_refuse_in_french() -> None:
    port = free_port()
    assert run(DENY_FR.format(port=port)) == ["1", "1", "1", "[], 1"]


def test_a_plain_peer_sees_the_connection_closed() -> None:
    """Seen from a Python client: the server's SocketDeny closes the connection (recv
    returns no bytes), nothing was sent on it."""
    port = free_port()
    code = f'''
SocketCreate("srv", {port})
IF SocketWaitForConnection("srv", 5000) THEN Trace(SocketDeny("srv"))
'''
    got: list[bytes] = []

    def client() -> None:
        for _ in range(200):  # bounded: the program may not listen yet
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=2) as c:
                    got.append(c.recv(10))
                    return
            except ConnectionRefusedError:
                time.sleep(0.02)

    t = threading.Thread(target=client)
    t.start()
    assert run(code) == ["1"]
    t.join(5)
    assert got == [b""]
