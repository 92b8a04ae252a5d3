"""Read captured messages: the summary fields of the index and the parts `show` prints.

Captured mail is untrusted input (a script may build anything, and a Maildir
may also hold mail delivered by other tools), so every reader here is lenient
and every string meant for a terminal goes through `printable` first: a
subject must not be able to send escape sequences to the user's terminal.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from email import policy
from email.message import EmailMessage, Message
from email.header import Header, decode_header, make_header
from email.parser import BytesParser
from email.utils import getaddresses

from .summaryline import printable

__all__ = [
    "Attachment",
    "attachments",
    "body_text",
    "header_block",
    "header_addresses",
    "parse",
    "printable",
    "summarize",
]


@dataclass(frozen=True)
class Attachment:
    """What `show` tells about one attached file."""

    filename: str
    content_type: str
    size: int


def parse(raw: bytes) -> EmailMessage:
    """Parse with the modern policy so headers come back decoded (RFC 2047)."""
    message = BytesParser(policy=policy.default).parsebytes(raw)
    assert isinstance(message, EmailMessage)
    return message


def header(message: Message, name: str) -> str:
    """A header as text, or "" when missing or unreadable (malformed mail must still list)."""
    try:
        value = message.get(name)
    except Exception:  # a malformed header can break the policy's parser; show it as empty
        return ""
    return "" if value is None else str(value)


def header_addresses(message: Message, *names: str) -> list[str]:
    """Bare addresses from address headers, for mail captured without an envelope record."""
    values = [header(message, name) for name in names]
    return [addr for _, addr in getaddresses([v for v in values if v]) if addr]


def is_attachment(part: Message) -> bool:
    """Attached file: disposition "attachment", or a file name with no disposition."""
    if part.is_multipart():
        return False
    disposition = part.get_content_disposition()
    return disposition == "attachment" or (disposition is None and bool(part.get_filename()))


def attachments(message: Message) -> list[Attachment]:
    """Every attached file in the whole MIME tree, in order."""
    found = []
    for part in message.walk():
        if is_attachment(part):
            found.append(Attachment(part.get_filename() or "(unnamed)", part.get_content_type(),
                                    len(_decoded(part))))
    return found


def _decoded(part: Message) -> bytes:
    """The part's payload with its transfer encoding undone (b"" if there is none)."""
    payload = part.get_payload(decode=True)
    return payload if isinstance(payload, bytes) else b""


def summarize(raw: bytes) -> dict[str, object]:
    """The index fields that come from the message itself. Computed for every captured
    message before its 250, so it uses the fast compat32 parser and decodes only the
    subject (RFC 2047), and counts attachments without decoding them; the body is parsed
    only when the message is multipart (a single part is known from its headers)."""
    message = BytesParser(policy=policy.compat32).parsebytes(header_block(raw), headersonly=True)
    if message.get_content_maintype() == "multipart":
        message = BytesParser(policy=policy.compat32).parsebytes(raw)
    return {
        "subject": _decoded_subject(message),
        "size": len(raw),
        "attachments": sum(1 for part in message.walk() if is_attachment(part)),
    }


def _decoded_subject(message: Message) -> str:
    """The Subject as the modern policy shows it: unfolded, encoded words decoded, no
    blank before it (a long UTF-8 subject is folded right after its colon, "Subject:\r\n
    Votre relevé...", by Python's generator: the summary showed " Votre relevé")."""
    value = message.get("Subject")
    if value is None:
        return ""
    if isinstance(value, Header):  # raw 8-bit (SMTPUTF8) header bytes: UTF-8
        return "".join(part.decode("utf-8", "replace") if isinstance(part, bytes) else part
                       for part, _ in decode_header(value)).replace("\r\n", "").replace(
                           "\n", "").lstrip(" \t")
    text = str(value).replace("\r\n", "").replace("\n", "").lstrip(" \t")
    try:
        return str(make_header(decode_header(text)))
    except Exception:  # a malformed encoded word or charset: keep the text as it came
        return text


def body_text(message: EmailMessage, subtype: str) -> str | None:
    """The first text/<subtype> part that is not an attachment, decoded; None if there is none."""
    for part in message.walk():
        if part.get_content_type() == f"text/{subtype}" and not is_attachment(part):
            try:
                content = part.get_content()
            except (LookupError, ValueError):  # unknown charset or broken encoding
                content = _decoded(part).decode("utf-8", errors="replace")
            return str(content).replace("\r\n", "\n")  # mail arrives with CRLF line ends
    return None


def header_block(raw: bytes) -> bytes:
    """The raw header section with its own line ends, without the empty line that ends it."""
    match = re.search(rb"(\r?\n)\r?\n", raw)
    return raw if match is None else raw[: match.end(1)]
