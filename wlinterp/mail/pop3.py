"""POP3 sessions for reading e-mail (EmailStartPOP3Session and the Email read functions).

One `POP3Session` per session name: the connection (poplib, TLS always verified), the
list of messages the server gave at the start (numbers and sizes, POP3's view of the
mailbox for the whole session, RFC 1939), and the cursor EmailReadFirst/Next/... move.
The part POP3 and IMAP share (the password rules, the
failures, the run's table of sessions) is reading.py. emailOptionSecuredTLS requires STLS
(refused before the password is sent when the server does not offer it). Deletions take
effect when the session ends (QUIT), as POP3 defines; a session left open is ended at
the end of the run.
"""
from __future__ import annotations

__all__ = ["POP3Session", "DEFAULT_POP3_PORTS"]

import poplib
import re
from dataclasses import dataclass, field

from . import reading
from .failures import reply_words
from .modes import Mode
from .security import BearerToken
from .read_failures import closed_after
from .reading import ReadError, ReadingSession, WatchedClient

DEFAULT_POP3_PORTS = {Mode.PLAIN: 110, Mode.STARTTLS: 110, Mode.SSL: 995}
"""EmailStartPOP3Session's port when omitted (?3032022: 110 by default, 995 the standard
port of optionSSL)."""


_SCAN_LISTING = re.compile(rb"(\d{1,20}) (\d{1,20})(?:[ \t]|$)")
"""A LIST line: the message number, a space, its size, then anything (RFC 1939, 5: "no
requirement on what follows the message size"). Read as the whole rest being digits, a
server adding words after the size (`1 120 flagged`) showed an empty mailbox, silently;
a line that is no listing at all fails the session's start instead of being skipped."""


_UNIQUE_ID = re.compile(rb"(\d{1,20}) ([\x21-\x7e]{1,512})[ \t]*$")
"""A UIDL line: a message number, a space, its unique id (RFC 1939, 7: 1 to 70
printable characters; longer ones are taken). *Decided* (docs/email.md): a line of
another shape, or naming a message LIST did not give, fails the session's start quoting
it, as a LIST line does; it was skipped, and that message's Email.ID silently became
its Message-ID. A server without UIDL (-ERR) is still read, Email.ID the Message-ID."""


def _numbered(command: str, numbers: list[int], count: int) -> None:
    """Fail the session's start unless `numbers` (a LIST or UIDL answer's) name messages
    1 to `count` once each: at the start of a session POP3 numbers the mailbox's messages
    1 to N (RFC 1939, 5) and LIST and UIDL give every one. A server whose answers lied
    (a number missing or given twice, UIDL for fewer messages than LIST) had messages
    read under another's number or ID, or a missing one fail each read; decided, docs/
    email.md "POP3 numbering"."""
    seen: set[int] = set()
    for number in numbers:
        if number in seen:
            raise poplib.error_proto(f"the server's {command} answer gives message {number} "
                                     "twice")
        seen.add(number)
    missing = next((n for n in range(1, count + 1) if n not in seen), None)
    if missing is not None:  # (no number twice: the numbers are 1..count then)
        raise poplib.error_proto(
            f"the server's {command} answer does not number the mailbox's {count} "
            f"messages 1 to {count}: message {missing} is missing (RFC 1939)")


class _TooLong(poplib.error_proto):
    """An answer cut at MAX_ANSWER_BYTES: the rest is still coming, out of step."""


