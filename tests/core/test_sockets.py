"""Socket family on 127.0.0.1: a WLanguage server thread and client in one program, and
WINDEV's size-prefixed transmission checked against a plain Python peer; UDP datagrams,
and SSL sockets with certificates from a trustme CA (as the SMTP tests do)."""
from __future__ import annotations

import io
import socket
import ssl
import threading
import time

import pytest
import trustme

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
Trace(SocketRead("cli", True, 5000))
SocketWrite("cli", "")
Trace("[" + SocketRead("cli", True, 5000) + "]")
ThreadWait("server", 500)
SocketClose("cli")
SocketClose("srv")
Trace(SocketExist("cli"))
Trace(SocketConnect("again", {port}, "127.0.0.1"))
Trace(ErrorOccurred)

PROCEDURE Serve()
IF SocketWaitForConnection("srv", 5000) THEN
    c is string = SocketAccept("srv")
    FOR i = 1 TO 2
        m is string = SocketRead(c, True, 5000)
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
Trace(SocketLit("cli", Vrai, 5000))
ThreadAttend("serveur", 500)
SocketFerme("cli")
SocketFerme("srv")
Trace(SocketExiste("srv"))
Trace(SocketLit("cli"))
Trace(ErreurDétectée)

PROCEDURE Servir()
SI SocketAttendConnexion("srv", 5000) ALORS
    c est une chaîne = SocketAccepte("srv", "client")
    SocketChangeModeTransmission(c, SocketMarqueurFin, "|")
    a est une chaîne = SocketLit(c, Vrai, 5000)
    b est une chaîne = SocketLit(c, Vrai, 5000)
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
Trace(SocketRead("p", True, 5000))
Trace(SocketRead("p", True, 5000))
Trace(SocketRead("p", True, 20))
Trace(ErrorOccurred)
''')
    finally:
        t.join(5)
        listener.close()
    assert seen == [b"11\r\nHello World"]
    assert lines == ["abc", "de", "", "1"]


def free_udp_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


UDP_EN = '''
Trace(SocketCreateUDP("u1", {p1}))
Trace(SocketCreateUDP("u2", {p2}, "127.0.0.1"))
Trace(SocketClientInfo("u2"), SocketClientInfo("u2", SocketPort))
Trace(SocketWrite("u1", "Hello é", "127.0.0.1", {p2}))
from is string
port is int
Trace(SocketRead("u2", True, 5000, from, port), from, port)
Trace(SocketClientInfo("u2"), SocketClientInfo("u2", SocketPort))
Trace(SocketWrite("u2", "answer"))
Trace(SocketRead("u1", True, 5000))
Trace(SocketRead("u1", True, 20), ErrorOccurred)
Trace(SocketCreateUDP("u3", 0))
Trace(SocketWrite("u3", "nowhere"), ErrorOccurred)
Trace(SocketCreateUDP("u1", {p1}), ErrorOccurred)
SocketClose("u1")
Trace(SocketExist("u1"), SocketExist("u2"))
'''

UDP_FR = '''
Trace(SocketCréeUDP("u1", {p1}))
Trace(SocketCreeUDP("u2", {p2}))
SocketEcrit("u1", "Bonjour", "127.0.0.1", {p2})
adr est une chaîne
p est un entier
Trace(SocketLit("u2", Vrai, 5000, adr, p), adr, p = {p1})
Trace(SocketClientInfo("u2", SocketAdresse))
SocketEcrit("u2", "réponse")
Trace(SocketLit("u1", Vrai, 5000))
'''


def test_udp_datagrams_in_english() -> None:
    p1, p2 = free_udp_port(), free_udp_port()
    assert run(UDP_EN.format(p1=p1, p2=p2)) == [
        "1", "1", ", 0", "1", f"Hello é, 127.0.0.1, {p1}", f"127.0.0.1, {p1}", "1",
        "answer", ", 1", "1", "0, 1", "0, 1", "0, 1"]


def test_udp_datagrams_in_french() -> None:
    p1, p2 = free_udp_port(), free_udp_port()
    assert run(UDP_FR.format(p1=p1, p2=p2)) == [
        "1", "1", "Bonjour, 127.0.0.1, 1", "127.0.0.1", "réponse"]


def test_udp_write_with_an_address_and_no_port_fails() -> None:
    """SocketWrite(u, msg, address) without the port is a wrong call, a non-fatal error:
    it does not fall back to the last sender (the datagram went to another machine than
    the one named). Nothing reaches the last sender."""
    p1, p2 = free_udp_port(), free_udp_port()
    assert run(f'''
