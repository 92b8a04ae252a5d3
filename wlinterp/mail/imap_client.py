"""The imaplib clients an IMAP session uses (imap.py): imaplib's reader bounded (the whole
answer to one command, its lines, a literal's announced size), its own complaints turned
into words (read_failures.py), a tagged status with no text read, a bare LF taken as a
line end, and a continuation no command awaits said at once.
"""
from __future__ import annotations

__all__ = ["BYE_WORDS", "IMAPClient", "IMAPSSLClient"]

import imaplib
from typing import Any

from . import reading
from .read_failures import ASKED_MORE_WORDS, LONG_LINE_WORDS, closed_after
from .reading import WatchedClient

BYE_WORDS = "the server ended the session"
"""How a server's untagged BYE is said (read_failures.describe_failure keeps it as it is)."""

class _BoundedAnswers:
    """imaplib's reader with the POP3 side's bound (reading.MAX_ANSWER_BYTES) on the whole
    answer to one command, its lines and literals together: a server announcing
    `{99999999999999999}`, or sending untagged lines without end, fails the step instead
    of exhausting memory (imaplib keeps every untagged line until the command ends)."""

    _answered = 0
    """Bytes read since the last command was sent."""
    _lines = 0
    """Lines read since the last command was sent (reading.MAX_ANSWER_LINES)."""

    def _command(self, name: str, *args: Any) -> Any:
        self._answered = self._lines = 0
        return super()._command(name, *args)  # type: ignore[misc]

    _whole = False
    """The command is sent whole (its literals too): its tagged answer is awaited."""

    def _get_response(self) -> Any:
        """imaplib's reader; a literal size of more digits than Python turns into an int
        (ValueError past 4,300) is the server's fault: the connection is given up. A
        continuation (`+ ...`) once the command is whole asks for what no command has
        (imaplib read on and waited for the tagged answer until the timeout)."""
        try:
            said = super()._get_response()  # type: ignore[misc]
        except ValueError:
            raise imaplib.IMAP4.abort("the server announced a literal size that is not a "
                                      "number this client can read") from None
        if said is None and self._whole:  # (imaplib's mark of a continuation)
            asked = self.continuation_response  # type: ignore[attr-defined]
            shown = asked.decode("utf-8", "replace") if isinstance(asked, bytes) else ""
            raise imaplib.IMAP4.abort(f"{ASKED_MORE_WORDS} ('+ {shown}')".replace("+ )", "+)"))
        return said

    def _get_tagged_response(self, tag: str, expect_bye: bool = False) -> Any:
        self._whole = True
        try:
            return super()._get_tagged_response(tag, expect_bye)  # type: ignore[misc]
        finally:
            self._whole = False

    def _check_bye(self) -> None:
        """imaplib's check for an untagged BYE; its words name it (they were the server's
        text alone: "the conversation broke off: shutting down")."""
        bye = self.untagged_responses.get("BYE")  # type: ignore[attr-defined]
        if bye:
            said = bye[-1].decode("utf-8", "replace") if isinstance(bye[-1], bytes) else ""
            raise imaplib.IMAP4.abort(f"{BYE_WORDS} (BYE {said})".replace(" )", ")"))

    def _get_line(self) -> bytes:
        """imaplib's line; a tagged status with no text after it (`a1 OK`), which RFC 9051
        allows (Appendix E, 23: resp-text may be empty) and servers send, gets the space
        imaplib's tag pattern wants (it was "unexpected response": the session failed)."""
        line: bytes = super()._get_line()  # type: ignore[misc]
        tag, _, status = line.partition(b" ")
        if status.isalpha() and tag.startswith(self.tagpre):  # type: ignore[attr-defined]
            return line + b" "
        return line

    def readline(self) -> bytes:
        """imaplib's line, whose bound (1,000,000 bytes) it reports as a refusal ("the
        server replied got more than 1000000 bytes"), leaving the rest of the line to be
        read as the next answer: an abort, so the connection is given up."""
        try:
            line: bytes = super().readline()  # type: ignore[misc]
        except imaplib.IMAP4.abort:
            raise
        except imaplib.IMAP4.error as exc:
            if not str(exc).startswith("got more than"):
                raise
            most = getattr(imaplib, "_MAXLINE", 1_000_000)
            raise imaplib.IMAP4.abort(f"{LONG_LINE_WORDS} {most:,} bytes, the most "
                                      "accepted") from None
        self._count(len(line))
        self._lines += 1
        if line.endswith(b"\n") and not line.endswith(b"\r\n"):  # a bare LF ends a line
            line = line[:-1] + b"\r\n"  # too (as POP3's and SMTP's readers take it): imaplib
            # stopped the session, "unterminated line" (RFC 9051 asks for CRLF; INFERRED)
        if self._lines > reading.MAX_ANSWER_LINES:
            raise imaplib.IMAP4.abort(f"the server's answer exceeds "
                                      f"{reading.MAX_ANSWER_LINES} lines")
        return line

    def read(self, size: int) -> bytes:
        if size > reading.MAX_ANSWER_BYTES:
            raise imaplib.IMAP4.abort(f"the server announced {size} bytes, more than the "
                                      f"{reading.MAX_ANSWER_BYTES} bytes accepted")
        self._count(size)
        data: bytes = super().read(size)  # type: ignore[misc]
        if len(data) < size:  # (imaplib went on to its next line: "socket error: EOF")
            raise imaplib.IMAP4.abort(closed_after(len(data), size))
        return data

    def _count(self, size: int) -> None:
        self._answered += size
        if self._answered > reading.MAX_ANSWER_BYTES:
            raise imaplib.IMAP4.abort(f"the server's answer exceeds "
                                      f"{reading.MAX_ANSWER_BYTES} bytes")


class IMAPClient(_BoundedAnswers, WatchedClient, imaplib.IMAP4):
    pass


class IMAPSSLClient(_BoundedAnswers, WatchedClient, imaplib.IMAP4_SSL):
    pass