class _BoundedAnswers:
    """poplib's multi-line reader with a total size bound (reading.MAX_ANSWER_BYTES) in
    place of poplib's bound on each line (2048 bytes): a message line may be longer
    (RFC 5322 allows 998 characters, and real mail breaks even that: an HTML part or a
    base64 text on one line), and such a message could not be read at all. A status
    line (+OK/-ERR) keeps poplib's bound."""

    def _getlongresp(self) -> tuple[bytes, list[bytes], int]:
        first = self._getresp()  # type: ignore[attr-defined]
        lines: list[bytes] = []
        size = 0
        while True:
            line, octets = self._data_line(reading.MAX_ANSWER_BYTES - size, size)
            if line == b".":
                return first, lines, size
            if line.startswith(b".."):  # dot-stuffing (RFC 1939, 3)
                line, octets = line[1:], octets - 1
            size += octets
            lines.append(line)
            if len(lines) > reading.MAX_ANSWER_LINES:
                raise _TooLong(f"the server's answer exceeds {reading.MAX_ANSWER_LINES} "
                               "lines")  # (our words, as the size's)

    def _getline(self) -> tuple[bytes, int]:
        """One status line (+OK/-ERR), as poplib reads it, but a line the server cut by
        closing the connection (no line end) is no answer: poplib took `+OK dele` for a
        whole +OK, so a DELE whose answer was cut counted as done. Said in closed_after's
        words, as a multi-line answer cut short is."""
        line = self.file.readline(poplib._MAXLINE + 1)  # type: ignore[attr-defined]
        if len(line) > poplib._MAXLINE:  # type: ignore[attr-defined]
            raise poplib.error_proto("line too long")  # (poplib's words, read_failures')
        if not line:
            raise poplib.error_proto("-ERR EOF")
        if not line.endswith(b"\n"):
            raise poplib.error_proto(closed_after(len(line)))
        return line[:-2] if line.endswith(b"\r\n") else line[:-1], len(line)

    def _data_line(self, budget: int, came: int) -> tuple[bytes, int]:
        """One line of a multi-line answer, at most `budget` bytes, without its end (CRLF,
        or LF alone, as poplib takes it); `came`: the answer's bytes read before it, said
        when the server closes the connection instead."""
        line = self.file.readline(budget + 1)  # type: ignore[attr-defined]
        if len(line) > budget:
            raise _TooLong(f"the server's answer exceeds {reading.MAX_ANSWER_BYTES} "
                           "bytes")  # (our words: not quoted as the server's)
        if not line:  # (our words, as a str: not quoted as the server's)
            raise poplib.error_proto(closed_after(came))
        octets = len(line)
        if line.endswith(b"\r\n"):
            return line[:-2], octets
        return line[:-1] if line.endswith(b"\n") else line, octets


class _Client(_BoundedAnswers, WatchedClient, poplib.POP3):
    pass


class _SSLClient(_BoundedAnswers, WatchedClient, poplib.POP3_SSL):
    pass


