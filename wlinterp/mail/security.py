"""Security rules of the e-mail runtime, each in one small function.

* Passwords live in `Secret`, whose repr/str is masked, so they cannot leak through
  error messages, logs, or tracebacks that print locals; server replies echoed into
  ErrorInfo are passed through `redact` in case a server repeats the credential.
* Header text and addresses are checked *before* a message is built: CR, LF and every
  other control character are refused (header injection, SMTP command injection —
  CVE-2024-6923, bpo-43124, GHSA-v3q9-hj7j-63hq). TAB is tolerated in free text (subject,
  display names) because it is legal folding white space, never in addresses.
* Credentials are only sent over TLS, or to a loopback address, or with the explicit
  ``allow_cleartext_auth`` option.
"""
from __future__ import annotations

__all__ = ["Secret", "BearerToken", "MessageError", "ParsedAddress", "check_text", "parse_address",
           "is_loopback", "cleartext_auth_allowed", "redact", "credentials_in_name"]

import base64
import ipaddress
import re
from dataclasses import dataclass
from functools import lru_cache
from email import policy
from email.errors import HeaderParseError, NonASCIILocalPartDefect
from email.headerregistry import Address

# C0, DEL, C1, the Unicode line/paragraph separators (str.splitlines() breaks on them, so
# the header folder does too) and lone surrogates (not characters: nothing can encode them).
_CONTROL_RE = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")
_CONTROL_OR_TAB_RE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")
_ADDRESS_POLICY = policy.default


