"""What went wrong talking to a server, worded for ErrorInfo(errMessage).

Every network, TLS, authentication or SMTP-reply failure becomes one `MailError` naming
the server (as the script named it, plus any route), the step, and the server's reply
code and text when there was one. `maybe_delivered` marks the one ambiguous case: the
connection was lost after the end of the message data was sent, so the server may
have accepted it (RFC 5321 §4.1.1.4 "final dot" problem) — we say so instead of guessing.
"""
from __future__ import annotations

__all__ = ["MailError", "coded_words", "connection_words", "cut_words", "decode_reply",
           "describe_exception", "doubt_words",
           "certificate_words", "no_answer_within", "reply", "tls_words", "reply_text", "reply_words"]

import re
import smtplib
import socket
import ssl

from .replies import MixedCodes, ReplyCut, ReplyTooLong, Unasked


class MailError(Exception):
    """A failed step of an SMTP conversation."""

    def __init__(self, server: str, step: str, text: str, code: int = 0,
                 maybe_delivered: bool = False, stale: bool = False) -> None:
        self.server = server
        self.step = step
        self.text = text
        self.code = code if code > 0 else 0  # -1: a reply that is not SMTP (no code; the
        # text says what was sent): ErrorInfo(errCode) was -1, and is 1 as for no reply
        self.maybe_delivered = maybe_delivered
        self.stale = stale  # connection found dead before MAIL was accepted: safe to retry
        self.status_id = ""  # the send's EmailStatus identifier (sessions.Session.submit)
        super().__init__(self.message)

    @property
    def message(self) -> str:
        """`SMTP server smtp.x.com:587, step: detail.` — one sentence, no secrets."""
        detail = self.text.rstrip(".")
        return f"SMTP server {self.server}, {self.step}: {detail}."


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def decode_reply(raw: bytes) -> str:
    """A server's words as text: UTF-8, else Latin-1 (ISO 8859-1), as servers answering
    in their own 8-bit language do (`550 refus\\xe9` reads "refusé", not "refus\\ufffd"):
    every byte is kept, its C1 controls then shown as \\xNN by `reply_words`."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def reply_words(raw: bytes | str) -> str:
    """The server's words, on one line, with control characters (terminal escape
    sequences) shown as \\xNN so that they never reach a terminal raw."""
    text = decode_reply(raw) if isinstance(raw, bytes) else str(raw)
    text = " ".join(text.split())
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def system_words(exc: BaseException) -> str:
    """What the system said of a failed call, without Python's "[Errno 111]" before it
    (ErrorInfo read "failed ([Errno 111] Connection refused)"), nor its codec's words
    for a host name DNS cannot carry."""
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    if isinstance(exc, UnicodeError) and "idna" in str(exc):
        return "the host name is not a valid domain name (a part empty or over 63 characters)"
    return str(exc) or type(exc).__name__


def cut_words(text: str, limit: int) -> str:
    """`text` cut to `limit` characters, saying how long it was (what a server sends is
    quoted in an error message, which must stay a message)."""
    if len(text) <= limit:
        return text
    return f"{text[:limit]}... ({len(text):,} characters in all)"


def coded_words(code: int, raw: bytes | str) -> str:
    """`CODE words` of an SMTP reply (`099`, as it was sent). A multi-line reply whose
    lines carry different codes is quoted line by line, each as the server sent it
    (escaped by reply_words, so no CR/LF reaches the script), judged by its last line."""
    if isinstance(raw, MixedCodes):
        quoted = ", then ".join(f"'{reply_words(line)}'" for line in raw.lines)
        return f"{code:03d} (its lines carry different codes, each as sent: {quoted})"
    return f"{code:03d} {reply_words(raw)}".rstrip()


def reply_text(code: int, raw: bytes | str) -> str:
    """`the server replied CODE words` (reply_words), or for a reply that is not SMTP
    what the server sent instead."""
    text = reply_words(raw)
    if code < 0:  # smtplib's code for a reply that is not SMTP at all
        shown = text if len(text) <= 80 else text[:77] + "..."
        return f"the server did not answer in SMTP (it sent '{shown}')"
    return f"the server replied {coded_words(code, raw)}"


def doubt_words(stray: bytes) -> str:
    """Why a message the server answered 250 may be refused after all, `stray` being the
    reply it sent later where no command was waiting for one (the next command's
    check_in_step, or the reply read where QUIT's was due): its replies were out of step
    by one, so that 250 may have been a stray answer (to DATA, after its 354) and the
    refusal the message's own. "" when `stray` is no refusal: a 2xx was an acceptance
    either way, and a 421 is the server closing, which it may say at any time (RFC 5321,
    3.8)."""
    first = stray.split(b"\n")[0].rstrip(b"\r")
    if first[:1] not in (b"4", b"5") or not first[:3].isdigit() or first[:3] == b"421":
        return ""
    return (f"the server answered 250 to it, then sent '{cut_words(reply_words(first), 80)}' "
            "when no command was waiting for a reply: its replies were out of step, so the "
            "250 may have answered an earlier command, and the refusal this message")


def reply(server: str, step: str, code: int, raw: bytes | str, suffix: str = "") -> MailError:
    """A MailError for an unexpected SMTP reply."""
    text = reply_text(code, raw) + (f"; {suffix}" if suffix else "")
    return MailError(server, step, text, code)


def no_answer_within(timeout: float) -> str:
    """How a wait that reached EmailSetTimeOut's timeout is said, sending or reading."""
    return f"no answer from the server within {timeout:g} s (see EmailSetTimeOut)"


def connection_words(exc: BaseException, timeout: float, kind: str = "") -> str | None:
    """How a failed connection or wait is said, alike by every e-mail protocol (SMTP's
    describe_exception, POP3's and IMAP's read_failures.describe_failure): a wait that reached
    `timeout`, a certificate or TLS failure, a refused connection (`kind`: "SMTP " names
    the server that is not listening), a host name not found, another system error.
    None for anything else: a reply, said in the protocol's own words."""
    if isinstance(exc, TimeoutError):
        return no_answer_within(timeout)
    if isinstance(exc, ssl.SSLCertVerificationError):
        return certificate_words(exc)
    if isinstance(exc, ssl.SSLError):  # OpenSSL's words in ours (tls_words)
        return f"TLS error: {tls_words(exc)}"
    if isinstance(exc, ConnectionRefusedError):
        return f"connection refused (no {kind}server listening on that port)"
    if isinstance(exc, socket.gaierror):
        return f"the host name could not be resolved ({exc.strerror or exc})"
    if isinstance(exc, OSError):
        return exc.strerror or str(exc) or type(exc).__name__
    return None


def describe_exception(exc: BaseException, timeout: float) -> tuple[str, int]:
    """Readable text (and SMTP code if any) for an exception raised by smtplib/ssl/socket."""
    if isinstance(exc, ReplyTooLong):
        return exc.what, 0
    if isinstance(exc, smtplib.SMTPResponseException):
        return reply_text(exc.smtp_code, exc.smtp_error), exc.smtp_code
    if isinstance(exc, Unasked):
        first = exc.stray.split(b"\n")[0].rstrip(b"\r")
        sent = f"'{cut_words(reply_words(first), 80)}'" if first.strip() else "an empty line"
        behind = (f" (it came right behind the reply "  # (replies.reply_in_step)
                  f"'{cut_words(reply_words(exc.after), 80)}')") if exc.after else ""
        return (f"the server sent {sent} when no command was "
                "waiting for a reply: its replies no longer answer the commands, so the "
                f"connection was closed{behind}"), 0
    if isinstance(exc, smtplib.SMTPServerDisconnected):
        if isinstance(exc.__context__, TimeoutError):
            return no_answer_within(timeout), 0
        if isinstance(exc, ReplyCut):
            return "the server closed the connection in the middle of its reply (no line end)", 0
        return "the server closed the connection", 0
    words = connection_words(exc, timeout, "SMTP ")
    return (f"{type(exc).__name__}: {exc}" if words is None else words), 0


_TLS_REASONS = {
    "UNEXPECTED_EOF_WHILE_READING": "the server closed the connection during the TLS exchange",
    "WRONG_VERSION_NUMBER": "the server did not answer in TLS",
    "RECORD_LAYER_FAILURE": "the server did not answer in TLS",
    "HTTP_REQUEST": "the server spoke plain HTTP, not TLS",
    "UNEXPECTED_MESSAGE": "the server sent what the TLS exchange did not expect there",
    "SSLV3_ALERT_HANDSHAKE_FAILURE": "the server refused the TLS handshake (no protocol "
                                     "version or cipher in common)",
    "TLSV1_ALERT_PROTOCOL_VERSION": "the server refused the TLS protocol version offered",
    # a server that asks for a client certificate (httpRequest.ClientCertificate)
    "TLSV13_ALERT_CERTIFICATE_REQUIRED": "the server requires a client certificate and "
                                         "none was presented",
    "TLSV1_ALERT_UNKNOWN_CA": "the server does not trust the issuer of the client "
                              "certificate presented",
    "SSLV3_ALERT_BAD_CERTIFICATE": "the server refused the client certificate presented",
}


def certificate_words(exc: ssl.SSLCertVerificationError, peer: str = "server") -> str:
    """A certificate refused in a TLS handshake, said alike by every protocol (e-mail,
    HTTP, FTP, sockets, WebSocket): "the server's certificate was refused (Hostname
    mismatch, certificate is not valid for 'localhost'.)"."""
    why = exc.verify_message or exc.reason or str(exc)
    return f"the {peer}'s certificate was refused ({why})"


def tls_words(exc: ssl.SSLError) -> str:
    """OpenSSL's reason (`UNEXPECTED_EOF_WHILE_READING`) in words for ErrorInfo, the
    identifier kept in brackets for searching (shared by SMTP, FTP and SSL sockets)."""
    reason = exc.reason
    if not reason and isinstance(exc, ssl.SSLEOFError):  # (a write after the peer's close:
        return _TLS_REASONS["UNEXPECTED_EOF_WHILE_READING"]  # "EOF occurred ... (_ssl.c:2427)")
    if not reason:
        return str(exc)
    words = _TLS_REASONS.get(reason) or reason.replace("_", " ").lower()
    return f"{words} ({reason})"
