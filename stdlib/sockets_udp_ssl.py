"""UDP and SSL sockets: SocketCreateUDP/SocketCréeUDP, SocketCreateSSL/SocketCréeSSL and
SocketConnectSSL/SocketConnecteSSL. The sockets they make are named like the TCP ones
(stdlib/sockets.py) and read, written, closed and asked about with the same functions:
a UDP socket reads and writes whole datagrams, an SSL one the same messages as a TCP
socket over TLS.

TLS follows the rules of the HTTP and e-mail families: a client always verifies the
server's certificate (the system store plus the run's `--ca-file` / WL_CA_FILE, the
host name included), there is no switch to turn that off, and the protocol constants
ask for nothing older than TLS 1.2 (what the two sides share is negotiated). A server
needs a certificate: a PEM file, with its private key in it or in a second file.
Decisions: docs/builtins.md, "Sockets".
"""
from __future__ import annotations

import socket
import ssl
from wlinterp.errors import BuiltinFailure
from wlinterp.registry import Family
from wlinterp.runtime import values as V
from wlinterp.runtime.state import Runtime

from .http_exchange import verifying_context
from .sockets import WLSocket, add_socket, port_arg
from .timeouts import timeout_seconds

family = Family("Sockets (UDP, SSL)")

# Protocol constants (names and values ours, docs/builtins.md "Sockets"): every one
# negotiates TLS 1.2 or later.
for _i, (_en, _fr) in enumerate((("SocketSSL2", "SocketSSL2"), ("SocketSSL3", "SocketSSL3"),
                                 ("SocketTLS1", "SocketTLS1"), ("SocketTLS1_1", "SocketTLS1_1"),
                                 ("SocketTLS1_2", "SocketTLS1_2"),
                                 ("SocketTLS1_3", "SocketTLS1_3")), 1):
    family.constant(_en, _fr, _i)


def _host(address: object) -> str:
    """The address to bind or reach: this machine (127.0.0.1) when none is given."""
    return (V.to_str(address) if address is not None else "") or "127.0.0.1"


@family.function("SocketCreateUDP", "SocketCréeUDP", can_fail=True)
def socket_create_udp(rt: Runtime, name: object, port: object, address: object = "") -> bool:
    """A UDP socket bound to `port` of `address` (127.0.0.1 when empty: nothing is
    exposed to the network unless the script names an address)."""
    host, number = _host(address), port_arg(port, "SocketCreateUDP")
    sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET,
                         socket.SOCK_DGRAM)
    try:
        sock.bind((host, number))
    except OSError as exc:
        sock.close()
        raise BuiltinFailure(f"SocketCreateUDP: cannot use {host}:{number} "
                             f"({exc.strerror or exc}).", value=False) from None
    add_socket(rt, name, WLSocket(sock, udp=True), "SocketCreateUDP")
    return True


def _server_context(certificate: object, key: object) -> ssl.SSLContext:
    """The TLS context of a server from its PEM certificate (and key) files."""
    cert = V.to_str(certificate) if certificate is not None else ""
    if not cert:
        raise BuiltinFailure("SocketCreateSSL: a certificate is needed (a PEM file holding "
                             "the certificate and its private key).", value=False)
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    try:
        ctx.load_cert_chain(cert, (V.to_str(key) or None) if key is not None else None)
    except (OSError, ValueError) as exc:  # ssl.SSLError is an OSError
        raise BuiltinFailure(f"SocketCreateSSL: cannot load the certificate '{cert}' "
                             f"({getattr(exc, 'strerror', None) or exc}).", value=False) from None
    return ctx


@family.function("SocketCreateSSL", "SocketCréeSSL", can_fail=True)
def socket_create_ssl(rt: Runtime, name: object, port: object, address: object = "",
                      protocol: object = None, certificate: object = None,
                      key: object = None) -> bool:
    """A server socket listening on `port` whose connections speak TLS with the PEM
    `certificate` (its private key inside, or in the `key` file); SocketWaitForConnection
    makes the handshake, then SocketAccept, SocketRead, SocketWrite work as for TCP."""
    number = port_arg(port, "SocketCreateSSL")
    ctx = _server_context(certificate, key)
    host = _host(address)
    try:
        sock = socket.create_server((host, number))
    except OSError as exc:
        raise BuiltinFailure(f"SocketCreateSSL: cannot listen on {host}:{number} "
                             f"({exc.strerror or exc}).", value=False) from None
    server = WLSocket(sock, server=True)
    server.tls = ctx
    add_socket(rt, name, server, "SocketCreateSSL")
    return True


@family.function("SocketConnectSSL", "SocketConnecteSSL", can_fail=True)
def socket_connect_ssl(rt: Runtime, name: object, protocol: object, port: object,
                       address: object = "", timeout: object = 2000) -> bool:
    """Connect to `address`:`port` over TLS, the server's certificate verified for that
    name; `timeout` in hundredths of a second (connection and handshake)."""
    host, number = _host(address), port_arg(port, "SocketConnectSSL")
    seconds = timeout_seconds(timeout, "SocketConnectSSL")
    try:
        raw = socket.create_connection((host, number), timeout=seconds)
    except OSError as exc:
        raise BuiltinFailure(f"SocketConnectSSL: cannot connect to {host}:{number} "
                             f"({exc.strerror or exc}).", value=False) from None
    try:
        sock = verifying_context(rt).wrap_socket(raw, server_hostname=host)
    except OSError as exc:
        raw.close()
        raise BuiltinFailure(f"SocketConnectSSL: the TLS handshake with {host}:"
                             f"{number} failed ({_reason(exc)}).", value=False) from None
    sock.settimeout(None)
    add_socket(rt, name, WLSocket(sock), "SocketConnectSSL")
    return True


def _reason(exc: OSError) -> str:
    if isinstance(exc, ssl.SSLCertVerificationError):
        return f"certificate: {exc.verify_message or exc.reason}"
    return str(getattr(exc, "reason", None) or exc)