class Secret:
    """A password that never shows itself; `reveal()` is the only way to read it."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __bool__(self) -> bool:
        return bool(self._value)

    def __repr__(self) -> str:
        return "Secret('***')"

    __str__ = __repr__

    def forms(self, user: str = "") -> list[str]:
        """The password and the encodings a server could echo back: base64 of itself
        (AUTH LOGIN) and of the AUTH PLAIN blob."""
        raw = self._value
        if not raw:
            return []
        plain = f"\0{user}\0{raw}".encode("utf-8")
        return [raw, base64.b64encode(raw.encode("utf-8")).decode("ascii"),
                base64.b64encode(plain).decode("ascii")]


class BearerToken(Secret):
    """An OAuth 2 access token (emailSMTPSession.AuthToken, ?1000018765), sent with
    AUTH XOAUTH2 instead of a password; masked as a password is, in every form a server
    could echo (the token, and the base64 XOAUTH2 blob that carries it)."""

    __slots__ = ()

    def xoauth2(self, user: str) -> str:
        """The AUTH XOAUTH2 initial response: base64 of `user=U^Aauth=Bearer T^A^A`
        (the form Google and Microsoft document for SMTP)."""
        blob = f"user={user}\x01auth=Bearer {self._value}\x01\x01".encode("utf-8")
        return base64.b64encode(blob).decode("ascii")

    def forms(self, user: str = "") -> list[str]:
        return [self._value, self.xoauth2(user)] if self._value else []


class MessageError(ValueError):
    """A message that cannot be sent as written (bad address, control character, missing
    attachment...): reported to the script before any connection is used."""


@dataclass(frozen=True)
class ParsedAddress:
    """An address split into what the header shows and what the envelope carries."""

    display: str
    local: str
    domain: str

    @property
    def needs_smtputf8(self) -> bool:
        """A non-ASCII local part can only travel with SMTPUTF8 (no ASCII encoding exists)."""
        return not self.local.isascii()

    def envelope(self, smtputf8: bool) -> str:
        """The address for MAIL FROM / RCPT TO: IDNA-encoded domain unless SMTPUTF8."""
        return f"{self.local}@{self.domain if smtputf8 else ascii_domain(self.domain)}"

    def header(self, smtputf8: bool) -> Address:
        domain = self.domain if smtputf8 else ascii_domain(self.domain)
        return Address(self.display, self.local, domain)


def ascii_domain(domain: str) -> str:
    """IDNA form of an internationalised domain (`exämple.com` -> `xn--exmple-cua.com`)."""
    if domain.isascii():
        return domain
    return domain.encode("idna").decode("ascii")


def check_text(value: str, label: str, allow_tab: bool = True) -> str:
    """Refuse CR, LF and other control characters in a header value."""
    pattern = _CONTROL_RE if allow_tab else _CONTROL_OR_TAB_RE
    found = pattern.search(value)
    if found:
        raise MessageError(
            f"{label} contains {_describe(found.group())} at position "
            f"{found.start() + 1}; line breaks, control characters and lone surrogates are "
            "not allowed in e-mail headers or addresses.")
    return value


def check_encodable(value: str, label: str) -> str:
    """Refuse lone surrogates (JSON can produce them) in a body: they cannot be encoded.
    Found by the UTF-8 encoder (C speed on a body of megabytes), not a regex search."""
    if value.isascii():
        return value
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise MessageError(f"{label} contains {_describe(value[exc.start])} at position "
                           f"{exc.start + 1}, which is not a character and cannot be "
                           "encoded in an e-mail.") from None
    return value


def _describe(ch: str) -> str:
    """`a control character (CR)`, `a line separator (U+2028)`, `a lone surrogate (U+D800)`."""
    names = {"\r": "CR", "\n": "LF", "\t": "TAB", "\x00": "NUL", "\x7f": "DEL"}
    if "\ud800" <= ch <= "\udfff":
        return f"a lone surrogate (U+{ord(ch):04X})"
    if ch in "\u2028\u2029":
        return f"a Unicode line break (U+{ord(ch):04X})"
    return f"a control character ({names.get(ch, f'U+{ord(ch):04X}')})"


def parse_address(value: str, label: str) -> ParsedAddress:
    """`addr`, `Name <addr>` or `"Name" <addr>` -> ParsedAddress, or MessageError.

    Parsed by the standard library's RFC 5322 header parser; any defect refuses the
    value (so `alice@example.org)<bob@example.org>` cannot mean two different addresses
    to two readers, CVE-2023-27043), except a non-ASCII local part, which is legal with
    SMTPUTF8 and checked when sending.
    """
    check_text(value, label, allow_tab=False)
    result = _parse_address_text(value.strip())
    if isinstance(result, str):
        raise MessageError(f"{label} '{value}' {result}.")
    return result


@lru_cache(maxsize=4096)
def _parse_address_text(text: str) -> ParsedAddress | str:
    """The parse, or why it failed; cached because scripts resend to the same addresses
    and the stdlib parser is the costliest step of building a message."""
    if "@" not in text:
        return "is not an e-mail address (no '@')"
    several = _several_addresses(text)
    if several:
        return several
    try:
        header = _ADDRESS_POLICY.header_factory("To", text)
        addresses = header.addresses
    except (ValueError, HeaderParseError, IndexError) as exc:
        return f"is not a valid e-mail address ({exc})"
    defects = [d for d in header.defects if not isinstance(d, NonASCIILocalPartDefect)]
    if len(addresses) != 1:
        return "must hold exactly one e-mail address"
    found = addresses[0]
    if defects or not found.username or not found.domain:
        return "is not a valid e-mail address" + (f" ({defects[0]})" if defects else "")
    try:
        ascii_domain(found.domain)
    except UnicodeError:
        return f"has a domain that is not a valid internationalised name ('{found.domain}')"
    return ParsedAddress(found.display_name, found.username, found.domain)


def _several_addresses(text: str) -> str | None:
    """Why `text` is a list of addresses (`a@x.fr; b@x.fr`, `a@x.fr, b@x.fr`), or None.

    Outlook's and many mailers' fields take a list; an element of Recipient, Cc or Bcc
    takes one address (?3032029: "array of strings", one recipient an element, counted by
    NbCc...). Sending such an element to both addresses would make NbCc wrong and hide a
    typo; the parser's own refusal ("invalid address in address-list") did not say what
    to do. A separator inside quotes or angle brackets (`"Dupont, Jean" <j@x.fr>`) is
    part of one address; a part without '@' (`Dupont, Jean <j@x.fr>`) is left to the
    parser."""
    for separator in (";", ","):
        parts = _split_outside_quotes(text, separator)
        if len(parts) > 1 and all("@" in part for part in parts):
            return (f"holds {len(parts)} addresses separated by '{separator}': an element "
                    "takes one address; give each address an element of its own ([1], "
                    "[2]...)")
        if len(parts) == 1 and text.rstrip().endswith(separator):
            return (f"ends with '{separator}': an element takes one address, without a "
                    "separator")
    return None


def _split_outside_quotes(text: str, separator: str) -> list[str]:
    """`text` cut at each `separator` that is outside a quoted string and `<...>`."""
    parts, start, quoted, angle = [], 0, False, 0
    for i, ch in enumerate(text):
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch in "<>":
            angle += 1 if ch == "<" else -1
        elif ch == separator and not quoted and angle <= 0:
            parts.append(text[start:i])
            start = i + 1
    parts.append(text[start:])
    return [part.strip() for part in parts if part.strip()]


def credentials_in_name(server: str) -> str | None:
    """Why `server` cannot be a server's name when it holds a user name (and password)
    before '@' (`ftp://ann:pw@host`, `ann:pw@smtp.x.com`), its password starred; None
    for any other name. Such a name was looked up as it was written, which sent the
    password to the name servers, and a failure quoted it (shared by FTP and e-mail)."""
    before, at, host = server.rpartition("@")
    if not at:
        return None
    scheme, sep, userinfo = before.rpartition("://")
    user, colon, _ = userinfo.partition(":")
    shown = f"{scheme}{sep}{user}{':***' if colon else ''}@{host}"
    return (f"the server's name '{shown}' holds a user name{' and password' if colon else ''}"
            " before '@': give them as the function's parameters; nothing was sent, not even "
            "a look-up of the name")


def is_loopback(address: str) -> bool:
    """True for 127.0.0.0/8, ::1 and IPv4-mapped loopback; host names are not resolved."""
    try:
        ip = ipaddress.ip_address(address.split("%")[0])
    except ValueError:
        return False
    mapped = getattr(ip, "ipv4_mapped", None)
    return ip.is_loopback or bool(mapped and mapped.is_loopback)


def cleartext_auth_allowed(peer_address: str, allow_option: bool) -> bool:
    """May a password cross a connection without TLS to `peer_address` (the real peer)?"""
    return allow_option or is_loopback(peer_address)


def redact(text: str, secret: Secret | None, user: str = "") -> str:
    """Mask any form of the password a server may have echoed in its reply."""
    if not secret:
        return text
    for form in sorted(secret.forms(user), key=len, reverse=True):
        if len(form) >= 3:
            text = text.replace(form, "***")
    return text