@dataclass
class POP3Session(ReadingSession):
    """An open POP3 session and its cursor."""

    listed: int = 0
    """Messages LIST gave at the start: they are numbered 1..listed (RFC 1939)."""
    sizes: dict[int, int] = field(default_factory=dict)
    """Size in bytes of message n (LIST at the start): LIST must number the messages 1 to
    `listed` (_numbered), so the session holds no more entries than it listed lines."""
    uids: dict[int, str] = field(default_factory=dict)
    deleted: set[int] = field(default_factory=set)
    current: int = 0
    """The message last read (1-based), 0 before any read."""

    def open(self) -> None:
        """Connect, protect, log in, list the messages; ReadError on any failure."""
        try:
            if self.mode is Mode.SSL:
                with self.step("connection (TLS)"):
                    self.client = _SSLClient(self, self.host, self.port,
                                             timeout=self.timeout, context=self.context)
            else:
                with self.step("connection"):
                    self.client = _Client(self, self.host, self.port, timeout=self.timeout)
            if self.mode is Mode.STARTTLS:
                with self.step("STLS"):
                    self._starttls()
            oauth = isinstance(self.secret, BearerToken)
            with self.step("login (AUTH XOAUTH2)" if oauth else "login (USER/PASS)"):
                self._xoauth2() if oauth else self._login()
            with self.step("listing the messages (LIST, UIDL)"):
                self._list()
        except ReadError:
            self.abort()
            raise

    def _in_step(self, exc: BaseException) -> bool:
        """A -ERR answer (poplib's error with the server's bytes) leaves POP3 in step;
        poplib's own complaints (line too long, EOF), a cut answer, and an answer that is
        neither +OK nor -ERR (`HELLO`: what follows it is anyone's guess) do not."""
        return (isinstance(exc, poplib.error_proto) and not isinstance(exc, _TooLong)
                and bool(exc.args) and isinstance(exc.args[0], bytes)
                and exc.args[0].startswith(b"-ERR"))

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

    def _xoauth2(self) -> None:
        """AUTH XOAUTH2 with the session's AuthToken (docs/email.md "OAuth"). A refused
        token gets `+ <JSON>`, which poplib would take for +OK: it is answered with an
        empty line and the server's -ERR that follows fails the start."""
        assert isinstance(self.secret, BearerToken)
        self._password(self.client.sock)  # the cleartext and control-character rules
        self.client._putcmd("AUTH XOAUTH2 " + self.secret.xoauth2(self.user))
        line = self.client._getline()[0]
        if line == b"+" or line.startswith(b"+ "):
            self.client._putcmd("")
            line = self.client._getline()[0]
        if not line.startswith(b"+OK"):
            raise poplib.error_proto(line)

    def _list(self) -> None:
        _, lines, _ = self.client.list()
        listed: list[tuple[int, int]] = []
        for line in lines:
            scan = _SCAN_LISTING.match(line)
            if scan is None:
                raise poplib.error_proto(  # (our words, as a str: not quoted as a reply)
                    "a line of the server's LIST answer is not a message number and its "
                    f"size: '{reply_words(line[:80])}'")
            listed.append((int(scan.group(1)), int(scan.group(2))))
        self.listed = len(listed)
        _numbered("LIST", [n for n, _ in listed], self.listed)
        self.sizes = dict(listed)
        try:
            _, lines, _ = self.client.uidl()
        except poplib.error_proto as exc:
            if self._in_step(exc):  # -ERR: a server without UIDL (optional, RFC 1939)
                return
            raise  # a close, a cut or garbage answer: the start fails (it said True)
        for line in lines:
            unique = _UNIQUE_ID.match(line)
            if unique is None or not 1 <= int(unique.group(1)) <= self.listed:
                raise poplib.error_proto(  # (our words, as a str: not quoted as a reply)
                    "a line of the server's UIDL answer is not a listed message's number "
                    f"and its unique id: '{reply_words(line[:80])}'")
            self.uids[int(unique.group(1))] = unique.group(2).decode("ascii")
        _numbered("UIDL", [int(_UNIQUE_ID.match(line).group(1))  # type: ignore[union-attr]
                           for line in lines], self.listed)

    @property
    def total(self) -> int:
        """Messages listed when the session started (deleted ones included)."""
        return self.listed

    def count(self, unread_only: bool = False) -> int:
        """The messages listed when the session started: VERIFIED ?3032024, the number
        "stays constant during the whole session, even if emails are deleted with
        EmailDeleteMessage" (POP3 does not know what was read)."""
        return self.listed

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
        with self.step(step, 0 if headers_only else self.size(number)):
            if headers_only:
                _, lines, _ = self.client.top(number, 0)
            else:
                _, lines, _ = self.client.retr(number)
        return b"\r\n".join(lines) + b"\r\n"

    def delete(self, number: int) -> None:
        with self.step(f"deleting message {number} (DELE)"):
            self.client.dele(number)
        self.deleted.add(number)

    closing = "closing the session (QUIT)"

    def _goodbye(self) -> None:
        """QUIT: the server then removes the messages deleted in this session."""
        self.client.quit()

    def abort(self) -> None:
        """Drop the connection without QUIT (nothing deleted)."""
        client, self.client = self.client, None
        if client is not None:
            try:
                client.close()
            except OSError:
                pass  # already shut down (the deadline) or reset by the server
