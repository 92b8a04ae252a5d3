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
when not given; the French names.

The asynchronous syntax, `(name, procedure, address [, port [, path]])` (the pages'
second example): the connection is made and the messages read in a thread of the run
(stdlib/thread_run.py `spawn`), which calls the procedure with (SocketOpening, ""),
(SocketMessage, message) for each, then (SocketClosing, why) or (SocketError, why). The
event constants' values are ours (the pages name them only): docs/builtins.md
"WebSocket client".
"""
from __future__ import annotations

import socket
import threading

from wlinterp.errors import BuiltinFailure, WLRuntimeError
from wlinterp.host_names import host_port
from wlinterp.registry import Family, ProcArg, TextArg
from wlinterp.runtime import values as V
from wlinterp.runtime.procrefs import WLProcRef, call_with, procedure_arg
from wlinterp.runtime.state import Runtime

from .http_exchange import verifying_context
from .strings import text_arg
from .socket_stream import CONNECT_WAIT_MS, WLSocket, message_limit, send_all, untimed
from .sockets import (add_socket, decoded, get_socket, get_socket_or_none, handshake_words,
                      host_arg, no_connection, port_arg, socket_close)
from .timeouts import timeout_seconds
from .websocket_frames import (WEBSOCKET_MODE, check_opening, opening_request, read_message,
                               request_target)

family = Family("WebSocket client")

NOT_GIVEN = object()
"""The fifth parameter's default: the synchronous syntax's timeout (20 s) when not given,
but the asynchronous syntax's path sits there, and a path not given is "" (a default of
20000 there made the request `GET /20000`)."""

# The events of the asynchronous syntax (?1410087751's example); values and French names
# INFERRED (the page names the English constants only).
OPENING = family.constant("SocketOpening", "SocketOuverture", 1)
MESSAGE = family.constant("SocketMessage", "SocketMessage", 2)
CLOSING = family.constant("SocketClosing", "SocketFermeture", 3)
ERROR = family.constant("SocketError", "SocketErreur", 4)


@family.function("WebSocketClientConnect", "WebSocketClientConnecte", can_fail=True)
def websocket_client_connect(rt: Runtime, name: TextArg, address: ProcArg,
                             port: object = None, path: object = "",
                             timeout: object = NOT_GIVEN) -> bool:
    """Open a WebSocket to ws://address:port/path and name it (SocketRead, SocketWrite,
    SocketClose then use it); with a procedure second, the asynchronous syntax."""
    return _either(rt, "WebSocketClientConnect", (name, address, port, path, timeout), False)


@family.function("WebSocketClientConnectSSL", "WebSocketClientConnecteSSL", can_fail=True)
def websocket_client_connect_ssl(rt: Runtime, name: TextArg, address: ProcArg,
                                 port: object = None, path: object = "",
                                 timeout: object = NOT_GIVEN) -> bool:
    """As WebSocketClientConnect over TLS (wss://), the server's certificate verified for
    its name as SocketConnectSSL's is."""
    return _either(rt, "WebSocketClientConnectSSL", (name, address, port, path, timeout),
                   True)


def _either(rt: Runtime, fname: str, args: tuple[object, ...], tls: bool) -> bool:
    """The synchronous syntax, or the asynchronous one when a procedure comes second
    (its address, port and path one place further)."""
    name, second, port, path, timeout = args
    name = text_arg(name, fname)  # (a socket's name: refused before anything is tried)
    if not isinstance(second, (WLProcRef, str)) or isinstance(second, str) and \
            not _names_procedure(rt, second):
        wait = CONNECT_WAIT_MS if timeout is NOT_GIVEN else timeout
        return _connect(rt, fname, name, second, port, path, wait, tls)
    rest = (port, path, "" if timeout is NOT_GIVEN else timeout)  # (one place further)
    if rest[0] is None:
        raise WLRuntimeError(f"{fname}: the asynchronous syntax needs the server's address "
                             "after the procedure.")
    proc = procedure_arg(rt, second, fname)
    from wlinterp.run_errors import script_place  # (as ThreadExecute's start)
    from .thread_run import spawn
    called = _as_called(fname)  # (the thread's name too: "in thread 'WebSocketClient
    listener = _Listener()  # Connecte client'" in French)
    spawn(rt, f"{called} {V.to_str(name)}", _listen,
          (rt, called, name, proc, rest[0], rest[1], rest[2] or "", tls, listener),
          named=False, caller=script_place()).release = listener.release
    return True


class _Listener:
    """Whether the asynchronous syntax's thread may still call the script's procedure.
    The page's example leaves its WebSocket open: when the program ends with the thread
    waiting for a message, the end of the run releases it (thread_run._join_all) instead
    of stopping it with a warning; the WebSocket is then closed with the others, and the
    procedure is told nothing more (the program is over)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.reading = False  # waiting for the server (not in the procedure)
        self.over = False  # released: the procedure is not called again

    def release(self) -> bool:
        """The end of the run: True (not to be waited for) if the thread is waiting for
        the server; False while it connects or runs the procedure."""
        with self.lock:
            self.over = self.over or self.reading
            return self.over

    def heard(self) -> bool:
        """A read ended (a message, or the WebSocket's end): may the procedure hear it?"""
        with self.lock:
            self.reading = False
            return not self.over

    def reads(self) -> None:
        with self.lock:
            self.reading = True


def _as_called(fname: str) -> str:
    """`fname` as the calling line writes it (`WebSocketClientConnecte` in French): the
    thread's failures reach the procedure as words, not through ErrorInfo, which names a
    built-in so (docs/semantics.md §6, "The language of error messages")."""
    from wlinterp.runtime.error_place import as_called, capture
    return as_called(f"{fname}: ", capture(2)).partition(":")[0]


def _names_procedure(rt: Runtime, text: str) -> bool:
    """Whether a text second parameter names one of the program's procedures (older code
    passes a callback by its name): an address never does."""
    try:
        procedure_arg(rt, text, "")
    except WLRuntimeError:
        return False
    return True


def _listen(rt: Runtime, fname: str, name: object, proc: WLProcRef, address: object,
            port: object, path: object, tls: bool, listener: _Listener) -> None:
    """The asynchronous syntax's thread: connect, then tell the procedure each event
    until the WebSocket ends; the script closing it (SocketClose), or the end of the
    program (_Listener), ends it quietly."""
    try:
        _connect(rt, fname, name, address, port, path, CONNECT_WAIT_MS, tls)
    except BuiltinFailure as failure:
        call_with(proc, ERROR, failure.message)
        return
    s = get_socket(rt, name, fname)
    call_with(proc, OPENING, "")
    while True:
        s.start_message(None)
        listener.reads()
        try:
            message = read_message(s, message_limit())
        except (OSError, ValueError) as exc:
            if not listener.heard() or get_socket_or_none(rt, name) is not s:
                return  # SocketClose'd by the script, or the program is over
            socket_close(rt, name)
            closed = isinstance(exc, ConnectionError) and "closed" in str(exc)
            call_with(proc, CLOSING if closed else ERROR, f"{fname}: {exc}.")
            return
        if not listener.heard():
            return
        call_with(proc, MESSAGE, decoded(message))


def _connect(rt: Runtime, fname: str, name: object, address: object, port: object,
             path: object, timeout: object, tls: bool) -> bool:
    """Connect, make the handshake within `timeout`, and name the socket."""
    host = host_arg(address, fname)
    default = 443 if tls else 80
    number = default if port in (None, "", 0) else port_arg(port, fname)
    seconds = timeout_seconds(timeout, fname, per_second=1000)
    try:
        target = request_target(V.to_str(path))  # (refused before anything is tried)
    except ValueError as exc:
        raise BuiltinFailure(f"{fname}: {exc}.", value=False) from None
    context = verifying_context(rt, fname) if tls else None  # (a bad CA file: before)
    try:
        sock = socket.create_connection((host, number), timeout=seconds)
    except socket.timeout:
        raise BuiltinFailure(no_connection(fname, host, number, seconds), value=False) from None
    except OSError as exc:
        raise BuiltinFailure(f"{fname}: cannot connect to {host_port(host, number)} "
                             f"({exc.strerror or exc}).", value=False) from None
    s = WLSocket(sock)
    try:
        if context is not None:
            s.sock = sock = context.wrap_socket(sock, server_hostname=host)
        request, key = opening_request(host, number, target, default)
        send_all(sock, request)
        s.start_message(seconds)
        check_opening(s, key)
    except (OSError, ValueError) as exc:
        sock.close()
        words = handshake_words(exc, seconds) if isinstance(exc, OSError) else str(exc)
        if isinstance(exc, TimeoutError) and s.pending:  # it answered, and went on
            words = f"the server's answer to the handshake did not end within {seconds:g} s"
        raise BuiltinFailure(f"{fname}: the WebSocket to {host_port(host, number)} could not "
                             f"be opened ({words}).", value=False) from None
    finally:
        untimed(sock)
    s.mode = WEBSOCKET_MODE
    add_socket(rt, name, s, fname)
    return True
