"""Turn the fields of an Email structure/variable into the bytes sent after DATA.

Built with `email.message.EmailMessage` (never string concatenation), after every header
value and address was checked by `security`:

* From = Sender; Reply-To = SenderAddress; To/Cc headers; Bcc goes to the envelope only;
* text and HTML -> multipart/alternative; attachments (files read from disk) -> mixed;
  an attachment with a Content-ID (AttachIdentifier: an image the HTML shows) goes beside
  the HTML in multipart/related (RFC 2387), so that mail clients show it in place, not
  as an attachment (it went into the mixed part);
* bodies are always 7-bit safe (quoted-printable/base64), so no 8BITMIME is needed;
* non-ASCII headers travel raw under SMTPUTF8 when the server offers it, RFC 2047/2231
  encoded otherwise; a non-ASCII mailbox name (local part) needs SMTPUTF8 — without it
  the send fails with a clear message (there is no ASCII form of such an address);
* line endings are forced to CRLF (no bare CR or LF reaches the wire: SMTP smuggling);
* bodies are encoded and written in linear time at C speed (body_encoding.py): a 13.5 MB
  text took 11 s through the library's own encoder and generator.
"""
from __future__ import annotations

__all__ = ["OutgoingMail", "PreparedMessage", "prepare", "build_source", "PRIORITY_HEADERS",
           "SENSITIVITY_HEADERS", "refuse_signing"]

import io
import mimetypes
import os
from dataclasses import dataclass, field
from email import policy
from email.message import EmailMessage
from email.utils import formatdate, make_msgid

from ..errors import shown_words
from ..lazy_regex import lazy_compile
from ..mime_types import MIME_TYPE_EXAMPLE, is_mime_type, normalised, split_mime_type
from ..native_paths import native_path
from .body_encoding import TEXT_MANAGER, FastGenerator, to_crlf
from .objects import member_of
from .security import MessageError, ParsedAddress, check_encodable, check_text, parse_address

_BUILD_POLICY = policy.SMTP.clone(cte_type="7bit")

PRIORITY_HEADERS: dict[int, tuple[tuple[str, str], ...]] = {
    1: (("X-Priority", "1 (Highest)"), ("Importance", "High")),
    2: (("X-Priority", "5 (Lowest)"), ("Importance", "Low")),
}
"""Email.Priority (emailHighPriority = 1, emailLowPriority = 2; values ours) as the two
headers mail clients read; received.py reads them back."""

SENSITIVITY_HEADERS: dict[int, str] = {1: "Personal", 2: "Private", 3: "Company-Confidential"}
"""Email.Confidentiality (emailCompanyConfidential = 3; 1 and 2 MAPI's personal and
private, INFERRED) as the Sensitivity header of RFC 2156 that Outlook writes and reads;
0 writes none. received.py reads it back."""


@dataclass
class OutgoingMail:
    """The sendable fields of an Email structure or variable, as plain Python values.

    Address lists hold (WLanguage index, text) so errors can point at `Recipient[2]`;
    `prefix` is how messages name the source (`Email` or `the Email variable`).
    """

    prefix: str = "Email"
    sender: str = ""
    reply_to: str = ""
    to: list[tuple[int, str]] = field(default_factory=list)
    cc: list[tuple[int, str]] = field(default_factory=list)
    bcc: list[tuple[int, str]] = field(default_factory=list)
    subject: str = ""
    text: str = ""
    html: str = ""
    attachments: list[tuple[int, str]] = field(default_factory=list)
    contents: dict[str, bytes] = field(default_factory=dict)
    """Attachments whose content is held in memory (read from a message or loaded),
    by the name Attach holds: no file is read for them."""
    cids: dict[int, str] = field(default_factory=dict)
    """Content-ID of an attachment, by its Attach index (AttachIdentifier): an image an
    HTML body shows with `cid:` (EmailImportHTML)."""
    priority: int = 0
    """0 normal, 1 high, 2 low (PRIORITY_HEADERS)."""
    disposition_notification: bool = False
    """Ask for a read receipt (Disposition-Notification-To, RFC 8098)."""
    names: dict[str, str] = field(default_factory=dict)
    """Field -> the member's name as the script wrote it ("recipient": "Destinataire",
    "senderaddress": "ReplyTo"...): errors name it so (`shown`)."""
    ctypes: dict[int, str] = field(default_factory=dict)
    """MIME type an emailAttach's ContentType gives, by Attach index (else the name's
    extension tells it)."""
    signed: bool = False
    """A Certificate was given: the message must be signed (refuse_signing)."""
    confidentiality: int = 0
    """0 none, 1 personal, 2 private, 3 company confidential (SENSITIVITY_HEADERS)."""
    receipt: bool = False
    """Ask for a delivery receipt (AccuséRéception): Return-Receipt-To, the header Outlook
    writes for one; a read receipt is `disposition_notification`."""


