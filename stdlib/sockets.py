"""TCP sockets: client (SocketConnect...) and server (SocketCreate, SocketWaitForConnection,
SocketAccept), each socket known by the name the script gives it.

Messages follow WINDEV's transmission modes (help 3070001): by default each message is
sent as its length in bytes, CR LF, then the bytes ("11\\r\\nHelloWorld"), so that two
programs using these functions exchange whole messages; `SocketChangeTransmissionMode`
switches a socket to an end marker (SocketEndTag) or to raw bytes (SocketNoEndTag, what
talking to other programs needs). Texts travel as UTF-8 (Latin-1 for bytes that are not
UTF-8 on reading). Failures (refused connection, unknown name, timeout) are non-fatal
errors (ErrorOccurred), as WINDEV's socket functions report them.
"""
from __future__ import annotations

import socket
from typing import Any

from wlinterp.errors import BuiltinFailure, WLRuntimeError
from wlinterp.goodbyes import Farewells, per_run
from wlinterp.host_names import host_port, unbracketed
from wlinterp.registry import Family, OutArg, TextArg
from wlinterp.runtime import values as V
from wlinterp.runtime.state import Runtime
from wlinterp.syntax.names import fold

from .strings import text_arg
from .text_encodings import file_bytes
from .socket_stream import (CONNECT_WAIT_MS, DEFAULT_MODE, WLSocket, in_slices, message_limit,
                            untimed)
from .timeouts import timeout_seconds
from . import websocket_frames
from .websocket_frames import WEBSOCKET_MODE

_MOST_BYTES = 4096
"""What a SocketNoEndTag read returns at most without its 4th parameter (?3070014)."""
_READ_TIMEOUT_MS = 1000
"""SocketRead's wait with False and no timeout (?3070014: 1000 milliseconds)."""

family = Family("Sockets")

# "SocketTailleDébut" in real French code (code search id 56829140700); the former
# French name, found nowhere, is kept beside it
SIZE_AT_START = family.constant("SocketSizeAtBeginning", "SocketTailleDébut", DEFAULT_MODE,
                                "SocketTailleAuDébut")
END_TAG = family.constant("SocketEndTag", "SocketMarqueurFin", 2)
NO_END_TAG = family.constant("SocketNoEndTag", "SocketSansMarqueurFin", 3)


def _sockets(rt: Runtime) -> dict[str, WLSocket]:
    return per_run(rt, "sockets", dict, _close_all)


def _close_all(table: dict[str, WLSocket], farewells: Farewells) -> None:
    """Sockets still open when the program ends are closed with the run's other
    connections (goodbyes.Farewells): the WebSockets' close frames sent with the others'
    goodbyes, the answers awaited together."""
    for s in list(table.values()):  # (an asynchronous WebSocket's thread may close its own)
        farewells.add(s.sock, websocket_frames.goodbye(s) if s.mode == WEBSOCKET_MODE
                      else None, s.close)


def _close(s: WLSocket) -> None:
    """Close `s`; a WebSocket says goodbye first, as RFC 6455 asks (it only vanished:
    the server saw the connection reset, no close frame)."""
    if s.mode == WEBSOCKET_MODE:
        websocket_frames.say_goodbye(s)
    s.close()


def get_socket(rt: Runtime, name: object, fname: str, value: Any = False) -> WLSocket:
    """The socket of that name (case sensitive: "Caution: the socket name is case
    sensitive", ?3070014), or a non-fatal error returning `value`."""
    label = text_arg(name, fname)  # a socket's name: a text
    s = _sockets(rt).get(label)
    if s is None:
        raise BuiltinFailure(no_socket(rt, fname, label), value=value)
    return s


def no_socket(rt: Runtime, fname: str, label: str) -> str:
    """The words of a name no socket has; one open under the same name in another case
    is named (a name's case counts, which a script ported from code that wrote it two
    ways would not expect)."""
    near = next((key for key in _sockets(rt) if fold(key) == fold(label)), None)
    hint = f" (a socket's name is case sensitive: '{near}' is open)" if near else ""
    return f"{fname}: there is no socket named '{label}'{hint}."


