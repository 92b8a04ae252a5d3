"""EmailSend's message: a source the script wrote itself (a file, such as one
EmailBuildSource's `Source` was saved to), sent as it is.

The envelope (MAIL FROM, RCPT TO) comes from the Email structure, as for EmailSendMessage:
its Sender and its Recipient, Cc and Bcc, parsed and checked the same way. The source is
not rebuilt: only its line endings are forced to CRLF (no bare CR or LF reaches the wire)
and the transport dot-stuffs it, so it cannot end the DATA early (SMTP smuggling); a
UTF-8 byte order mark that an editor put first is dropped (it would hide the first
header). What cannot be a message is refused before anything is sent: an empty file, a
NUL byte, a first line that is not a header.
"""
from __future__ import annotations

__all__ = ["prepare_source"]

import re
from email.utils import make_msgid

from .body_encoding import to_crlf
from .message import (OutgoingMail, PreparedMessage, _parse, envelope, needs_smtputf8,
                      refuse_signing)
from .security import MessageError

_HEADER_LINE = re.compile(rb"[!-9;-~]+[ \t]*:")
"""A header field's name (printable ASCII but ':') then its colon (RFC 5322, 2.2)."""
_MESSAGE_ID = re.compile(rb"^message-id[ \t]*:[ \t]*(<[^<>\s]+>)", re.IGNORECASE | re.MULTILINE)


def prepare_source(mail: OutgoingMail, source: bytes, label: str,
                   server_smtputf8: bool) -> PreparedMessage:
    """The message `source` (named `label` in errors) ready for the wire, with the
    envelope of `mail`; its id is the source's Message-ID (or a new one, for EmailStatus
    only: the source is not changed). MessageError explains any refusal."""
    refuse_signing(mail, "sent")
    parsed = _parse(mail)
    if not source.strip():
        raise MessageError(f"{label} is empty: there is no message to send.")
    if b"\0" in source:
        raise MessageError(f"{label} holds a NUL byte, which a message cannot carry.")
    data = to_crlf(source.removeprefix(b"\xef\xbb\xbf"))  # a text editor's UTF-8 BOM
    head = data.split(b"\r\n\r\n", 1)[0]
    if not _HEADER_LINE.match(head):
        raise MessageError(f"{label} does not start with a header line (Name: value): it "
                           "is not the source of a message.")
    utf8 = needs_smtputf8(parsed, server_smtputf8)
    utf8 = server_smtputf8 and (utf8 or not head.isascii())
    mail_from, rcpts = envelope(parsed, utf8)
    found = _MESSAGE_ID.search(head)
    if found:
        msg_id = found.group(1).decode("ascii", "replace")
    else:
        msg_id = make_msgid(domain=mail_from.rpartition("@")[2] or "localhost")
    return PreparedMessage(mail_from, rcpts, data, utf8, msg_id)