def shown(mail: OutgoingMail, key: str, default: str) -> str:
    """`Email.Destinataire`, `the Email variable's Destinataire`: the member as the script
    wrote it (`default` if it never did), of the structure or of a variable (it read "the
    Email variable.Destinataire")."""
    return member_of(mail.prefix, mail.names.get(key, default))


def refuse_signing(mail: OutgoingMail, what: str) -> None:
    """MessageError when the script gave a Certificate: wlinterp does not sign messages
    (S/MIME), and sending or building the message unsigned would hide that from the
    script, whose recipients may reject or distrust it (docs/email.md, "Certificate")."""
    if mail.signed:
        raise MessageError(f"{member_of(mail.prefix, 'Certificate')} asks for the message "
                           f"to be signed with a certificate, and wlinterp does not sign "
                           f"messages; the message was not {what} (set Certificate to \"\" to "
                           f"{'send' if what == 'sent' else 'build'} it unsigned).")


@dataclass
class PreparedMessage:
    """Ready for the wire: envelope, bytes, and the id EmailStatus knows it by."""

    mail_from: str
    rcpts: list[str]
    data: bytes
    smtputf8: bool
    message_id: str


@dataclass
class _Parsed:
    sender: ParsedAddress | None
    reply_to: ParsedAddress | None
    to: list[ParsedAddress]
    cc: list[ParsedAddress]
    bcc: list[ParsedAddress]


def _parse_list(items: list[tuple[int, str]], label: str) -> list[ParsedAddress]:
    return [parse_address(text, f"{label}[{i}]") for i, text in items if text.strip()]


def _parsed(mail: OutgoingMail) -> _Parsed:
    """Every address the message holds, each checked under the member's name as the
    script wrote it; no sender or Reply-To when empty."""
    return _Parsed(
        sender=parse_address(mail.sender, shown(mail, "sender", "Sender"))
        if mail.sender.strip() else None,
        reply_to=parse_address(mail.reply_to, shown(mail, "senderaddress", "SenderAddress"))
        if mail.reply_to.strip() else None,
        to=_parse_list(mail.to, shown(mail, "recipient", "Recipient")),
        cc=_parse_list(mail.cc, member_of(mail.prefix, "Cc")),
        bcc=_parse_list(mail.bcc, shown(mail, "bcc", "Bcc")))


def _parse(mail: OutgoingMail) -> _Parsed:
    p = mail.prefix
    if not mail.sender.strip():
        raise MessageError(f"{shown(mail, 'sender', 'Sender')} is empty: the message needs "
                           "a sender address.")
    parsed = _parsed(mail)
    if not (parsed.to or parsed.cc or parsed.bcc):
        to, bcc = mail.names.get("recipient", "Recipient"), mail.names.get("bcc", "Bcc")
        raise MessageError(f"{p} has no recipient ({to}, Cc and {bcc} are all empty).")
    return parsed


def _all_addresses(parsed: _Parsed) -> list[ParsedAddress]:
    extra = [parsed.reply_to] if parsed.reply_to else []
    first = [parsed.sender] if parsed.sender else []
    return [*first, *extra, *parsed.to, *parsed.cc, *parsed.bcc]


def _read_attachments(mail: OutgoingMail) -> list[tuple[str, bytes, str, str]]:
    """(file name, content, Content-ID, MIME type) of every attachment; MessageError if
    a file cannot be read or a ContentType given is no MIME type."""
    files = []
    for i, path in mail.attachments:
        if not path.strip():
            continue
        label = f"{shown(mail, 'attach', 'Attach')}[{i}]"
        check_text(path, label, allow_tab=False)
        if path in mail.contents:
            name = os.path.basename(path.replace("\\", "/"))
            files.append((name, mail.contents[path], mail.cids.get(i, ""),
                          _mime_type(mail, i, name)))
            continue
        host = native_path(path)  # `sDir + "\\report.txt"`, `C:\\...`: as fOpen reads it
        try:
            with open(host, "rb") as fh:
                data = fh.read()
        except OSError as exc:
            raise MessageError(f"{label}: cannot read the attached file '{path}' "
                               f"({exc.strerror or exc}).") from None
        name = os.path.basename(host)
        files.append((name, data, mail.cids.get(i, ""), _mime_type(mail, i, name)))
    return files


