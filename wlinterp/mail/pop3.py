"""POP3 sessions for reading e-mail (EmailStartPOP3Session and the Email read functions).

One `POP3Session` per session name: the connection (poplib, TLS always verified), the
list of messages the server gave at the start (numbers and sizes, POP3's view of the
mailbox for the whole session, RFC 1939), and the cursor EmailReadFirst/Next/... move.
Same rules as sending (docs/email.md "Security"): a certificate is always checked;
emailOptionSecuredTLS requires STLS (refused before the password is sent when the server
does not offer it); the password crosses a connection without TLS only to a loopback
address or with --allow-cleartext-auth; it never appears in a message (a server reply
that echoes it is masked). Deletions take effect when the session ends (QUIT), as POP3
defines; a session left open is ended at the end of the run.
"""
from __future__ import annotations

__all__ = ["ReadError", "ReadingSession", "POP3Session", "ReadState", "reading_state",
           "describe_failure", "CONTROL", "DEFAULT_POP3_PORTS"]

import poplib
import re
import socket
import ssl
from dataclasses import dataclass, field
from typing import Any, Hashable

from .failures import reply_text
from .modes import Mode
from .security import Secret, cleartext_auth_allowed, redact

CONTROL = re.compile(r"[\x00-\x1f\x7f]")
"""What a POP3/IMAP command argument must not hold (command injection)."""

DEFAULT_POP3_PORTS = {Mode.PLAIN: 110, Mode.STARTTLS: 110, Mode.SSL: 995}
"""EmailStartPOP3Session's port when omitted (?3032022: 110 by default, 995 the standard
port of optionSSL)."""


MAX_ANSWER_BYTES = 256 * 1024 * 1024
"""Largest multi-line answer (a message) read from a server: one that never ends cannot
make the script grow without bound (each line is bounded by poplib itself)."""


class _BoundedAnswers:
    """poplib's multi-line reader with a total size bound (MAX_ANSWER_BYTES)."""

    def _getlongresp(self) -> tuple[bytes, list[bytes], int]:
        first = self._getresp()  # type: ignore[attr-defined]
        lines: list[bytes] = []
        size = 0
        while True:
            line, octets = self._getline()  # type: ignore[attr-defined]
            if line == b".":
                return first, lines, size
            if line.startswith(b".."):  # dot-stuffing (RFC 1939, 3)
                line, octets = line[1:], octets - 1
            size += octets
            if size > MAX_ANSWER_BYTES:
                raise poplib.error_proto(b"-ERR the server's answer exceeds "
                                         + str(MAX_ANSWER_BYTES).encode() + b" bytes")
            lines.append(line)


class _Client(_BoundedAnswers, poplib.POP3):
    pass


class _SSLClient(_BoundedAnswers, poplib.POP3_SSL):
    pass


class ReadError(Exception):
    """A failed step with a POP3 server: one sentence, no secret."""

    def __init__(self, server: str, step: str, text: str, protocol: str = "POP3") -> None:
        self.message = f"{protocol} server {server}, {step}: {text.rstrip('.')}."
        super().__init__(self.message)


def describe_failure(exc: BaseException) -> str:
    """The server's reply (poplib's and imaplib's errors carry it) or the system's reason."""
    if isinstance(exc, ssl.SSLCertVerificationError):
        return f"the server's certificate was refused ({exc.verify_message})"
    if isinstance(exc, UnicodeError):  # never its text: it quotes the character
        return "a text held a character the protocol cannot carry here (not ASCII)"
    if isinstance(exc, (TimeoutError, socket.timeout)):
        return "no answer from the server in time (see EmailSetTimeOut)"
    if isinstance(exc, OSError) or not exc.args:
        return str(getattr(exc, "strerror", None) or exc)
    raw = exc.args[0]
    text = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw)
    text = re.sub(r"\[?b(['\"])(.*?)\1\]?", r"\2", text)  # imaplib words bytes as b'...'
    return "the server replied " + reply_text(0, text).removeprefix("the server replied 0 ")


@dataclass
class ReadingSession:
    """What a POP3 and an IMAP session share: where, who, how, and the login checks."""

    label: str
    host: str
    port: int
    mode: Mode
    user: str
    secret: Secret | None
    context: ssl.SSLContext
    timeout: float
    allow_cleartext: bool = False
    client: Any = None
    protocol = "POP3"

    @property
    def server(self) -> str:
        return f"{self.host}:{self.port}"

    def _fail(self, step: str, exc: BaseException) -> ReadError:
        text = redact(describe_failure(exc), self.secret, self.user)
        return ReadError(self.server, step, text, self.protocol)

    def _password(self, sock: Any) -> str:
        """The password, once it may be sent on `sock`: never in clear text off loopback
        (unless allowed), never with a control character (ReadError before sending)."""
        if not isinstance(sock, ssl.SSLSocket) and not cleartext_auth_allowed(
                sock.getpeername()[0], self.allow_cleartext):
            raise ReadError(self.server, "login", "the connection is not encrypted and the "
                            "server is not on this machine, so the password was not sent "
                            "(use optionSSL / emailOptionSecuredTLS, or "
                            "--allow-cleartext-auth)", self.protocol)
        password = self.secret.reveal() if self.secret else ""
        if CONTROL.search(self.user) or CONTROL.search(password):
            raise ReadError(self.server, "login", "the user name or the password holds a "
                            "line break or a control character, which would end the command "
                            "early; nothing was sent", self.protocol)
        return password

    def close(self) -> None:
        """End the session, the protocol's way (deleted messages then go)."""
        raise NotImplementedError


