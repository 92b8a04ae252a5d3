"""EmailCheckAddress/EmailVérifieAdresse: is a text a well-formed e-mail address?

A syntax check only: no DNS lookup, no connection (the result must not depend on the
network). PC SOFT's help page was not found in the copy searched, so the rules are our
decision (UNVERIFIED, docs/builtins.md "E-mail address check"): a bare address
`local@domain` as RFC 5321 lets it travel in an SMTP envelope, without display name or
angle brackets; the local part a dot-atom (no leading, trailing or doubled dot; quoted
local parts are refused, as most mail services refuse them); the domain at least two
labels of letters, digits and hyphens (an internationalised domain counts through its
IDNA form), a label at most 63 characters, not starting or ending with a hyphen, and a
top-level label that is not all digits; at most 64 + 1 + 255 characters.
"""
from __future__ import annotations

import re

from wlinterp.mail.security import ascii_domain
from wlinterp.registry import Family, TextArg
from wlinterp.runtime import values as V
from wlinterp.runtime.state import Runtime
from wlinterp.digits import ascii_digits

family = Family("Email (address check)")

_ATOM = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
_LOCAL_RE = re.compile(rf"{_ATOM}(?:\.{_ATOM})*")
_LABEL_RE = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?")


def _domain_ok(domain: str) -> bool:
    """Two or more valid DNS labels, the last not numeric (that would be an IP address
    written without brackets)."""
    try:
        labels = ascii_domain(domain).split(".")
    except UnicodeError:
        return False
    return (len(labels) >= 2 and all(_LABEL_RE.fullmatch(x) for x in labels)
            and not ascii_digits(labels[-1]))


def address_is_valid(text: str) -> bool:
    """The syntax rules of the module's docstring."""
    local, at, domain = text.rpartition("@")
    if not at or len(local) > 64 or len(domain) > 255:
        return False
    return bool(_LOCAL_RE.fullmatch(local)) and _domain_ok(domain)


@family.function("EmailCheckAddress", "EmailVérifieAdresse")
def email_check_address(rt: Runtime, address: TextArg) -> bool:
    """True when the address is well formed (surrounding spaces ignored)."""
    return address_is_valid(V.to_str(address).strip())
