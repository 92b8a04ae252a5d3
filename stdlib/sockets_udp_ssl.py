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

import os
import socket
import ssl
from decimal import Decimal
from wlinterp.errors import BuiltinFailure
from wlinterp.host_names import host_port
from wlinterp.registry import Family, TextArg
from wlinterp.runtime import values as V
from wlinterp.runtime.state import Runtime

from .http_exchange import new_verifying_context, verifying_context
from .socket_certificates import STORE_WORDS, load_certificate
from .socket_stream import CONNECT_WAIT_MS
from .sockets import (WLSocket, add_socket, handshake_words, host_arg, no_connection,
                      port_arg)
from .strings import text_arg
from .timeouts import timeout_seconds

family = Family("Sockets (UDP, SSL)")

# Protocol constants (values ours, docs/builtins.md "Sockets"): every one negotiates
# TLS 1.2 or later. SocketCreateSSL's page names them ProtocolSSL2... ProtocolTLS1_3
# (?1000017041, VERIFIED), kept beside wlinterp's first names; its French page names
# them ProtocoleSSL2, ProtocoleSSL3, ProtocoleTLS1 (VERIFIED, the others by analogy).
for _i, _v in enumerate(("SSL2", "SSL3", "TLS1", "TLS1_1", "TLS1_2", "TLS1_3"), 1):
    family.constant(f"Socket{_v}", f"Socket{_v}", _i, f"Protocol{_v}", f"Protocole{_v}")


