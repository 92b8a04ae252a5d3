"""A received message (its source bytes) -> the members of an Email structure/variable.

Used by EmailImportSource and by every POP3 read. Parsed with the standard library's
`email` package (policy.default: RFC 2047 words decoded, charsets honoured); nothing a
message holds can raise out of here: a message the parser cannot make sense of still
fills what it can (the parser records defects instead of failing).

Decisions (docs/builtins.md, "Email: sources and reading", INFERRED): addresses are
given as the header shows them (`Name <addr>` or `addr`), one per element; bodies use
CRLF line ends (WLanguage's CR), without the one line end that ends every MIME text part (so a
built source reads back as written); an attachment's name is its file name reduced to a bare
name (no folder part: a message cannot choose where EmailSaveAttachment writes; nor a
Windows device or a character Windows refuses: `_bare_name`), made unique within the
message, each change said on stderr; AttachIdentifier[i] is attachment i's Content-ID without its
angle brackets; ID is the Message-ID header unless the server gave a unique id (UIDL).
"""
from __future__ import annotations

__all__ = ["fill_email"]

import re
from email import policy
from email.errors import MessageError
from email.message import EmailMessage, Message
from email.parser import BytesParser
from email.utils import parsedate_to_datetime
from typing import Any, Callable

from ..runtime.datetimes import DateTimeText
from .message import SENSITIVITY_HEADERS
from .objects import AttachArray, GrowingArray

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def _crlf(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\r\n")


# What the standard library's header parser raises on some malformed headers instead of
# recording a defect (`Message-ID: <<>>` IndexError, `Cc: :x;[((` AttributeError, ...).
_PARSER_FAILURES = (MessageError, ValueError, LookupError, AttributeError, TypeError,
                    AssertionError)


def _raw_values(msg: Message, name: str) -> list[str]:
    """The header's values as the message holds them (bytes not UTF-8 replaced)."""
    wanted = name.lower()
    return [str(value).encode("utf-8", "surrogateescape").decode("utf-8", "replace")
            for key, value in msg.raw_items() if key.lower() == wanted]


def _values(msg: Message, name: str) -> list[Any]:
    """Every value of header `name`, parsed; the raw values when the parser fails on one.

    policy.default parses a header when it is read, so a malformed header raises here,
    not in parsebytes(): one bad header must not stop the message from being read."""
    try:
        return list(msg.get_all(name) or [])
    except _PARSER_FAILURES:
        return _raw_values(msg, name)


def _header(msg: Message, name: str) -> str:
    values = _values(msg, name)
    return _CONTROL.sub(" ", str(values[0])).strip() if values else ""


def _addresses(msg: Message, name: str) -> list[object]:
    out: list[str] = []
    for value in _values(msg, name):
        try:
            found = [str(a) for a in getattr(value, "addresses", ())]
        except (ValueError, IndexError, AttributeError):
            found = []
        out.extend(found or [_CONTROL.sub(" ", str(value)).strip()])
    return [_CONTROL.sub(" ", a).strip() for a in out if a.strip()]  # (WLArray items)


_WINDOWS_FORBIDDEN = re.compile(r'[<>:"|?*]')
_DEVICE = re.compile(r"^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\.|$)", re.IGNORECASE)


def _bare_name(name: str, number: int) -> tuple[str, str]:
    """(the name an attachment is kept under, why it differs from `name`, or ""): no
    folder part, no control character, none of the characters Windows refuses, no final
    dot or space (Windows drops them), not a device's name (CON, NUL, COM1...: writing to
    it on Windows writes to the device), so the script's `sFolder + "\\" + name` names a
    file in its folder on every system."""
    reasons = []
    bare = _CONTROL.sub("", name)
    if bare != name:
        reasons.append("control characters removed")
    unfoldered = bare.replace("\\", "/").rsplit("/", 1)[-1]
    if unfoldered != bare:
        reasons.append("a name from a message cannot choose the folder it is saved in")
    bare = _WINDOWS_FORBIDDEN.sub("_", unfoldered).strip().rstrip(". ")
    if bare != unfoldered.strip() and unfoldered.strip() not in ("", ".", ".."):
        reasons.append('Windows refuses < > : " | ? * and a final dot in a file name')
    if bare in ("", ".", ".."):
        bare = f"attachment{number}"
        if name:  # (a part sent without a name, an inline image, is no news)
            reasons.append("it names no file")
    elif _DEVICE.match(bare):
        stem, dot, ext = bare.partition(".")
        bare = f"{stem}_{dot}{ext}"
        reasons.append(f"'{stem}' names a device on Windows, not a file")
    return bare, "; ".join(reasons)


def _unique(bare: str, taken: set[str]) -> str:
    """`bare`, or `name(2).ext`... when an earlier attachment of the message has it."""
    stem, dot, ext = bare.rpartition(".")
    candidate, n = bare, 1
    while candidate in taken:
        n += 1
        candidate = f"{stem}({n}).{ext}" if dot and stem else f"{bare}({n})"
    taken.add(candidate)
    return candidate


def _text_of(part: Message) -> str:
    try:
        content = part.get_content()  # type: ignore[attr-defined]
    except (LookupError, ValueError, AssertionError):
        raw = part.get_payload(decode=True) or b""
        content = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw)
    if not isinstance(content, str):
        return ""
    text = _crlf(content)
    return text[:-2] if text.endswith("\r\n") else text  # the line end MIME adds


