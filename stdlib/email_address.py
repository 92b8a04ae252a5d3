"""EmailCheckAddress/EmailVérifieAdresse: is a text a well-formed e-mail address?

Its result is one of four constants and it takes a validation level (VERIFIED, help page
?1000017305, whose two examples run as written: tests/golden/helppages/email). The check
is of the syntax only: no DNS lookup, no connection (the result must not depend on the
network); a validation by the server is answered emailAddressError, saying so (decided,
docs/email.md "EmailCheckAddress"). The stored page is cut before its syntax rules (and
its list of top-level domains), so the rules are our decision (UNVERIFIED): a bare address
`local@domain` as RFC 5321 lets it travel in an SMTP envelope, without display name or
angle brackets; the local part a dot-atom (no leading, trailing or doubled dot; quoted
local parts are refused, as most mail services refuse them); the domain at least two
labels of letters, digits and hyphens (an internationalised domain counts through its
IDNA form), a label at most 63 characters, not starting or ending with a hyphen, and a
top-level label that is not all digits; at most 64 + 1 + 255 characters.
emailValidateSyntaxStrict (PC SOFT's example "WD Input checks" uses it) adds the common
address's rules (docs/email.md "EmailCheckAddress").
"""
from __future__ import annotations

import re

from wlinterp.errors import BuiltinFailure, WLRuntimeError
from wlinterp.mail.security import ascii_domain
from wlinterp.registry import Family, TextArg
from wlinterp.runtime import values as V
from wlinterp.runtime.state import Runtime
from wlinterp.digits import ascii_digits
from .strings import text_arg

family = Family("Email (address check)")

_ATOM = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
_LOCAL_RE = re.compile(rf"{_ATOM}(?:\.{_ATOM})*")
_LABEL_RE = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?")
_STRICT_LOCAL_RE = re.compile(r"[A-Za-z0-9_+-]+(?:\.[A-Za-z0-9_+-]+)*")
# letters only, two at least; or a punycode label (xn--p1ai, .рф in ASCII): an
# internationalised top-level domain as the DNS writes it
_STRICT_TOP_RE = re.compile(r"[A-Za-z]{2,63}|[Xx][Nn]--[A-Za-z0-9-]+")


def _domain_ok(domain: str) -> bool:
    """Two or more valid DNS labels, the last not numeric (that would be an IP address
    written without brackets)."""
    try:
        labels = ascii_domain(domain).split(".")
    except UnicodeError:
        return False
    return (len(labels) >= 2 and all(_LABEL_RE.fullmatch(x) for x in labels)
            and not ascii_digits(labels[-1]))


def address_is_valid(text: str, strict: bool = False) -> bool:
    """The syntax rules of the module's docstring; `strict` (emailValidateSyntaxStrict)
    adds the common address's: the local part only letters, digits and . _ - +, the
    domain ASCII, its top-level label letters only, two at least, or a punycode label
    (`xn--p1ai`: it refused every internationalised top-level domain)."""
    local, at, domain = text.rpartition("@")
    if not at or len(local) > 64 or len(domain) > 255:
        return False
    if strict and not (_STRICT_LOCAL_RE.fullmatch(local) and domain.isascii()
                       and _STRICT_TOP_RE.fullmatch(domain.rpartition(".")[2])):
        return False
    return bool(_LOCAL_RE.fullmatch(local)) and _domain_ok(domain)


# The results and levels: names VERIFIED in English (?1000017305), French names and every
# value ours (INFERRED). Valid 1 and incorrect syntax 0 keep working the code written for
# the Boolean this function gave before (`IF EmailCheckAddress(s) THEN`).
ADDRESS_VALID = family.constant("emailAddressValid", "emailAdresseValide", 1)
ADDRESS_INCORRECT_SYNTAX = family.constant("emailAddressIncorrectSyntax",
                                           "emailAdresseSyntaxeIncorrecte", 0)
family.constant("emailAddressRefused", "emailAdresseRefusée", 2)
ADDRESS_ERROR = family.constant("emailAddressError", "emailAdresseErreur", 3)
VALIDATE_SYNTAX = family.constant("emailValidateSyntax", "emailValideSyntaxe", 1)
VALIDATE_BY_SERVER = family.constant("emailValidateByServer", "emailValideParServeur", 2)
# The level PC SOFT's example "WD Input checks" uses; its rules, value and French name
# are ours (INFERRED: the page is cut before its levels; docs/email.md).
VALIDATE_STRICT = family.constant("emailValidateSyntaxStrict", "emailValideSyntaxeStricte", 3)
_LEVELS = (VALIDATE_SYNTAX, VALIDATE_BY_SERVER, VALIDATE_STRICT)


@family.function("EmailCheckAddress", "EmailVérifieAdresse", can_fail=True)
def email_check_address(rt: Runtime, address: TextArg, level: object = VALIDATE_SYNTAX) -> int:
    """emailAddressValid when the address is well formed (surrounding spaces ignored),
    else emailAddressIncorrectSyntax. Asked to validate by the server, a well-formed
    address is emailAddressError, ErrorInfo saying the server was not asked: answering
    "valid" would claim a check that was not made."""
    if V.to_int(level) not in _LEVELS:
        raise WLRuntimeError(f"EmailCheckAddress: {V.to_str(level)} is not a validation level "
                             "(emailValidateSyntax, emailValidateSyntaxStrict, "
                             "emailValidateByServer).")
    if not address_is_valid(text_arg(address, "EmailCheckAddress").strip(),
                            V.to_int(level) == VALIDATE_STRICT):
        return ADDRESS_INCORRECT_SYNTAX
    if V.to_int(level) == VALIDATE_BY_SERVER:
        raise BuiltinFailure("EmailCheckAddress: the address is well formed, but wlinterp does "
                             "not validate an address by its domain's mail server (no MX "
                             "lookup); use emailValidateSyntax.", value=ADDRESS_ERROR)
    return ADDRESS_VALID