def _mime_type(mail: OutgoingMail, index: int, name: str) -> str:
    """The attachment's MIME type: its emailAttach's ContentType when one was given (it
    was kept and not sent), else the one its name's extension tells."""
    given = mail.ctypes.get(index, "").strip()
    if not given:
        return mimetypes.guess_type(name)[0] or "application/octet-stream"
    if not is_mime_type(given):
        raise MessageError(f"{shown(mail, 'attach', 'Attach')}[{index}]: the ContentType "
                           f"{shown_words(given)!r} is no MIME type ({MIME_TYPE_EXAMPLE}).")
    return normalised(given)


def _needs_utf8_headers(mail: OutgoingMail, parsed: _Parsed,
                        files: list[tuple[str, bytes, str, str]]) -> bool:
    texts = [mail.subject, *(a.display for a in _all_addresses(parsed)),
             *(a.domain for a in _all_addresses(parsed)), *(file[0] for file in files)]
    return not all(t.isascii() for t in texts)


def _body_text(text: str) -> str:
    """WLanguage's CR constant is CRLF; the builder wants plain newlines."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _build(mail: OutgoingMail, parsed: _Parsed, files: list[tuple[str, bytes, str, str]],
           utf8: bool, with_bcc: bool = False) -> EmailMessage:
    msg = EmailMessage(policy=_BUILD_POLICY)
    if parsed.sender:
        msg["From"] = parsed.sender.header(utf8)
    if parsed.to:
        msg["To"] = tuple(a.header(utf8) for a in parsed.to)
    if parsed.cc:
        msg["Cc"] = tuple(a.header(utf8) for a in parsed.cc)
    if parsed.bcc and with_bcc:
        msg["Bcc"] = tuple(a.header(utf8) for a in parsed.bcc)
    if parsed.reply_to:
        msg["Reply-To"] = parsed.reply_to.header(utf8)
    msg["Subject"] = check_text(mail.subject, shown(mail, "subject", "Subject"))
    for name, value in PRIORITY_HEADERS.get(mail.priority, ()):
        msg[name] = value
    if mail.confidentiality in SENSITIVITY_HEADERS:
        msg["Sensitivity"] = SENSITIVITY_HEADERS[mail.confidentiality]
    if mail.disposition_notification and parsed.sender:
        msg["Disposition-Notification-To"] = parsed.sender.envelope(utf8)
    if mail.receipt and parsed.sender:
        msg["Return-Receipt-To"] = parsed.sender.envelope(utf8)
    msg["Date"] = formatdate(localtime=True)
    domain = parsed.sender.envelope(False).rpartition("@")[2] if parsed.sender else "localhost"
    msg["Message-ID"] = make_msgid(domain=domain)
    text = {"content_manager": TEXT_MANAGER}
    if mail.html and mail.text:
        msg.set_content(_body_text(mail.text), **text)
        msg.add_alternative(_body_text(mail.html), subtype="html", **text)
    elif mail.html:
        msg.set_content(_body_text(mail.html), subtype="html", **text)
    else:
        msg.set_content(_body_text(mail.text), **text)
    html_part = msg.get_body(("html",)) if mail.html else None
    for name, data, cid, ctype in files:
        check_text(name, f"{shown(mail, 'attach', 'Attach')} file name", allow_tab=False)
        maintype, subtype, params = split_mime_type(ctype)
        if cid:  # an image the HTML body shows (cid:...): inline, with its Content-ID
            cid = check_text(cid, shown(mail, "attachidentifier", "AttachIdentifier"))
            if isinstance(html_part, EmailMessage):  # beside the HTML: multipart/related
                html_part.add_related(data, maintype=maintype, subtype=subtype,
                                      filename=name, disposition="inline", cid=f"<{cid}>",
                                      params=params)
                continue
            msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name,
                               disposition="inline", cid=f"<{cid}>", params=params)
        else:
            msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name,
                               params=params)
    return msg


def prepare(mail: OutgoingMail, server_smtputf8: bool) -> PreparedMessage:
    """Validate, build and serialise one message; MessageError explains any refusal."""
    refuse_signing(mail, "sent")
    parsed = _parse(mail)
    files = _read_attachments(mail)
    must_utf8 = needs_smtputf8(parsed, server_smtputf8)
    utf8 = server_smtputf8 and (must_utf8 or _needs_utf8_headers(mail, parsed, files))
    check_encodable(mail.text, member_of(mail.prefix, "Message"))
    check_encodable(mail.html, member_of(mail.prefix, "HTML"))
    try:  # the checks above should make this unreachable; never let the library's words out
        msg = _build(mail, parsed, files, utf8)
        out = io.BytesIO()
        FastGenerator(out, mangle_from_=False,
                      policy=policy.SMTPUTF8 if utf8 else policy.SMTP).flatten(msg)
        data = out.getvalue()
    except MessageError:
        raise
    except (ValueError, TypeError, UnicodeError) as exc:
        raise MessageError(f"{mail.prefix} could not be encoded as an e-mail ({exc}).") from None
    mail_from, rcpts = envelope(parsed, utf8)
    data = to_crlf(data)
    return PreparedMessage(mail_from, rcpts, _joined_after_colon(data) if utf8 else data, utf8,
                           str(msg["Message-ID"]))


_FOLDED_AFTER_COLON = lazy_compile(rb"(?m)^([!-9;-~]+):\r\n[ \t]+")


def _joined_after_colon(data: bytes) -> bytes:
    """`data` with no header of its head folded right after its colon. Python's UTF-8
    generator folds a raw non-ASCII value that does not fit after its name onto the next
    line whole ("Subject:\r\n Votre relevé de compte — décembre 2026 — Société
    Générale d'Équipement"), which Python's own parser, and so the capture, read back
    with a blank before it (" Votre relevé"). Joined, the line stays far below RFC
    5322's 998 (the rest was folded at 78 characters)."""
    head, blank, body = data.partition(b"\r\n\r\n")
    return _FOLDED_AFTER_COLON.sub(rb"\1: ", head) + blank + body


def needs_smtputf8(parsed: _Parsed, server_smtputf8: bool) -> bool:
    """Whether an address has a non-ASCII mailbox name (it then needs SMTPUTF8: there is
    no ASCII form of it); MessageError when the server does not offer SMTPUTF8."""
    bad = next((a for a in _all_addresses(parsed) if a.needs_smtputf8), None)
    if bad is not None and not server_smtputf8:
        raise MessageError(f"the address {bad.local}@{bad.domain} has non-ASCII characters "
                           "before '@', which needs the SMTPUTF8 extension, and the server "
                           "does not offer it.")
    return bad is not None


def envelope(parsed: _Parsed, utf8: bool) -> tuple[str, list[str]]:
    """(MAIL FROM, RCPT TO list): To, Cc and Bcc, each address once."""
    rcpts: list[str] = []
    seen: set[str] = set()
    for addr in (*parsed.to, *parsed.cc, *parsed.bcc):
        env = addr.envelope(utf8)
        if env.lower() not in seen:
            seen.add(env.lower())
            rcpts.append(env)
    assert parsed.sender is not None  # _parse refuses an empty sender
    return parsed.sender.envelope(utf8), rcpts


def build_source(mail: OutgoingMail, with_bcc: bool = False) -> tuple[str, str]:
    """EmailBuildSource: (the message's source text, its Message-ID).

    Unlike `prepare`, an empty sender or no recipient is accepted (the help's own example
    builds the source of a message whose sender is empty, ?1000017225); every value
    present is still checked (no CR/LF in a header, addresses parsed strictly). Headers
    are 7-bit (RFC 2047 for non-ASCII), as for a server without SMTPUTF8, so the text
    can be saved as a .eml file and read by any client; `with_bcc` writes a Bcc header
    (emailOptionHeaderBcc)."""
    refuse_signing(mail, "built")
    p = mail.prefix
    parsed = _parsed(mail)
    bad = next((a for a in _all_addresses(parsed) if a.needs_smtputf8), None)
    if bad is not None:
        raise MessageError(f"the address {bad.local}@{bad.domain} has non-ASCII characters "
                           "before '@', which a message source without SMTPUTF8 cannot hold.")
    files = _read_attachments(mail)
    check_encodable(mail.text, member_of(p, "Message"))
    check_encodable(mail.html, member_of(p, "HTML"))
    try:
        msg = _build(mail, parsed, files, False, with_bcc)
        out = io.BytesIO()
        FastGenerator(out, mangle_from_=False, policy=policy.SMTP).flatten(msg)
    except MessageError:
        raise
    except (ValueError, TypeError, UnicodeError) as exc:
        raise MessageError(f"{p} could not be encoded as an e-mail ({exc}).") from None
    return to_crlf(out.getvalue()).decode("ascii"), str(msg["Message-ID"])