SocketCreateUDP("u1", {p1})
SocketCreateUDP("u2", {p2})
SocketWrite("u1", "hi", "127.0.0.1", {p2})
Trace(SocketRead("u2", True, 5000))
Trace(SocketWrite("u2", "misdirected", "127.0.0.2"), ErrorOccurred)
Trace(Position(ErrorInfo(), "port") > 0)
Trace(SocketEcrit("u2", "mal dirigé", "127.0.0.2"), ErreurDétectée)
Trace("[" + SocketRead("u1", True, 30) + "]", ErrorOccurred)
''') == ["hi", "0, 1", "1", "0, 1", "[], 1"]


def test_udp_datagram_from_a_python_peer() -> None:
    """A SocketCreateUDP socket answers whoever sent the last datagram: one datagram
    each way, no size prefix (a datagram is a whole message)."""
    port = free_udp_port()
    peer = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    peer.bind(("127.0.0.1", 0))
    peer.settimeout(0.2)
    result: list[str] = []
    data = b""
    t = threading.Thread(target=lambda: result.extend(run(f'''
SocketCreateUDP("u", {port})
Trace(SocketRead("u", True, 5000))
SocketWrite("u", "pong")
''')), daemon=True)
    t.start()
    try:
        for _ in range(50):  # until the WLanguage socket is bound (at most ~10 s)
            peer.sendto(b"ping", ("127.0.0.1", port))
            try:
                data, _ = peer.recvfrom(100)
                break
            except (socket.timeout, ConnectionRefusedError):  # not bound yet: ICMP
                time.sleep(0.05)
        t.join(5)
    finally:
        peer.close()
    assert data == b"pong"
    assert result == ["ping"]


SSL_EN = '''
Trace(SocketCreateSSL("srv", {port}, "", SocketTLS1_2, "{pem}"))
ThreadExecute("server", threadNormal, Serve)
Trace(SocketConnectSSL("cli", SocketTLS1_2, {port}, "127.0.0.1", 5000))
SocketWrite("cli", "secret")
Trace(SocketRead("cli", True, 5000))
Trace(SocketClientInfo("cli", SocketPort) = {port})
ThreadWait("server", 500)
SocketClose("cli")
SocketClose("srv")

PROCEDURE Serve()
IF SocketWaitForConnection("srv", 5000) THEN
    c is string = SocketAccept("srv", "conn")
    m is string = SocketRead(c, True, 5000)
    SocketWrite(c, "got " + m + " from " + SocketClientInfo(c))
    SocketClose(c)
END
'''

SSL_FR = '''
Trace(SocketCréeSSL("srv", {port}, "127.0.0.1", SocketTLS1_3, "{cert}", "{key}"))
ThreadExécute("serveur", threadNormal, Servir)
Trace(SocketConnecteSSL("cli", SocketTLS1_2, {port}, "127.0.0.1", 5000))
SocketEcrit("cli", "é")
Trace(SocketLit("cli", Vrai, 5000))
ThreadAttend("serveur", 500)

PROCÉDURE Servir()
SI SocketAttendConnexion("srv", 5000) ALORS
    c est une chaîne = SocketAccepte("srv")
    SocketEcrit(c, SocketLit(c, Vrai, 5000) + "!")
