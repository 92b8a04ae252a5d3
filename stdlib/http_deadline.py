"""The limits of one HTTP exchange against a server that misbehaves (stdlib/http_client.py).

The request's Timeout bounds each wait on the server, as the socket's timeout; a server
that trickles a byte just before each wait ends (in the status line, the headers, the TLS
handshake or the body) beat it for ever. So the whole exchange has an overall deadline,
the rule the e-mail sessions follow (wlinterp/mail/options.py): three times the Timeout,
plus one second per 64 KB sent or received, so that a slow but steady transfer of a big
answer is not cut while a trickling one is. When it passes, a timer thread shuts the
connection's socket down: whatever read was blocked ends at once, and the call fails.

An answer whose length is in doubt is refused before its body is read
(`framing_problem`): two Content-Length headers that disagree (the HTTP library took the
first, silently), one that is not a number (it read up to the connection's end), or a
Content-Length beside a Transfer-Encoding (RFC 9112 6.3: the signs of request smuggling
or response splitting, "ought to be handled as an error"). Repeats of one value are
accepted, as RFC 9110 8.6 allows.

The answer's body is read a piece at a time, never as one read of the size the server
announces (a `Content-Length` or chunk size of 10^14 was one allocation of that size:
"Not enough memory", a fatal error, for what is the server's fault), and at most the
longest string a run allows (runtime/limits.py, `--max-string`), which it becomes.
A body shorter than its Content-Length is a failed call saying both counts; the bytes that
came are not given (the result is empty, as every failed HTTPSend's): a truncated JSON or
file handed over as the answer would be taken as whole by a script that checks only the
status code. A body longer than its Content-Length (bytes that came with the body's end,
past the length announced) is refused too: the HTTP library kept the announced bytes and
dropped the rest without a word, yet which of the two is right is in doubt (`_overrun`).
"""
from __future__ import annotations

__all__ = ["Exchange", "read_body", "framing_problem", "said"]

import http.client
import socket
import ssl
import threading
import time
import urllib.request
from typing import Any

from wlinterp.errors import BuiltinFailure

BYTES_PER_SECOND = 64 * 1024
"""The slowest steady transfer the deadline still accepts (as mail's SLOW_LINK...)."""
_PIECE = 64 * 1024


class Exchange:
    """The overall deadline of one request and its answer (redirects included): a
    context manager whose `opener` makes connections it can cut."""

    def __init__(self, timeout: float, sent: int = 0) -> None:
        self.timeout = timeout
        self.allowed = 3 * timeout + sent / BYTES_PER_SECOND
        self.ends = time.monotonic() + self.allowed
        self.expired = False
        self.socks: list[socket.socket] = []
        self.lock = threading.Lock()
        self.timer: threading.Timer | None = None
        self.progress: Any = None
        """The Progress (stdlib/http_progress.py) told of each piece of the body."""
        self.request: Any = None
        """The request a followed redirect made last (http_credentials.SafeRedirects):
        the one the answer is to; None when none was followed."""

    def __enter__(self) -> "Exchange":
        self._arm(self.allowed)
        return self

    def __exit__(self, *exc: Any) -> None:
        with self.lock:
            if self.timer is not None:
                self.timer.cancel()
            self.timer = None
            self.socks.clear()

    def _arm(self, seconds: float) -> None:
        self.timer = threading.Timer(max(seconds, 0.0), self._expire)
        self.timer.daemon = True
        self.timer.start()

    def _expire(self) -> None:
        with self.lock:
            if self.timer is None:  # the exchange is over
                return
            left = self.ends - time.monotonic()
            if left > 0:  # received data moved the deadline on
                self._arm(left)
                return
            self.expired = True
            for sock in self.socks:
                _cut(sock)

    def received(self, count: int) -> None:
        """`count` more bytes arrived: the deadline moves on by their share, and the
        script's progress procedure hears of them."""
        self.ends += count / BYTES_PER_SECOND
        if self.progress is not None:
            self.progress.advance(count)

    def watch(self, sock: socket.socket) -> socket.socket:
        """A connection's socket, to be cut when the deadline passes."""
        with self.lock:
            self.socks.append(sock)
            if self.expired:
                _cut(sock)
        return sock

    def opener(self, context: ssl.SSLContext, follow: bool = True, cookies: Any = None,
               proxies: dict[str, str] | None = None) -> urllib.request.OpenerDirector:
        """urllib's opener, its HTTP and HTTPS connections watched, its redirects
        keeping the credentials to their own server (http_credentials.py); with
        `follow` False, none followed: the 3xx answer is the answer. `cookies`: the
        jar whose cookies go with each request and take those received
        (HTTPRequest's, http_cookies.py). `proxies`: the script's Proxy (None: the
        environment's, as urllib reads them)."""
        from .http_credentials import NoRedirects, SafeRedirects
        handlers: list[Any] = [_HTTPHandler(self), _HTTPSHandler(self, context),
                               SafeRedirects(self) if follow else NoRedirects()]
        if cookies is not None:
            handlers.append(urllib.request.HTTPCookieProcessor(cookies))
        if proxies is not None:
            handlers.append(urllib.request.ProxyHandler(proxies))
        return urllib.request.build_opener(*handlers)

    def over(self) -> str:
        """The failure's words when the deadline passed."""
        return (f"no complete answer within {said(self.allowed)} (the overall limit: "
                f"3 times the Timeout of {said(self.timeout)}, plus 1 s per 64 KB)")


