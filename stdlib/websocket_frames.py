"""The WebSocket protocol (RFC 6455) as a client speaks it, for WebSocketClientConnect's
sockets (stdlib/websocket_client.py): the opening handshake, and messages framed as
SocketWrite sends them and SocketRead reads them.

A client's frames are masked (RFC 6455 5.3); a message is sent whole in one frame, as
text when it is UTF-8 and binary otherwise. Reading gathers a fragmented message, answers
a ping with a pong, and ends on the server's close (its status code and reason in the
error's words). A message is bounded by MESSAGE_LIMIT (16 MB), or by the longest string
of the run when it is shorter (socket_stream.message_limit): a server sending continuation
frames without end had the client hold up to 1 GB (the longest string) before it stopped.
A read that fails the WebSocket (a message too long, a frame breaking the protocol) closes
its TCP connection at once, after a close frame saying why (RFC 6455 7.1.7, `fail`): it
stayed open until SocketClose, the server still sending into it.
"""
from __future__ import annotations

__all__ = ["WEBSOCKET_MODE", "MESSAGE_LIMIT", "TooLong", "fail", "request_target",
           "opening_request", "check_opening", "frame", "read_message", "goodbye",
           "say_goodbye"]

import base64
import hashlib
import os
import socket
import struct
from urllib.parse import quote

from wlinterp.host_names import bracketed, host_port

from wlinterp.goodbyes import part

from .socket_stream import MessageCut, WLSocket, send_all

WEBSOCKET_MODE = 4
"""The transmission mode of a WebSocket (no WLanguage constant: SocketChangeTransmissionMode
has no effect on one, ?1410087751)."""
_GUID = b"258EAFA5-E914-47DA-95CA-C5AB0DC85B11"  # RFC 6455 1.3
_HEAD_LIMIT = 65536  # the server's handshake answer, at most
_TEXT, _BINARY, _CLOSE, _PING, _PONG = 0x1, 0x2, 0x8, 0x9, 0xA
MESSAGE_LIMIT = 16 << 20
"""The longest WebSocket message a read gathers, in bytes (docs/builtins.md "WebSocket
client"; INFERRED: WINDEV's help gives none): far above a real message, far below the
longest string."""
_TOO_BIG, _PROTOCOL_ERROR = 1009, 1002  # RFC 6455 7.4.1's status codes


class TooLong(ValueError):
    """A message longer than a read gathers (its close frame says 1009, "message too big")."""


def request_target(path: str) -> str:
    """The GET's target for the script's `path` (its leading `/` optional), a space and
    each character past ASCII percent-encoded (its UTF-8 bytes, RFC 3986 2.5: a request
    line is ASCII; a `%` already written is kept, the script may have encoded); ValueError in words for a control character, which would end the
    request line (a CR or LF would let the path write headers of its own)."""
    if any(ord(c) < 32 or ord(c) == 127 for c in path):
        shown = path.encode("unicode_escape").decode("ascii")[:80]
        raise ValueError(f"the path '{shown}' holds a control character")
    return "/" + "".join(c if " " < c < "\x7f" else quote(c, safe="")
                         for c in path.lstrip("/"))


def opening_request(host: str, port: int, target: str, default_port: int) -> tuple[bytes, bytes]:
    """The handshake's GET of `target` (request_target's) and the key whose answer the
    server must give."""
    key = base64.b64encode(os.urandom(16))
    authority = bracketed(host) if port == default_port else host_port(host, port)
    lines = [f"GET {target} HTTP/1.1", f"Host: {authority}", "Upgrade: websocket",
             "Connection: Upgrade", f"Sec-WebSocket-Key: {key.decode()}",
             "Sec-WebSocket-Version: 13", "", ""]
    return "\r\n".join(lines).encode("utf-8"), key


def check_opening(s: WLSocket, key: bytes) -> None:
    """Read the server's answer to the handshake: ValueError in words unless it is
    101 with the Sec-WebSocket-Accept the key asks for. What the server sent after it
    stays in the socket's pending bytes (a first message)."""
    try:
        head = s.read_until(b"\r\n\r\n", _HEAD_LIMIT).decode("latin-1")
    except ValueError:  # (read_until's words name the longest string, not this bound)
        raise ValueError(f"the server's answer to the handshake went past {_HEAD_LIMIT} "
                         "bytes without ending; a real one holds a few hundred") from None
    except MessageCut as cut:  # (its words spoke of "a message" and "its end marker")
        raise ValueError(f"the server closed the connection after {len(cut.came)} bytes of "
                         "its answer to the handshake, before its end; it began "
                         f"'{_first_line(cut.came.decode('latin-1'))}'") from None
    except ConnectionError as exc:
        if type(exc) is not ConnectionError:  # a reset...: the system's words
            raise
        raise ValueError("the server closed the connection without answering the "
                         "handshake") from None
    status, _, rest = head.partition("\r\n")
    fields = {name.strip().lower(): value.strip() for name, _, value in
              (line.partition(":") for line in rest.split("\r\n"))}
    if status.split()[1:2] != ["101"]:  # (a redirect too: not followed, INFERRED)
        raise ValueError(f"the server did not open a WebSocket: it answered "
                         f"'{_first_line(status)}'")
    expected = base64.b64encode(hashlib.sha1(key + _GUID).digest()).decode()
    if fields.get("sec-websocket-accept") != expected:
        raise ValueError("the server's answer to the WebSocket handshake does not carry "
                         "the Sec-WebSocket-Accept the key asked for")