@family.function("SocketCreateUDP", "SocketCréeUDP", can_fail=True)
def socket_create_udp(rt: Runtime, name: TextArg, port: object, address: TextArg = "") -> bool:
    """A UDP socket bound to `port` of `address` (127.0.0.1 when empty: nothing is
    exposed to the network unless the script names an address)."""
    name = text_arg(name, "SocketCreateUDP")  # (refused before anything is tried)
    host, number = host_arg(address, "SocketCreateUDP"), port_arg(port, "SocketCreateUDP")
    sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET,
                         socket.SOCK_DGRAM)
    try:
        sock.bind((host, number))
    except OSError as exc:
        sock.close()
        raise BuiltinFailure(f"SocketCreateUDP: cannot use {host_port(host, number)} "
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
    load_certificate(ctx, cert, (V.to_str(key) or None) if key is not None else None,
                     "SocketCreateSSL: the certificate")
    return ctx


# How the page's syntax names its certificate (?1000017041: CertificateName,
# CertificateHash; the French page's NomCertificat, HashCertificat, VERIFIED: its example
# is `SocketCréeSSL(sSocketSSL, 5043, "9d a4 ...", HashCertificat)`; values ours): bits
# above the protocol constants. CertificatNom and CertificatHash, this project's first
# guesses, stay as aliases.
CERTIFICATE_NAME, CERTIFICATE_HASH = 0x100, 0x200
family.constant("CertificateName", "NomCertificat", CERTIFICATE_NAME, "CertificatNom")
family.constant("CertificateHash", "HashCertificat", CERTIFICATE_HASH, "CertificatHash")


def _page_form(third: object, options: object, certificate: object) -> bool:
    """Is SocketCreateSSL called as its page writes it, (name, port, certificate
    identifier [, options [, address]]), rather than (name, port, address, protocol,
    certificate [, key])? Yes when the options name how the certificate is given, or
    when no 5th parameter gives a certificate and the 3rd names a file."""
    if options is not None and not isinstance(options, bool) \
            and V.to_int(options) & (CERTIFICATE_NAME | CERTIFICATE_HASH):
        return True
    text = V.to_str(third) if third is not None else ""
    return certificate is None and bool(text) and os.path.isfile(text)


@family.function("SocketCreateSSL", "SocketCréeSSL", can_fail=True)
def socket_create_ssl(rt: Runtime, name: TextArg, port: object, address: object = "",
                      protocol: object = None, certificate: object = None,
                      key: object = None) -> bool:
    """A server socket listening on `port` whose connections speak TLS with the PEM
    `certificate` (its private key inside, or in the `key` file); SocketWaitForConnection
    makes the handshake, then SocketAccept, SocketRead, SocketWrite work as for TCP.
    The page's syntax (?1000017041) gives the certificate 3rd and the address 5th: a
    PEM file's path there (no Windows certificate store here: a hash is refused)."""
    name = text_arg(name, "SocketCreateSSL")
    number = port_arg(port, "SocketCreateSSL")
    if _page_form(address, protocol, certificate):
        if protocol is not None and V.to_int(protocol) & CERTIFICATE_HASH:
            raise BuiltinFailure("SocketCreateSSL: a certificate given by its hash "
                                 f"(CertificateHash) cannot be found: {STORE_WORDS}.",
                                 value=False)
        address, certificate = ("" if certificate is None else certificate), address
    ctx = _server_context(certificate, key)
    host = host_arg(address, "SocketCreateSSL")
    try:
        sock = socket.create_server((host, number))
    except OSError as exc:
        raise BuiltinFailure(f"SocketCreateSSL: cannot listen on {host_port(host, number)} "
                             f"({exc.strerror or exc}).", value=False) from None
    server = WLSocket(sock, server=True)
    server.tls = ctx
    add_socket(rt, name, server, "SocketCreateSSL")
    return True


@family.function("SocketConnectSSL", "SocketConnecteSSL", can_fail=True)
def socket_connect_ssl(rt: Runtime, name: TextArg, port: object, address: object = "",
                       option: object = None, timeout: object = CONNECT_WAIT_MS,
                       client_certificate: object = None) -> bool:
    """Connect to `address`:`port` over TLS, the server's certificate verified for that
    name; `timeout` in milliseconds as SocketConnect's (connection and handshake). The page's
    syntax (?1000017041, VERIFIED): (name, port, address [, SSL option [, timeout [,
    client certificate: a PEM file here]]]); the former one, (name, protocol, port [,
    address [, timeout]]), is still read when its 3rd parameter is a number."""
    name = text_arg(name, "SocketConnectSSL")
    if _is_number(address):  # (name, protocol, port [, address [, timeout]])
        port, address, option = address, ("" if option is None else option), port
    host, number = host_arg(address, "SocketConnectSSL"), port_arg(port, "SocketConnectSSL")
    seconds = timeout_seconds(timeout, "SocketConnectSSL", per_second=1000)
    context = _client_context(rt, client_certificate)
    try:
        raw = socket.create_connection((host, number), timeout=seconds)
    except socket.timeout:
        raise BuiltinFailure(no_connection("SocketConnectSSL", host, number, seconds),
                             value=False) from None
    except OSError as exc:
        raise BuiltinFailure(f"SocketConnectSSL: cannot connect to {host_port(host, number)} "
                             f"({exc.strerror or exc}).", value=False) from None
    try:
        sock = context.wrap_socket(raw, server_hostname=host)
    except OSError as exc:
        raw.close()
        raise BuiltinFailure(f"SocketConnectSSL: the TLS handshake with {host}:"
                             f"{number} failed ({handshake_words(exc, seconds)}).", value=False) from None
    sock.settimeout(None)
    add_socket(rt, name, WLSocket(sock), "SocketConnectSSL")
    return True


def _is_number(value: object) -> bool:
    return isinstance(value, (int, float, Decimal)) and not isinstance(value, bool)


def _client_context(rt: Runtime, certificate: object) -> ssl.SSLContext:
    """The verifying context, presenting the client certificate (a PEM file holding it
    and its key) when one is given."""
    path = V.to_str(certificate) if certificate is not None else ""
    if not path:
        return verifying_context(rt, "SocketConnectSSL")
    context = new_verifying_context(rt, "SocketConnectSSL")  # not the run's shared one: its own identity
    load_certificate(context, path, None, "SocketConnectSSL: the client certificate")
    return context