def said(seconds: float) -> str:
    """A limit in words, as given: in milliseconds under a second (a Timeout of 2 ms made
    it "within 0 s"), else in seconds; rounded to a tenth (3 bytes sent made it "within
    3.00005 s")."""
    if seconds < 1:
        return f"{round(seconds * 1000, 1):g} ms"
    return f"{round(seconds, 1):g} s"


def _cut(sock: socket.socket) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass  # already closed


class _FinalAnswer(http.client.HTTPResponse):
    """The HTTP library's answer, past every informational answer (1xx) before the final
    one, as RFC 9110 15.2 has a client do, asked for or not: it passed `100 Continue` only,
    and took `102 Processing` or `103 Early Hints` for the answer (StatusCode 103, the
    final answer's body lost without a word). 100 is left to the library; 101 stays an
    answer (a switch of protocol: http_exchange._unasked_switch judges it)."""

    def _read_status(self) -> tuple[str, int, str]:
        while True:
            answer: tuple[str, int, str] = super()._read_status()  # type: ignore[misc]
            if not 102 <= answer[1] <= 199:
                return answer
            _skip_fields(self.fp)


def _skip_fields(fp: Any) -> None:
    """An informational answer's header lines, read and dropped within the library's
    bounds on a final answer's (a line of 65,536 bytes, 100 lines), failing in its words."""
    most_lines: int = http.client._MAXHEADERS  # type: ignore[attr-defined]
    longest: int = http.client._MAXLINE  # type: ignore[attr-defined]
    for _ in range(most_lines + 1):
        line = fp.readline(longest + 1)
        if len(line) > longest:
            raise http.client.LineTooLong("header line")
        if line in (b"\r\n", b"\n", b""):
            return
    raise http.client.HTTPException(f"got more than {most_lines} headers")


def _watched(base: type[http.client.HTTPConnection], exchange: Exchange) -> Any:
    """`base` whose TCP socket is handed to `exchange` as soon as it exists (before a TLS
    handshake, which the cut interrupts too), and whose answer passes the informational
    ones (_FinalAnswer)."""
    class Watched(base):  # type: ignore[valid-type, misc]
        response_class = _FinalAnswer

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._create_connection = lambda *a, **k: exchange.watch(
                socket.create_connection(*a, **k))
    return Watched


class _HTTPHandler(urllib.request.HTTPHandler):
    def __init__(self, exchange: Exchange) -> None:
        super().__init__()
        self.exchange = exchange

    def http_open(self, req: Any) -> Any:
        return self.do_open(_watched(http.client.HTTPConnection, self.exchange), req)


