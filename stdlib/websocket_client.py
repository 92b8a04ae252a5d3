"""WebSocketClientConnect / WebSocketClientConnectSSL (?1410087751, ?1410087752): a
connection to a WebSocket server (ws://, wss://), then a socket like the others: the
page says "the WebSocket can be handled like a standard socket, thus allowing you to use
SocketRead, SocketWrite, SocketClose or SocketExist", and SocketChangeTransmissionMode has
no effect on it. Each SocketWrite sends one message, each SocketRead gives one
(stdlib/websocket_frames.py).

The synchronous syntax, as the pages' examples call it: `(name, address [, port [, path
[, timeout]]])`, True or False (ErrorOccurred, ErrorInfo in words). VERIFIED: the names,
the first four parameters' order, the boolean (the examples). INFERRED: the timeout,
fifth, in milliseconds as SocketConnect's (20 s by default); the port 80 (443 with SSL)
when not given; the French names. The asynchronous syntax (a procedure as 2nd parameter)
is refused in words: docs/builtins.md "WebSocket client".
"""
from __future__ import annotations

import socket

from wlinterp.errors import BuiltinFailure
from wlinterp.host_names import host_port
from wlinterp.registry import Family
from wlinterp.runtime import values as V
from wlinterp.runtime.procrefs import WLProcRef
from wlinterp.runtime.state import Runtime

from .http_exchange import verifying_context
from .socket_stream import CONNECT_WAIT_MS, WLSocket, send_all, untimed
from .sockets import add_socket, handshake_words, host_arg, no_connection, port_arg
from .timeouts import timeout_seconds
from .websocket_frames import WEBSOCKET_MODE, check_opening, opening_request

family = Family("WebSocket client")


@family.function("WebSocketClientConnect", "WebSocketClientConnecte", can_fail=True)
def websocket_client_connect(rt: Runtime, name: object, address: object,
                             port: object = None, path: object = "",
                             timeout: object = CONNECT_WAIT_MS) -> bool:
    """Open a WebSocket to ws://address:port/path and name it (SocketRead, SocketWrite,
    SocketClose then use it)."""
    return _connect(rt, "WebSocketClientConnect", name, address, port, path, timeout, False)


@family.function("WebSocketClientConnectSSL", "WebSocketClientConnecteSSL", can_fail=True)
def websocket_client_connect_ssl(rt: Runtime, name: object, address: object,
                                 port: object = None, path: object = "",
                                 timeout: object = CONNECT_WAIT_MS) -> bool:
    """As WebSocketClientConnect over TLS (wss://), the server's certificate verified for
    its name as SocketConnectSSL's is."""
    return _connect(rt, "WebSocketClientConnectSSL", name, address, port, path, timeout,
                    True)


def _connect(rt: Runtime, fname: str, name: object, address: object, port: object,
             path: object, timeout: object, tls: bool) -> bool:
    """Connect, make the handshake within `timeout`, and name the socket."""
    if isinstance(address, WLProcRef):
        raise BuiltinFailure(f"{fname}: the asynchronous syntax (a procedure called for each "
                             "event) is not available; call it without the procedure and "
                             "read the messages with SocketRead.", value=False)
    host = host_arg(address, fname)
    default = 443 if tls else 80
    number = default if port in (None, "", 0) else port_arg(port, fname)
    seconds = timeout_seconds(timeout, fname, per_second=1000)
    try:
        sock = socket.create_connection((host, number), timeout=seconds)
    except socket.timeout:
        raise BuiltinFailure(no_connection(fname, host, number, seconds), value=False) from None
    except OSError as exc:
        raise BuiltinFailure(f"{fname}: cannot connect to {host_port(host, number)} "
                             f"({exc.strerror or exc}).", value=False) from None
    s = WLSocket(sock)
    try:
        if tls:
            s.sock = sock = verifying_context(rt).wrap_socket(sock, server_hostname=host)
        request, key = opening_request(host, number, V.to_str(path), default)
        send_all(sock, request)
        s.start_message(seconds)
        check_opening(s, key)
    except (OSError, ValueError) as exc:
        sock.close()
        words = handshake_words(exc, seconds) if isinstance(exc, OSError) else str(exc)
        raise BuiltinFailure(f"{fname}: the WebSocket to {host_port(host, number)} could not "
                             f"be opened ({words}).", value=False) from None
    finally:
        untimed(sock)
    s.mode = WEBSOCKET_MODE
    add_socket(rt, name, s, fname)
    return True