FIN
'''


@pytest.fixture(scope="module")
def server_pem(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, str, str, str]:
    """(cert+key PEM, cert PEM, key PEM, CA file) for 127.0.0.1 from a trustme CA."""
    ca = trustme.CA()
    cert = ca.issue_cert("127.0.0.1")
    d = tmp_path_factory.mktemp("sockets_pki")
    cert.private_key_and_cert_chain_pem.write_to_path(str(d / "both.pem"))
    cert.cert_chain_pems[0].write_to_path(str(d / "cert.pem"))
    cert.private_key_pem.write_to_path(str(d / "key.pem"))
    ca.cert_pem.write_to_path(str(d / "ca.pem"))
    return str(d / "both.pem"), str(d / "cert.pem"), str(d / "key.pem"), str(d / "ca.pem")


def run_with(code: str, options: dict) -> list[str]:
    out, err = io.StringIO(), io.StringIO()
    run_source(code, "sockets.wl", stdout=out, stderr=err, options=options)
    assert err.getvalue() == ""
    return out.getvalue().splitlines()


def test_ssl_server_and_client_in_english(server_pem: tuple[str, str, str, str]) -> None:
    both, _, _, ca = server_pem
    port = free_port()
    assert run_with(SSL_EN.format(port=port, pem=both), {"ca_file": ca}) == [
        "1", "1", "got secret from 127.0.0.1", "1"]


def test_ssl_server_and_client_in_french(server_pem: tuple[str, str, str, str]) -> None:
    _, cert, key, ca = server_pem
    port = free_port()
    assert run_with(SSL_FR.format(port=port, cert=cert, key=key), {"ca_file": ca}) == [
        "1", "1", "é!"]


def test_ssl_client_refuses_an_unknown_certificate(server_pem: tuple[str, str, str, str]
                                                   ) -> None:
    """Without the CA (no --ca-file) the server's certificate is not trusted: the client
    gets False and ErrorInfo says why; the server's handshake fails too."""
    both, _, _, _ = server_pem
    port = free_port()
    lines = run_with(f'''
SocketCreateSSL("srv", {port}, "", SocketTLS1_2, "{both}")
ThreadExecute("server", threadNormal, Serve)
Trace(SocketConnectSSL("cli", SocketTLS1_2, {port}, "127.0.0.1", 5000))
Trace(ErrorOccurred, Position(ErrorInfo(), "certificate") > 0, SocketExist("cli"))
ThreadWait("server", 500)

PROCEDURE Serve()
Trace(SocketWaitForConnection("srv", 5000), ErrorOccurred)
''', {})
    assert sorted(lines) == sorted(["0", "1, 1, 0", "0, 1"])


def test_ssl_client_against_a_plain_python_tls_server(server_pem: tuple[str, str, str, str]
                                                      ) -> None:
    """SocketConnectSSL speaks real TLS: a Python ssl server reads the size-prefixed
    message and answers."""
    both, _, _, ca = server_pem
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.load_cert_chain(both)
    listener = socket.create_server(("127.0.0.1", 0))
    port = listener.getsockname()[1]
    seen: list[bytes] = []

    def peer() -> None:
        conn, _ = listener.accept()
        conn.settimeout(5)
        with ctx.wrap_socket(conn, server_side=True) as tls:
            data = b""
            while not data.endswith(b"hi"):
                data += tls.recv(100)
            seen.append(data)
            tls.sendall(b"2\r\nok")

    t = threading.Thread(target=peer, daemon=True)
    t.start()
    try:
        lines = run_with(f'''
Trace(SocketConnectSSL("p", SocketTLS1_2, {port}, "127.0.0.1", 5000))
SocketWrite("p", "hi")
Trace(SocketRead("p", True, 5000))
''', {"ca_file": ca})
    finally:
        t.join(5)
        listener.close()
    assert seen == [b"2\r\nhi"]
    assert lines == ["1", "ok"]


def test_a_socket_closed_by_another_thread_fails_the_read_non_fatally() -> None:
    """SocketClose in the main code while a thread reads that socket: the thread's
    SocketRead returns "" with ErrorOccurred (it ended the run with 'OSError: [Errno 9]
    Bad file descriptor', a Python error, raised when the read reset the closed socket's
    timeout)."""
    assert run('''
SocketCreateUDP("u", 0)
ThreadExecute("r", threadNormal, R)
ThreadPause(20)
SocketClose("u")
ThreadWait("r")
Trace("end")

PROCEDURE R()
Trace("[" + SocketRead("u", True, 3000) + "]", ErrorOccurred)
''') == ["[], 1", "end"]


def test_a_failed_handshake_on_a_simplified_ssl_server_is_socketreads_failure(
        server_pem: tuple[str, str, str, str]) -> None:
    """An SSL server's first SocketRead accepts the client (?3070001): a client that does
    not speak TLS makes that SocketRead fail as SocketRead fails ("" and ErrorInfo naming
    it); it named SocketWaitForConnection and returned False."""
    both, _, _, _ = server_pem
    port = free_port()

    def plain_client() -> None:
        for _ in range(100):
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=5) as conn:
                    conn.sendall(b"not TLS at all\r\n")
                    conn.recv(10)
                return
            except OSError:
                threading.Event().wait(0.05)

    client = threading.Thread(target=plain_client, daemon=True)
    client.start()
    lines = run_with(f'''