def get_socket_or_none(rt: Runtime, name: object) -> WLSocket | None:
    """The socket of that name, None when none is open."""
    return _sockets(rt).get(V.to_str(name))


def add_socket(rt: Runtime, name: object, s: WLSocket, fname: str) -> None:
    """Name a new socket; a name already open is a non-fatal error (the socket closed)."""
    table = _sockets(rt)
    label = text_arg(name, fname)
    if label in table:
        s.sock.close()
        raise BuiltinFailure(f"{fname}: a socket named '{label}' already exists.",
                             value=False)
    table[label] = s


def decoded(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def port_arg(port: object, fname: str) -> int:
    """The port number a socket function is given, 0 to 65535; another number is a
    non-fatal error (the system library raised OverflowError, a fatal error, when binding,
    and connected to the port modulo 65536: a script asking for 70000 reached 4464)."""
    n = V.to_int(port)
    if not 0 <= n <= 65535:
        raise BuiltinFailure(f"{fname}: {n} is not a port number (0 to 65535).", value=False)
    return n


def host_arg(address: object, fname: str) -> str:
    """The address a socket function is given, this machine (127.0.0.1) when empty; one
    holding a control character is a non-fatal error naming it (a NUL stopped the run
    with the system library's "host name must not contain null character"). An IPv6
    address may be written in brackets (`[::1]`: host_names.unbracketed)."""
    host = unbracketed((text_arg(address, fname) if address is not None else "")
                       or "127.0.0.1")
    if any(ord(c) < 32 or ord(c) == 127 for c in host):
        shown = host.encode("unicode_escape").decode("ascii")[:80]
        raise BuiltinFailure(f"{fname}: the address '{shown}' holds a control character.",
                             value=False)
    return host


@family.function("SocketConnect", "SocketConnecte", can_fail=True)
def socket_connect(rt: Runtime, name: TextArg, port: object, address: TextArg = "",
                   timeout: object = CONNECT_WAIT_MS) -> bool:
    """Connect to `address` (this machine when empty) on `port`; `timeout` in
    milliseconds, or a Duration (20 s by default; *decided*, INFERRED: docs/builtins.md
    "Sockets": it was read in hundredths, 500 waited 5 s)."""
    name = text_arg(name, "SocketConnect")  # (refused before anything is tried)
    host, number = host_arg(address, "SocketConnect"), port_arg(port, "SocketConnect")
    seconds = timeout_seconds(timeout, "SocketConnect", per_second=1000)
    try:
        sock = socket.create_connection((host, number), timeout=seconds)
        sock.settimeout(None)
    except socket.timeout:
        raise BuiltinFailure(no_connection("SocketConnect", host, number, seconds),
                             value=False) from None
    except OSError as exc:
        raise BuiltinFailure(f"SocketConnect: cannot connect to {host_port(host, number)} "
                             f"({exc.strerror or exc}).", value=False) from None
    add_socket(rt, name, WLSocket(sock), "SocketConnect")
    return True


@family.function("SocketCreate", "SocketCrée", can_fail=True)
def socket_create(rt: Runtime, name: TextArg, port: object, address: TextArg = "") -> bool:
    """A server socket listening on `port` (of `address`; 127.0.0.1 when empty: decided,
    nothing is exposed to the network unless the script names an address)."""
    name = text_arg(name, "SocketCreate")
    host, number = host_arg(address, "SocketCreate"), port_arg(port, "SocketCreate")
    try:
        sock = socket.create_server((host, number))
    except OSError as exc:
        raise BuiltinFailure(f"SocketCreate: cannot listen on {host_port(host, number)} "
                             f"({exc.strerror or exc}).", value=False) from None
    add_socket(rt, name, WLSocket(sock, server=True), "SocketCreate")
    return True


@family.function("SocketWaitForConnection", "SocketAttendConnexion", can_fail=True)
def socket_wait(rt: Runtime, name: TextArg, timeout: object = None) -> bool:
    """Wait for a client on a server socket; SocketAccept then names the connection.
    `timeout` in milliseconds as the family's other waits (*decided*, INFERRED:
    docs/builtins.md "Sockets"; it was read in hundredths, 500 waited 5 s)."""
    s = get_socket(rt, name, "SocketWaitForConnection")
    if s.accepted:
        return True
    seconds = timeout_seconds(timeout, "SocketWaitForConnection", per_second=1000)
    try:
        conn, _ = in_slices(s.sock, s.sock.accept, seconds, "SocketWaitForConnection")
    except socket.timeout:
        return False
    except OSError as exc:
        raise BuiltinFailure(f"SocketWaitForConnection: {exc}.", value=False) from None
    finally:
        untimed(s.sock)
    if s.tls is not None:
        conn = _secure(s, conn, seconds)
    conn.settimeout(None)
    s.accepted.append(conn)
    return True


def _secure(s: WLSocket, conn: socket.socket, seconds: float | None,
            fname: str = "SocketWaitForConnection", failed: object = False) -> socket.socket:
    """The TLS handshake of a connection an SSL server accepted, within the wait's
    `seconds` (a client that never speaks TLS cannot block the server); its failure is
    `fname`'s, with `fname`'s failure value (SocketRead accepts for a simplified server)."""
    conn.settimeout(seconds)
    try:
        secured = s.tls.wrap_socket(conn, server_side=True, do_handshake_on_connect=False)
        secured.do_handshake()
        return secured
    except OSError as exc:  # ssl.SSLError and timeouts are OSErrors
        conn.close()
        raise BuiltinFailure(f"{fname}: the TLS handshake with the client failed "
                             f"({handshake_words(exc, seconds, 'client')}).",
                             value=failed) from None


def no_connection(fname: str, host: str, number: int, seconds: float | None) -> str:
    """ErrorInfo of a connection the other side did not answer within the timeout, which
    it names in seconds (it said "(timed out)", hiding the unit the timeout was read in)."""
    return f"{fname}: no connection to {host_port(host, number)} within {seconds or 0:g} s."


def handshake_words(exc: OSError, seconds: float | None, peer: str = "server") -> str:
    """Why a TLS handshake with the `peer` failed, in words (OpenSSL's identifier kept in
    brackets): it was "_ssl.c:989: The handshake operation timed out", or the bare
    identifier (WRONG_VERSION_NUMBER)."""
    import ssl
    from wlinterp.mail.failures import certificate_words, tls_words  # (failure path only)
    if isinstance(exc, ssl.SSLCertVerificationError):
        return certificate_words(exc, peer)
    if isinstance(exc, (TimeoutError, socket.timeout)):
        within = f" within {seconds:g} s" if seconds is not None else ""
        return f"no answer from the {peer}{within}"
    if isinstance(exc, ssl.SSLError):
        return tls_words(exc).replace("the server", f"the {peer}")
    return str(getattr(exc, "strerror", None) or exc)


@family.function("SocketAccept", "SocketAccepte", can_fail=True)
def socket_accept(rt: Runtime, server: TextArg, name: TextArg = "") -> str:
    """Name the connection SocketWaitForConnection got (a generated name when none is
    given) and return that name."""
    given = text_arg(name, "SocketAccept")
    s = get_socket(rt, server, "SocketAccept", value="")
    if not s.accepted:
        raise BuiltinFailure("SocketAccept: no connection is waiting (call "
                             "SocketWaitForConnection first).", value="")
    label = given or f"{text_arg(server, 'SocketAccept')}#{len(_sockets(rt))}"
    add_socket(rt, label, WLSocket(s.accepted.pop(0)), "SocketAccept")
    return label


@family.function("SocketWrite", "SocketEcrit", can_fail=True)
def socket_write(rt: Runtime, name: TextArg, message: object, address: object = None,
                 port: object = None) -> bool:
    """Send a message in the socket's transmission mode; on a UDP socket, one datagram
    to `address`:`port` (by default the sender of the last message read). Text goes as
    UTF-8, but text that already holds UTF-8 bytes (StringToUTF8's result) goes byte for
    byte, as fWrite writes it: encoded again, "é" was four bytes."""
    s = get_socket(rt, name, "SocketWrite")
    data = file_bytes(V.to_str(message))  # StringToUTF8's bytes are sent as they are
    if s.udp:
        from .socket_datagrams import send_datagram  # (UDP alone needs it)
        return send_datagram(s, data, address, port)
    s = _stream(s, None, "SocketWrite")
    if s.mode == SIZE_AT_START:
        data = str(len(data)).encode("ascii") + b"\r\n" + data
    elif s.mode == END_TAG:
        data += s.tag
    elif s.mode == WEBSOCKET_MODE:  # (WebSocketClientConnect's: one frame a message)
        data = websocket_frames.frame(data)
    try:
        s.send(data)
    except OSError as exc:  # (TimeoutError: the other side stopped reading)
        raise BuiltinFailure(f"SocketWrite: {exc.strerror or exc}.", value=False) from None
    return True


@family.function("SocketRead", "SocketLit", can_fail=True)
def socket_read(rt: Runtime, name: TextArg, undefined_wait: object = True,
                timeout: object = None, address: OutArg = None, port: OutArg = None
                ) -> tuple[str, object, object]:
    """The next message (SocketSizeAtBeginning, SocketEndTag) or the bytes that arrived
    (SocketNoEndTag, at most the 4th parameter's number of bytes, 4096 by default); on a
    UDP socket the next datagram, its sender's address and port stored into `address`
    and `port`. "" and ErrorOccurred when the time runs out or the other side closed the
    connection. The wait (?3070014, VERIFIED): without end by default; with False, at most
    the timeout, in milliseconds, 1000 when not given (INFERRED: a timeout given with
    True bounds the wait too)."""
    s = get_socket(rt, name, "SocketRead", value=("", "", 0))
    seconds = read_wait(undefined_wait, timeout)
    if s.udp:
        from .socket_datagrams import read_datagram
        return read_datagram(s, seconds)
    most = _MOST_BYTES if address is None else V.to_int(address)  # 4th: a number here
    if most <= 0:
        raise WLRuntimeError(f"SocketRead: {most} is not a number of bytes to read "
                             "(at least 1).")
    given = (address, port)  # stored back unchanged: no sender to give on TCP
    try:
        return (_read_stream(_stream(s, seconds, "SocketRead"), seconds, most), *given)
    except BuiltinFailure as failure:
        failure.value = ("", *given)
        raise


def read_wait(undefined_wait: object, timeout: object) -> float | None:
    """SocketRead's wait in seconds (None: no end), from its 2nd and 3rd parameters."""
    if timeout is None:
        return None if V.to_bool(undefined_wait) else _READ_TIMEOUT_MS / 1000
    return timeout_seconds(timeout, "SocketRead", per_second=1000)


def _stream(s: WLSocket, seconds: float | None, fname: str) -> WLSocket:
    """The connection a read or write of a TCP socket uses: the socket itself, or on a
    server its one client as a simplified server (?3070001: the server's first
    successful SocketRead makes the connection), accepted by that read."""
    if not s.server:
        return s
    if s.simple is None:
        if fname != "SocketRead":
            raise BuiltinFailure(f"{fname}: no client is connected to this server yet (the "
                                 "server's first SocketRead makes the connection).")
        try:
            conn, _ = in_slices(s.sock, s.sock.accept, seconds, "SocketRead")
        except socket.timeout:
            raise BuiltinFailure("SocketRead: no client connected within the timeout.",
                                 value="") from None
        except OSError as exc:
            raise BuiltinFailure(f"SocketRead: {exc}.", value="") from None
        finally:
            untimed(s.sock)
        if s.tls is not None:
            conn = _secure(s, conn, seconds, "SocketRead", "")
        conn.settimeout(None)
        s.simple = WLSocket(conn)
    s.simple.mode, s.simple.tag = s.mode, s.tag
    return s.simple


def _no_message(seconds: float | None) -> str:
    """A read that ran out of time, saying how long it waited (it said "within the
    timeout"), in the milliseconds SocketRead's timeout is given in. No function is named
    in the parenthesis: a French script read "SocketLit: ... (SocketRead's timeout)"."""
    if seconds is None:
        return "SocketRead: no message within the timeout."
    return f"SocketRead: no message within {seconds * 1000:g} ms (the read's timeout)."


def _read_stream(s: WLSocket, seconds: float | None, most: int = 0) -> str:
    """One message of a connected socket, in its transmission mode."""
    limit = message_limit()
    try:
        s.start_message(seconds)  # the timeout bounds the whole message (socket_stream.py)
        if s.mode == SIZE_AT_START:
            size = s.read_size()
            if size > limit:
                raise ValueError(f"a message of {size} bytes was announced, more than the "
                                 f"longest string of the run ({limit} bytes)")
            return decoded(s.read_exactly(size))
        if s.mode == END_TAG:
            return decoded(s.read_until(s.tag, limit))
        if s.mode == WEBSOCKET_MODE:
            return decoded(websocket_frames.read_message(s, limit))
        return decoded(s.take_pending(most))
    except socket.timeout:
        raise BuiltinFailure(_no_message(seconds), value="") from None
    except (OSError, ValueError) as exc:
        if isinstance(exc, ValueError):  # out of step: where the next message begins is lost
            s.end(f"the connection was given up after an earlier failure ({exc})")
            if s.mode == WEBSOCKET_MODE:
                websocket_frames.fail(s, exc)
        raise BuiltinFailure(f"SocketRead: {exc}.", value="") from None
    finally:
        untimed(s.sock)


_NO_MARKER = object()
"""SocketChangeTransmissionMode's end marker when none is given (CR LF)."""


@family.function("SocketChangeTransmissionMode", "SocketChangeModeTransmission",
                 can_fail=True)
def socket_change_mode(rt: Runtime, name: TextArg, mode: object,
                       end_tag: object = _NO_MARKER) -> bool:
    """SocketSizeAtBeginning (default), SocketEndTag (with its marker, CR LF by
    default) or SocketNoEndTag. An empty marker given with SocketEndTag is refused (no
    message could end; it was read as CR LF, silently: docs/builtins.md "Sockets"); the
    socket keeps its mode."""
    s = get_socket(rt, name, "SocketChangeTransmissionMode")
    if s.mode == WEBSOCKET_MODE:  # no effect on a WebSocket (?1410087751)
        return True
    m = V.to_int(mode)
    if m not in (SIZE_AT_START, END_TAG, NO_END_TAG):
        raise BuiltinFailure(f"SocketChangeTransmissionMode: unknown mode {m}.", value=False)
    tag = b"\r\n" if end_tag is _NO_MARKER else V.to_str(end_tag).encode("utf-8")
    if m == END_TAG and not tag:
        raise BuiltinFailure("SocketChangeTransmissionMode: the end marker given is empty, so "
                             "no message could end; give the text that ends each message (CR "
                             "LF when none is given). The socket keeps its mode.", value=False)
    s.mode = m
    s.tag = tag or b"\r\n"
    return True


@family.function("SocketClose", "SocketFerme", can_fail=True)
def socket_close(rt: Runtime, name: TextArg) -> None:
    """Close the socket and forget its name."""
    label = text_arg(name, "SocketClose")
    s = _sockets(rt).pop(label, None)
    if s is None:
        raise BuiltinFailure(no_socket(rt, "SocketClose", label))
    _close(s)


@family.function("SocketExist", "SocketExiste")
def socket_exist(rt: Runtime, name: TextArg) -> bool:
    """Is there an open socket of that name?"""
    return text_arg(name, "SocketExist") in _sockets(rt)
