"""How a failed step with a POP3 or IMAP server is said (reading.py's ReadingSession
words every failure with `describe_failure`): the libraries' own complaints (poplib's
"-ERR EOF", imaplib's "socket error: EOF", "UID command error: BAD [b'...']") turned into
words, a server's reply quoted, and the words POP3 and IMAP share for an answer cut short.
The system's and TLS's failures are said as SMTP says them (failures.connection_words).
"""
from __future__ import annotations

__all__ = ["ASKED_AGAIN_WORDS", "ASKED_MORE_WORDS", "CLOSED_WORDS", "LONG_LINE_WORDS", "closed_after",
           "describe_failure"]

import ast
import imaplib
import poplib
import re

from .failures import connection_words, cut_words, decode_reply, reply_words

LONG_LINE_WORDS = "the server sent a line longer than"
"""How a line past the library's bound is said (imap.py's readline), in any step."""


ASKED_AGAIN_WORDS = ("the server asked for more after the refusal of the token was "
                     "answered (a third AUTHENTICATE challenge), so the login was given up")
"""How an XOAUTH2 exchange that does not end is said (imap.py `_xoauth2`)."""

ASKED_MORE_WORDS = "the server asked for more where the command was whole"
"""How an IMAP continuation no command awaits is said (imap.py `_get_response`)."""

CLOSED_WORDS = "the server closed the connection"
"""How a server that hung up is said; with how much of its answer had come when it did
(closed_after)."""


def closed_after(came: int, announced: int | None = None) -> str:
    """The words of an answer the server cut by closing the connection, POP3's and IMAP's
    alike: how many of its bytes had come, and of how many when it announced a size (an
    IMAP literal). A POP3 RETR cut said only "the server closed the connection"."""
    if announced is None:
        return f"{CLOSED_WORDS} after {came} byte{'s' * (came != 1)} of its answer"
    return f"{CLOSED_WORDS} after {came} of the {announced} bytes its answer announced"


def describe_failure(exc: BaseException, timeout: float) -> str:
    """The server's reply (poplib's and imaplib's errors carry it) or the system's reason,
    in SMTP's words (failures.connection_words: a wait that reached the session's
    `timeout`, TLS, a refused connection, a host name not found)."""
    if isinstance(exc, UnicodeError):  # never its text: it quotes the character
        return "a text held a character the protocol cannot carry here (not ASCII)"
    words = connection_words(exc, timeout)
    if words is not None:
        return words
    if not exc.args:
        return str(exc)
    raw = exc.args[0]
    if raw is None and isinstance(exc, imaplib.IMAP4.error):  # imaplib's greeting check:
        # it quotes a greeting it could not read as None ("the server replied None")
        return "the server did not greet as an IMAP server does (* OK or * PREAUTH)"
    if isinstance(exc, imaplib.IMAP4.error) and raw in _IMAPLIB_CAPABILITY:
        return _IMAPLIB_CAPABILITY[raw]  # imaplib's words, not the server's reply
    if isinstance(exc, poplib.error_proto) and isinstance(raw, str):
        return _poplib_words(raw)  # a server's -ERR answer comes as bytes
    if isinstance(exc, poplib.error_proto) and isinstance(raw, bytes) \
            and not raw.startswith(b"-ERR"):  # neither +OK nor -ERR: no POP3 answer
        return f"the server did not answer in POP3 (it sent '{reply_words(raw)}')"
    text = decode_reply(raw) if isinstance(raw, bytes) else str(raw)
    text = re.sub(r"\[?b(['\"])(.*?)\1\]?", r"\2", text)  # imaplib words bytes as b'...'
    shown = reply_words(text)  # one line, escaped
    if isinstance(exc, imaplib.IMAP4.abort):  # imaplib's (or our bound's) words, not a reply
        shown = re.sub(r"^command: \S+ => ", "", shown)
        if shown == "socket error: EOF":  # (a server that hung up, mid-answer or not)
            return "the server closed the connection"
        if shown.startswith(_UNTERMINATED):  # (imaplib: a line with no end, at the end
            return _cut_line(str(raw))  # of the input)
        if shown.startswith(("the server ended the session (BYE",  # imap.py's words
                             LONG_LINE_WORDS, CLOSED_WORDS, ASKED_AGAIN_WORDS,
                             ASKED_MORE_WORDS)):
            return shown
        return "the conversation broke off: " + re.sub(r"^socket error: ", "", shown)
    if isinstance(exc, imaplib.IMAP4.error):  # "UID command error: BAD [b'what']": the
        shown = re.sub(r"^[A-Z]+ command error: ", "", shown)  # server said "BAD what"
    if not shown:  # a refusal with no text (imaplib's LOGIN keeps no status: `a1 NO`)
        return "the server refused it, with no text"
    return "the server replied " + shown


_UNTERMINATED = "socket error: unterminated line: "
"""imaplib's words for a line the input ended in (imap.py takes a bare LF as a line end)."""

def _cut_line(text: str) -> str:
    """imaplib's "unterminated line: b'...'" in words, the line as it came (not Python's
    repr of it: "(\\\\Seen" for "(\\Seen")."""
    quoted = text.partition(_UNTERMINATED)[2]
    try:
        came = ast.literal_eval(quoted)
    except (ValueError, SyntaxError):
        came = quoted
    shown = reply_words(came.rstrip(b"\r") if isinstance(came, bytes) else str(came))
    return (f"{CLOSED_WORDS} in the middle of a line of its answer "
            f"('{cut_words(shown, 80)}' came, with no line end)")


_IMAPLIB_CAPABILITY = {
    "server not IMAP4 compliant": "the server's CAPABILITY answer does not name IMAP4rev1, "
                                  "the protocol this client speaks (a refusal, or no IMAP "
                                  "server)",
    "no CAPABILITY response from server": "the server gave no CAPABILITY answer",
}
"""imaplib's own complaints about the CAPABILITY exchange at the connection, in words: they
were quoted as the server's reply ("the server replied server not IMAP4 compliant" of a
server that refused CAPABILITY with NO)."""


def _poplib_words(text: str) -> str:
    """poplib's own complaint in words: it was quoted as the server's reply ("the server
    replied -ERR EOF" of a server that hung up, "replied line too long")."""
    if text == "-ERR EOF":
        return "the server closed the connection"
    if text == "line too long":
        return f"the server sent a line longer than {getattr(poplib, '_MAXLINE', 2048)} bytes"
    return text
