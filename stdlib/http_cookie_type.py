"""The Cookie type (?1000019222): one cookie of the HTTP functions, as HTTPCookieGet gives
them and HTTPCookieReplace takes them (stdlib/http_cookies.py).

VERIFIED on the page (English; "In french: Cookie"): the properties Comment ("does not
affect the HTTP requests"), Domain (the validity domain: ".mydomain.fr" is sent to
mydomain.fr and its sub-domains), Expiration ("Character string or DateTime variable"),
Name ("not case sensitive"), Path, Value (4 KB at most, no control character, ';' or
binary zero); its example reads an `array of Cookie` back with Deserialize(..., psdXML),
then HTTPCookieReplace(".yahoo.com", MyCookies). The stored copies stop after Value: a
Secure or HTTPOnly property, if the page has one, is not seen (UNVERIFIED).
*Decided*, INFERRED: a `Secure` / `Sécurisé` boolean property, so that a cookie a server
set with `Secure` stays https-only through HTTPCookieGet, Serialize/Deserialize and
HTTPCookieReplace (without it the copy put back was sent over http:// too).
*Decided*, INFERRED (docs/builtins.md "HTTP cookies"): the French property names
(Commentaire, Domaine, Expiration, Nom, Chemin, Valeur); Expiration reads as a DateTime's
text in UTC (YYYYMMDDHHMMSSCCC: the server writes it in GMT, and a saved cookie must
not move with the machine's time zone), "" for a cookie that ends with the run.
"""
from __future__ import annotations

__all__ = ["CookieValue", "as_jar_cookie", "cookie_of", "expiry_seconds", "http_date_text",
           "max_age_text"]

import calendar
import http.cookiejar
import re
import time
from email.utils import parsedate_to_datetime
from typing import Any

from wlinterp.errors import WLRuntimeError
from wlinterp.runtime import values as V

from .http_values import Members


class CookieValue(Members):
    """A `Cookie` variable: its seven properties by English or French name."""

    __slots__ = ()
    wl_type_name = "Cookie"
    ALIASES = {"commentaire": "comment", "domaine": "domain", "nom": "name",
               "chemin": "path", "valeur": "value", "securise": "secure"}

    def __init__(self, values: dict[str, object] | None = None) -> None:
        super().__init__(values or {"comment": "", "domain": "", "expiration": "",
                                    "name": "", "path": "", "value": "",
                                    "secure": False})

    def wl_set(self, name: str, value: object, ctx: object = None) -> None:
        """Expiration takes a DateTime or its text, or an HTTP date ("Wed, 21 Oct 2026
        07:28:00 GMT"), kept as a DateTime's text; anything else is refused at once."""
        key = self._name(name)
        if key == "secure":
            super().wl_set(name, _secure_flag(value), ctx)
            return
        if key == "expiration":
            value = _expiration_text(value)
        super().wl_set(name, V.to_str(value), ctx)

    def copy(self) -> "CookieValue":
        return CookieValue(dict(self.values))

    def wl_json_form(self) -> dict[str, object]:
        """What Serialize writes: the properties by their English names."""
        return {key.capitalize(): value for key, value in self.values.items()}

    def wl_from_json(self, tree: Any) -> "CookieValue":
        """A copy holding what Deserialize read (each property by name, any case; the
        others kept)."""
        out = self.copy()
        if isinstance(tree, dict):
            for key, item in tree.items():
                out.wl_set(str(key), "" if item is None else item)
        return out


def _secure_flag(value: object) -> bool:
    """Secure as a boolean; Deserialize of an XML file gives it as text ("1", "True",
    "Vrai"), which a boolean refuses."""
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "vrai")
    return V.to_bool(value)


def _expiration_text(value: object) -> str:
    """A DateTime's text (UTC) for what Expiration is given; "" stays ""."""
    text = V.to_str(value).strip()
    if not text:
        return ""
    if text.isdigit() and len(text) in (8, 12, 14, 17):
        return _checked_digits(text)
    found = http_date_text(text)
    if found is None:
        raise WLRuntimeError(f"Cookie: '{text}' is not an expiration date (a DateTime, "
                             "its text YYYYMMDDHHMMSS, or an HTTP date such as 'Wed, 21 "
                             "Oct 2026 07:28:00 GMT').")
    return found


def http_date_text(text: str) -> str | None:
    """An HTTP date ("Wed, 21 Oct 2026 07:28:00 GMT") as a DateTime's text in UTC, None
    when it is none: a server's unreadable Expires is ignored, a script's is refused."""
    try:
        when = parsedate_to_datetime(text)
        return _utc_text(calendar.timegm(when.utctimetuple()))
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def max_age_text(text: str, now: float) -> str | None:
    """A Max-Age's seconds from `now` as a DateTime's text in UTC (0 or less: `now`,
    the cookie is past), None when it is no whole number (RFC 6265 5.2.2: ignored)."""
    digits = text.strip()
    if not re.fullmatch(r"-?[0-9]+", digits):
        return None
    return _utc_text(min(now + max(int(digits), 0), LATEST))


def _checked_digits(text: str) -> str:
    """A DateTime's text padded to 17 digits when it names a real date and time
    ("99999999" was kept, and HTTPCookieReplace then stopped in Python's date reader);
    else the same refusal as any other text that is not a date."""
    full = (text + "000000000")[:17]
    try:
        time.strptime(full[:14], "%Y%m%d%H%M%S")
    except ValueError:
        raise WLRuntimeError(f"Cookie: '{text}' is not an expiration date (no such date "
                             "or time: YYYYMMDD, then HHMM, SS and milliseconds "
                             "when given).") from None
    return full


LATEST = 253402300799
"""The last second of 9999 (UTC): a later expiry is kept as this one, the last a
DateTime's text can hold."""


def _utc_text(seconds: float) -> str:
    return time.strftime("%Y%m%d%H%M%S", time.gmtime(seconds)) + "000"


def expiry_seconds(cookie: CookieValue) -> int | None:
    """The cookie's Expiration as seconds since 1970 (UTC), None when it has none."""
    text = V.to_str(cookie.values["expiration"])
    if not text:
        return None
    return calendar.timegm(time.strptime(text[:14], "%Y%m%d%H%M%S"))


def cookie_of(kept: http.cookiejar.Cookie) -> CookieValue:
    """A Cookie variable holding a cookie of a jar (its domain as the jar keeps it: a
    leading dot for a cookie sent to the sub-domains too)."""
    domain = kept.domain[:-len(".local")] if kept.domain.endswith(".local") else kept.domain
    return CookieValue({"comment": kept.comment or "", "domain": domain,
                        "expiration": "" if kept.expires is None else _utc_text(kept.expires),
                        "name": kept.name, "path": kept.path or "/",
                        "value": kept.value or "", "secure": bool(kept.secure)})


def as_jar_cookie(name: str, value: str, host: str, path: str = "/",
                  expires: int | None = None, comment: str = "",
                  secure: bool = False) -> http.cookiejar.Cookie:
    """A jar's cookie for `host` (lower case, no leading dot, a one-word host already
    as the jar names it): sent to its sub-domains too when it is a domain name (not an
    address, not a one-word host); a `secure` one goes over https:// alone."""
    wide = "." in host and not _is_address(host) and not host.endswith(".local")
    return http.cookiejar.Cookie(
        0, name, value, None, False, "." + host if wide else host, wide, wide,
        path or "/", True, secure, expires, expires is None, comment or None, None, {})


def _is_address(host: str) -> bool:
    import ipaddress
    try:
        ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    return True