class _HTTPSHandler(urllib.request.HTTPSHandler):
    def __init__(self, exchange: Exchange, context: ssl.SSLContext) -> None:
        super().__init__(context=context)
        self.exchange = exchange
        self.tls = context

    def https_open(self, req: Any) -> Any:
        return self.do_open(_watched(http.client.HTTPSConnection, self.exchange), req,
                            context=self.tls)


def read_body(answer: Any, exchange: Exchange, longest: int, what: str) -> bytes:
    """The answer's body, read a piece at a time (see the module's docstring); a
    BuiltinFailure naming `what` when it is longer than `longest` bytes."""
    read = getattr(answer, "read1", None) or answer.read
    pieces: list[bytes] = []
    total = 0
    while (extra := _overrun(answer)) == 0 and (piece := read(_PIECE)):
        total += len(piece)
        if total > longest:
            raise BuiltinFailure(f"{what} failed: the answer is longer than {longest} bytes, the "
                                 "longest string of the run (--max-string).")
        exchange.received(len(piece))
        pieces.append(piece)
    if extra:
        raise BuiltinFailure(f"{what} failed: the server sent more than the {total + answer.length} "
                             f"bytes its Content-Length announced ({extra} more came with the "
                             "body), so the answer's length is in doubt (refused, as a sign of "
                             "response smuggling); nothing of it is given as the answer.")
    if exchange.expired:  # the cut socket reads as the end of an answer without a length
        raise BuiltinFailure(f"{what} failed while reading the answer ({exchange.over()}).")
    missing = getattr(answer, "length", None)  # what the Content-Length still promised
    if missing:
        raise BuiltinFailure(f"{what} failed: the answer was cut short, the server announced "
                             f"{total + missing} bytes (its Content-Length) and sent {total}; "
                             "the part that came is not given as the answer.")
    return b"".join(pieces)


def _overrun(answer: Any) -> int:
    """How many bytes the server sent past the body its Content-Length announced, among
    those already received (0 when none has come yet, or the answer has no length): the
    HTTP library stops at the announced length and closes the connection, dropping them.
    Looked at while bytes of the body are still due, so the look never waits longer than
    the read would; a surplus sent after a pause is not seen (the connection is closed
    by then), one sent with the body's end is. Line ends alone are no surplus."""
    left, fp = getattr(answer, "length", None), getattr(answer, "fp", None)
    if not left or fp is None or getattr(answer, "chunked", False):
        return 0
    try:  # (a wait that times out fails as the read would: it is that read, early)
        ahead = fp.peek(left + 1)  # (the bytes buffered, or one read of those due)
    except (ValueError, AttributeError):  # (closed, or no buffer to look into)
        return 0
    surplus = ahead[left:]
    # an empty line after the body (a CR LF some servers add) says nothing: RFC 9112 2.2
    # asks a robust reader to ignore one between messages
    return 0 if not surplus.strip(b"\r\n") else len(surplus)


def framing_problem(headers: Any) -> str:
    """Why the answer's length cannot be trusted (see the module's docstring), or ""."""
    lengths = headers.get_all("Content-Length") or []
    if not lengths:
        return ""
    if headers.get("Transfer-Encoding") is not None:
        return ("the answer has both a Transfer-Encoding and a Content-Length, so its "
                "length is in doubt (refused, as a sign of response smuggling)")
    values = {value.strip() for line in lengths for value in line.split(",")}
    if len(values) > 1:
        shown = ", ".join(f"'{line.strip()}'" for line in lengths)
        return (f"the answer has Content-Length headers that disagree ({shown}), so its "
                "length is in doubt (refused, as a sign of response smuggling)")
    value = values.pop()
    if not (value.isascii() and value.isdigit()):  # "²" is a digit to Python, not to int()
        return f"the answer's Content-Length '{value}' is not a number (refused)"
    return ""