@dataclass
class POP3Session(ReadingSession):
    """An open POP3 session and its cursor."""

    listed: int = 0
    """Messages LIST gave at the start: they are numbered 1..listed (RFC 1939)."""
    sizes: dict[int, int] = field(default_factory=dict)
    """Size in bytes of message n (LIST at the start); a number above `listed` is not kept,
    so a server cannot make the session hold more entries than it listed lines."""
    uids: dict[int, str] = field(default_factory=dict)
    deleted: set[int] = field(default_factory=set)
    current: int = 0
    """The message last read (1-based), 0 before any read."""

    def open(self) -> None:
        """Connect, protect, log in, list the messages; ReadError on any failure."""
        step = "connection"
        try:
            if self.mode is Mode.SSL:
                step = "connection (TLS)"
                self.client = _SSLClient(self.host, self.port, timeout=self.timeout,
                                              context=self.context)
            else:
                self.client = _Client(self.host, self.port, timeout=self.timeout)
            if self.mode is Mode.STARTTLS:
                step = "STLS"
                self._starttls()
            step = "login (USER/PASS)"
            self._login()
            step = "listing the messages (LIST)"
            self._list()
        except ReadError:
            self.abort()
            raise
        except (OSError, EOFError, poplib.error_proto, ssl.SSLError) as exc:
            self.abort()
            raise self._fail(step, exc) from None

    def _starttls(self) -> None:
        try:
            capabilities = self.client.capa()
        except poplib.error_proto:
            capabilities = {}
        if "STLS" not in capabilities:
            raise ReadError(self.server, "STLS", "the server does not offer STLS, which "
                            "emailOptionSecuredTLS requires; nothing was sent (no password)")
        self.client.stls(self.context)

    def _login(self) -> None:
        if self.secret is None and not self.user:
            return
        password = self._password(self.client.sock)
        self.client.user(self.user)
        self.client.pass_(password)

    def _list(self) -> None:
        _, lines, _ = self.client.list()
        listed: list[tuple[int, int]] = []
        for line in lines:
            number, _, size = line.decode("ascii", "replace").partition(" ")
            if number.isdigit() and size.strip().isdigit():
                listed.append((int(number), int(size)))
        self.listed = len(listed)
        self.sizes = {n: size for n, size in listed if 1 <= n <= self.listed}
        try:
            _, lines, _ = self.client.uidl()
        except poplib.error_proto:
            return  # UIDL is optional (RFC 1939)
        for line in lines:
            number, _, uid = line.decode("ascii", "replace").partition(" ")
            if number.isdigit() and 1 <= int(number) <= self.listed:
                self.uids[int(number)] = uid.strip()

    @property
    def total(self) -> int:
        """Messages listed when the session started (deleted ones included)."""
        return self.listed

    def count(self, unread_only: bool = False) -> int:
        """Messages not deleted in this session (POP3 does not know what was read)."""
        return self.listed - len(self.deleted)

    def exists(self, number: int) -> bool:
        return 1 <= number <= self.listed and number not in self.deleted

    def is_unread(self, number: int) -> bool:
        return True  # POP3 keeps no read flag: every message counts as unread

    def size(self, number: int) -> int:
        return self.sizes.get(number, 0)

    def identifier(self, number: int) -> str:
        return self.uids.get(number, "")

    def fetch(self, number: int, headers_only: bool) -> bytes:
        """The source of message `number` (RETR), or its header (TOP n 0)."""
        step = f"reading message {number} ({'TOP' if headers_only else 'RETR'})"
        try:
            if headers_only:
                _, lines, _ = self.client.top(number, 0)
            else:
                _, lines, _ = self.client.retr(number)
        except (OSError, EOFError, poplib.error_proto, ssl.SSLError) as exc:
            raise self._fail(step, exc) from None
        return b"\r\n".join(lines) + b"\r\n"

    def delete(self, number: int) -> None:
        try:
            self.client.dele(number)
        except (OSError, EOFError, poplib.error_proto, ssl.SSLError) as exc:
            raise self._fail(f"deleting message {number} (DELE)", exc) from None
        self.deleted.add(number)

    def close(self) -> None:
        """QUIT: the server then removes the messages deleted in this session."""
        client, self.client = self.client, None
        if client is None:
            return
        try:
            client.quit()
        except (OSError, EOFError, poplib.error_proto, ssl.SSLError) as exc:
            client.close()
            raise self._fail("closing the session (QUIT)", exc) from None

    def abort(self) -> None:
        """Drop the connection without QUIT (nothing deleted)."""
        client, self.client = self.client, None
        if client is not None:
            client.close()


class ReadState:
    """The run's reading sessions, by session key (stdlib/email.py `session_key`): open
    ones, those whose start failed (why), those closed (closing again does nothing)."""

    def __init__(self) -> None:
        self.sessions: dict[Hashable, ReadingSession] = {}
        self.failed_starts: dict[Hashable, str] = {}
        self.closed: set[Hashable] = set()

    def shutdown(self) -> None:
        """End of run: end every session still open (deletions committed, as a close)."""
        for key in list(self.sessions):
            try:
                self.sessions.pop(key).close()
            except ReadError:
                pass  # the run is over; the messages stay on the server


def reading_state(rt: Any) -> ReadState:
    """The run's ReadState, created (with its at-exit close) on first use."""
    state = rt.state.get("email_read")
    if state is None:
        state = rt.state["email_read"] = ReadState()
        rt.at_exit(state.shutdown)
    return state