def _first_line(text: str) -> str:
    """The first line of what a server answered, escaped and cut, for an error message."""
    line = text.partition("\r\n")[0]
    return line.encode("ascii", "backslashreplace").decode("ascii")[:120]


def frame(data: bytes, opcode: int = 0) -> bytes:
    """One final frame holding `data`, masked as a client's must be: text when `data` is
    UTF-8 (opcode 0), else binary."""
    if not opcode:
        try:
            data.decode("utf-8")
            opcode = _TEXT
        except UnicodeDecodeError:
            opcode = _BINARY
    n = len(data)
    size = bytes([0x80 | n]) if n < 126 else \
        struct.pack("!BH", 0x80 | 126, n) if n < 65536 else struct.pack("!BQ", 0x80 | 127, n)
    mask = os.urandom(4)
    return bytes([0x80 | opcode]) + size + mask + _masked(data, mask)


def _masked(data: bytes, mask: bytes) -> bytes:
    """`data` XORed with the 4-byte mask (RFC 6455 5.3), a whole integer at a time."""
    if not data:
        return b""
    repeated = (mask * (len(data) // 4 + 1))[:len(data)]
    return (int.from_bytes(data, "big") ^ int.from_bytes(repeated, "big")).to_bytes(
        len(data), "big")


def read_message(s: WLSocket, limit: int) -> bytes:
    """The next whole message (its frames gathered); a ping is answered on the way.
    ConnectionError when the server closes the WebSocket, TooLong past `limit` bytes or
    MESSAGE_LIMIT (the frame's size is looked at before its payload is read), ValueError
    for a frame that breaks the protocol."""
    message = bytearray()
    bound = min(limit, MESSAGE_LIMIT)
    what = "the longest string of the run" if bound == limit else \
        "the longest WebSocket message a read gathers (16 MB)"
    while True:
        start = len(s.taken)  # where this frame begins in what a timeout gives back
        first, second = s.read_exactly(2)
        opcode, n = first & 0x0F, second & 0x7F
        if n == 126:
            n = struct.unpack("!H", s.read_exactly(2))[0]
        elif n == 127:
            n = struct.unpack("!Q", s.read_exactly(8))[0]
        if len(message) + n > bound:
            raise TooLong(f"a WebSocket message of more than {bound} bytes, {what}")
        mask = s.read_exactly(4) if second & 0x80 else b""
        payload = s.read_exactly(n)
        payload = _masked(payload, mask) if mask else payload
        if opcode == _PING:
            send_all(s.sock, frame(payload, _PONG))
            s.forget_taken(start)  # answered: a read that times out later gives back no ping
        elif opcode == _CLOSE:
            _closed(s, payload)
        elif opcode in (0, _TEXT, _BINARY):
            message += payload
            if first & 0x80:
                return bytes(message)
        elif opcode == _PONG:
            s.forget_taken(start)
        else:
            raise ValueError(f"the server sent a WebSocket frame of unknown type {opcode}")


def _closed(s: WLSocket, payload: bytes) -> None:
    """The server's close frame: answered (RFC 6455 5.5.1), then ConnectionError saying
    its status code and reason."""
    try:
        if not s.closing:
            s.closing = True
            send_all(s.sock, frame(payload[:2], _CLOSE))
    except OSError:
        pass  # (it may have gone already: the close is what the script hears of)
    code = f" (code {struct.unpack('!H', payload[:2])[0]}" if len(payload) >= 2 else ""
    reason = payload[2:].decode("utf-8", "replace")
    words = f"{code}{': ' + reason if reason else ''}{')' if code else ''}"
    s.end(f"the server closed the WebSocket{words}")
    raise ConnectionError(f"the server closed the WebSocket{words}")


def fail(s: WLSocket, problem: ValueError) -> None:
    """A read broke off the WebSocket (`problem`, read_message's): the server is told why
    with a close frame, and the TCP connection is closed now (RFC 6455 7.1.7); the socket
    keeps its name until SocketClose, its reads and writes saying it ended."""
    if not s.closing:
        s.closing = True
        code = _TOO_BIG if isinstance(problem, TooLong) else _PROTOCOL_ERROR
        try:
            send_all(s.sock, frame(struct.pack("!H", code), _CLOSE))
        except OSError:
            pass  # (gone already: the close below is all it can still hear)
    try:
        s.sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass  # (closed by the server already)


def say_goodbye(s: WLSocket) -> None:
    """The client's close (RFC 6455 7.1.2), before SocketClose closes the connection: a
    close frame with status 1000 (normal closure), then the server's answer read and
    dropped until it closes the connection, GOODBYE_WAIT at most (goodbyes.part).
    A connection already gone is no error: the script closes it."""
    part(s.sock, goodbye(s))


def goodbye(s: WLSocket) -> bytes | None:
    """`s`'s close frame, to be sent once (None when said already, or when the server's
    close was answered); the end of the run sends it with the run's other goodbyes
    (stdlib/sockets.py)."""
    if s.closing:
        return None
    s.closing = True
    return frame(struct.pack("!H", 1000), _CLOSE)