SocketCreateSSL("srv", {port}, "", SocketTLS1_2, "{both}")
s is string = SocketRead("srv", 300)
Trace("[" + s + "]", ErrorOccurred, Left(ErrorInfo(errMessage), 11))
''', {})
    client.join(5)
    assert lines == ["[], 1, SocketRead:"]


# The pages' syntaxes (?1000017041 SocketCreateSSL, ?1000017042 SocketConnectSSL):
# (name, port, certificate [, options [, address]]) and (name, port, address [, option [,
# timeout [, client certificate]]]). Their examples, the port (5043, 8000) replaced by a
# free one, the address "150.134.20" by 127.0.0.1, the certificate's hash (a Windows
# certificate store's) first as written, then a PEM file given with CertificateName.
SSL_PAGES_EN = '''
// Create a server of SSL Sockets with a certificate
sSSLSocket is string = "sSSLSocket"
IF NOT SocketCreateSSL(sSSLSocket, {port}, "9d a4 84 fc f6 62 92 90 9a 62 d4 " + ...
"ca 65 fb 08 7e 06 45 of 24", CertificateHash) THEN
    Trace(Position(ErrorInfo(errMessage), "Windows certificate store") > 0)
END
Trace(SocketCreateSSL(sSSLSocket, {port}, "{pem}", CertificateName))
ThreadExecute("server", threadNormal, Serve)
IF SocketConnectSSL("Server", {port}, "127.0.0.1") = False THEN
    Error("Connection error" + ErrorInfo(errMessage))
END
SocketWrite("Server", "hello")
Trace(SocketRead("Server", False, 5000))
ThreadWait("server", 500)
SocketClose("Server")
SocketClose(sSSLSocket)

PROCEDURE Serve()
IF SocketWaitForConnection("sSSLSocket", 5000) THEN
    c is string = SocketAccept("sSSLSocket")
    SocketWrite(c, SocketRead(c, False, 5000) + " back")
    SocketClose(c)
END
'''

SSL_PAGES_FR = '''
// Créer un serveur de sockets SSL avec un certificat
sSocketSSL est une chaîne = "sSocketSSL"
SI PAS SocketCréeSSL(sSocketSSL, {port}, "9d a4 84 fc f6 62 92 90 9a 62 d4 " + ...
"ca 65 fb 08 7e 06 45 of 24", HashCertificat) ALORS
    Trace(Position(ErreurInfo(errMessage), "Windows certificate store") > 0)
FIN
Trace(SocketCréeSSL(sSocketSSL, {port}, "{pem}", NomCertificat, "127.0.0.1"))
ThreadExécute("serveur", threadNormal, Servir)
SI SocketConnecteSSL("Serveur", {port}, "127.0.0.1", SocketTLS1_2, 5000) = Faux ALORS
    Erreur("Erreur de connexion" + ErreurInfo(errMessage))
FIN
SocketEcrit("Serveur", "bonjour")
Trace(SocketLit("Serveur", Faux, 5000))
ThreadAttend("serveur", 500)
SocketFerme("Serveur")

PROCÉDURE Servir()
SI SocketAttendConnexion("sSocketSSL", 5000) ALORS
    c est une chaîne = SocketAccepte("sSocketSSL")
    SocketEcrit(c, SocketLit(c, Faux, 5000) + " en retour")
FIN
'''


@pytest.mark.parametrize("code, reply", [(SSL_PAGES_EN, "hello back"),
                                         (SSL_PAGES_FR, "bonjour en retour")])
def test_the_ssl_pages_syntaxes(server_pem: tuple[str, str, str, str], code: str,
                                reply: str) -> None:
    both, _, _, ca = server_pem
    assert run_with(code.format(port=free_port(), pem=both), {"ca_file": ca}) == [
        "1", "1", reply]


def test_a_client_certificate_that_cannot_be_read_fails_in_words(tmp_path) -> None:
    missing = tmp_path / "none.pem"
    assert run(f'Trace(SocketConnectSSL("c", 1, "127.0.0.1", 0, 100, "{missing}"))\n'
               'Trace(ErrorInfo(errMessage))\n') == [
        "0", f"SocketConnectSSL: the client certificate '{missing}' is not a file; wlinterp "
        "has no Windows certificate store: give the path of a PEM file holding the "
        "certificate and its private key, or of a PFX (PKCS #12) file without password."]