def _bodies_and_files(msg: EmailMessage) -> tuple[str, str, list[tuple[str, bytes, str]]]:
    """(text body, HTML body, [(name, content, content id)]): the attachments proper
    first, then the parts the HTML shows in place (a Content-ID, not marked
    "attachment": a multipart/related image), each group in the message's order. So a
    message sent with its logo inline reads back with Attach in the order it was given,
    and a received invoice's PDF is Attach[1] before its signature's images (*decided*,
    INFERRED: no stored page says in which order WINDEV lists them)."""
    text = html = ""
    files: list[tuple[str, bytes, str]] = []
    shown: list[tuple[str, bytes, str]] = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        filename = part.get_filename()
        attached = part.get_content_disposition() == "attachment" or filename
        if not attached and ctype == "text/plain" and not text:
            text = _text_of(part)
        elif not attached and ctype == "text/html" and not html:
            html = _text_of(part)
        elif attached or _header(part, "Content-ID"):
            data = part.get_payload(decode=True)
            cid = _header(part, "Content-ID").strip("<>")
            found = (filename or "", data if isinstance(data, bytes) else b"", cid)
            in_place = cid and part.get_content_disposition() != "attachment"
            (shown if in_place else files).append(found)
    return text, html, files + shown


def _priority(msg: Message) -> int:
    """1 high, 2 low, 0 normal, from X-Priority (1-2 high, 4-5 low) or Importance."""
    x_priority = _header(msg, "X-Priority")[:1]
    importance = _header(msg, "Importance").lower()
    if x_priority in ("1", "2") or importance == "high":
        return 1
    if x_priority in ("4", "5") or importance == "low":
        return 2
    return 0


def _confidentiality(msg: Message) -> int:
    """3 company confidential, 2 private, 1 personal, from the Sensitivity header (RFC
    2156, what message.SENSITIVITY_HEADERS writes); 0 when it is absent or unknown."""
    shown = _header(msg, "Sensitivity").strip().lower()
    return next((k for k, v in SENSITIVITY_HEADERS.items() if v.lower() == shown), 0)


def _datetime_digits(header_date: str) -> str:
    """An RFC 5322 date ("Fri, 04 Dec 2026 09:15:00 +0100") as the DateTime digits
    YYYYMMDDHHMMSSCCC in this machine's local time, as Now() and Today() are (so a script
    comparing a message's date with them compares like with like); "" when it is no date
    (INFERRED, docs/email.md "Dates of a received message")."""
    try:
        when = parsedate_to_datetime(header_date.strip())
    except (TypeError, ValueError, IndexError, OverflowError):
        return ""
    if when is None:
        return ""
    try:
        local = when.astimezone() if when.tzinfo is not None else when
    except (OverflowError, ValueError, OSError):  # a year the clock cannot place
        return ""
    return DateTimeText(local.strftime("%Y%m%d%H%M%S") + f"{local.microsecond // 1000:03d}")


def _dates(msg: Message) -> tuple[str, str]:
    """(ReceiveDate, SendDate): the date the last server stamped on its Received line
    (the first one, after its ';', RFC 5321 4.4), and the Date header. A message with no
    dated Received line was received when it was sent, as far as it says: ReceiveDate is
    then its Date (INFERRED: no stored page says which header WINDEV reads)."""
    sent = _datetime_digits(_header(msg, "Date"))
    for line in _raw_values(msg, "Received")[:1]:
        received = _datetime_digits(_CONTROL.sub(" ", line).rpartition(";")[2])
        if received:
            return received, sent
    return sent, sent


def fill_email(email: Any, data: bytes, *, headers_only: bool = False,
               identifier: str = "", keep_source: bool = True,
               note: Callable[[str], None] | None = None) -> None:
    """Reset `email` (an EmailStructure/EmailVariable) and fill it from `data`. `note`
    (the run's stderr) is told of each attachment kept under another name than the
    message gives, and why: the script saving it never sees the name it was sent with."""
    email.reset()
    msg = BytesParser(policy=policy.default).parsebytes(data, headersonly=headers_only)
    texts = email.texts
    texts["sender"] = _header(msg, "From")
    texts["senderaddress"] = _header(msg, "Reply-To")
    texts["subject"] = _header(msg, "Subject")
    texts["id"] = identifier or _header(msg, "Message-ID")
    texts["receivedate"], texts["senddate"] = _dates(msg)
    if keep_source:
        texts["source"] = _crlf(data.decode("utf-8", "replace"))
    email.settings["priority"] = _priority(msg)
    email.settings["confidentiality"] = _confidentiality(msg)
    asked = bool(_values(msg, "Disposition-Notification-To"))
    email.settings["dispositionnotification"] = asked
    email.settings["receipt"] = bool(_values(msg, "Return-Receipt-To"))
    for key, name in (("recipient", "To"), ("cc", "Cc"), ("bcc", "Bcc")):
        email.arrays[key] = GrowingArray(_addresses(msg, name))
    if headers_only:
        return
    assert isinstance(msg, EmailMessage)
    texts["message"], texts["html"], files = _bodies_and_files(msg)
    taken: set[str] = set()
    names: list[object] = []
    cids: list[object] = []
    for number, (name, content, cid) in enumerate(files, 1):
        bare, why = _bare_name(name, number)
        safe = _unique(bare, taken)
        if why and note is not None:
            note(f"Email: the attachment named '{_CONTROL.sub('?', name)}' is kept as "
                 f"'{safe}' ({why}).")
        names.append(safe)
        cids.append(cid)
        email.contents[safe] = content
    email.arrays["attach"] = AttachArray(email, names)
    email.arrays["attachidentifier"] = GrowingArray(cids)
