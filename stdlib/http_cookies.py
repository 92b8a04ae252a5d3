"""HTTPCookieWrite / HTTPCookieRead: the cookies of the requests HTTPRequest makes.

VERIFIED on HTTPCookieWrite's page (?1000019234): a cookie written before HTTPRequest is
sent to every request "whose domain ends with the validity domain of cookie" (".mydomain.fr"
goes to mydomain.fr, www.mydomain.fr, server.mydomain.fr, not to otherdomain.fr); the
cookie's name "is not case sensitive"; its value "is limited to 4KB", and "the control
characters (TAB, CR, etc.) as well as the semicolon and the binary zeros are not allowed";
the cookies "read and sent by HTTPRequest are only stored in memory in the application";
its example writes one, makes a request, then reads the one the server returned with
HTTPCookieRead. The syntax for HTTPSend (on an httpRequest variable) is not done here: an
httpRequest sends what its Cookie member holds (stdlib/http_request_members.py).

*Decided*, INFERRED (docs/builtins.md "HTTP cookies"): the cookies live in one jar per
run (Python's http.cookiejar, so a Set-Cookie's Domain, Path, Secure and expiry are
honoured as a browser honours them, redirects included); HTTPCookieRead(domain, name)
finds a cookie of that domain or of one of its sub-domains (the page's example reads
".mysite.com" after a request to www.MySite.com, whatever Domain the server gave); a
value that breaks the page's rules is a fatal error naming the rule. French names
INFERRED from CookieWrite / CookieEcrit (?3012008).
"""
from __future__ import annotations

__all__ = ["jar"]

import http.cookiejar
import ipaddress

from wlinterp.errors import WLRuntimeError
from wlinterp.registry import Family
from wlinterp.runtime import values as V
from wlinterp.runtime.state import Runtime

family = Family("HTTP cookies")

LONGEST_VALUE = 4096
"""The page's limit of a cookie's value ("limited to 4KB")."""


def jar(rt: Runtime) -> http.cookiejar.CookieJar:
    """The run's cookies, made when a script first needs them."""
    cookies = rt.state.get("http:cookies")
    if cookies is None:
        cookies = rt.state["http:cookies"] = http.cookiejar.CookieJar()
    return cookies


def _host(domain: str) -> str:
    """A domain as cookies are kept: lower case, no leading dot, and a one-word host
    (`localhost`) under the name the jar gives it, `localhost.local` (RFC 2965's
    effective host name, which http.cookiejar matches requests against: a cookie
    written for "localhost" was never sent, and one it received could not be read)."""
    host = domain.strip().lower().lstrip(".")
    return host + ".local" if host and "." not in host and ":" not in host else host


def _is_address(host: str) -> bool:
    try:
        ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    return True


def _checked(fname: str, what: str, text: str) -> str:
    """`text` when the page allows it in a cookie, else a fatal error saying the rule."""
    if any(c < " " or c in ";\x7f" for c in text):
        raise WLRuntimeError(f"{fname}: the cookie's {what} holds a control character or a "
                             "';', which a cookie cannot hold.")
    if what == "name" and (not text or any(c in text for c in "=, ")):
        raise WLRuntimeError(f"{fname}: '{text}' is not a cookie name (empty, or holding "
                             "'=', ',' or a space).")
    if len(text.encode("utf-8")) > LONGEST_VALUE:
        raise WLRuntimeError(f"{fname}: the cookie's {what} is longer than 4 KB, the most "
                             "a server is bound to take.")
    return text


@family.function("HTTPCookieWrite", "HTTPCookieEcrit")
def http_cookie_write(rt: Runtime, domain: object, name: object, value: object) -> None:
    """Add or change the cookie `name` of `domain` for the following HTTPRequest calls:
    sent to that domain and its sub-domains (an IP address or a one-word host: to it
    alone)."""
    host = _host(V.to_str(domain))
    if not host:
        raise WLRuntimeError("HTTPCookieWrite: the cookie's domain is empty.")
    text_name = _checked("HTTPCookieWrite", "name", V.to_str(name).strip())
    text_value = _checked("HTTPCookieWrite", "value", V.to_str(value))
    wide = "." in host and not _is_address(host) and not host.endswith(".local")
    cookies = jar(rt)
    for old in list(cookies):  # one cookie per domain and name, whatever its case
        if _host(old.domain) == host and old.name.lower() == text_name.lower():
            cookies.clear(old.domain, old.path, old.name)
    cookies.set_cookie(http.cookiejar.Cookie(
        0, text_name, text_value, None, False, "." + host if wide else host, wide, wide,
        "/", True, False, None, True, None, None, {}))


@family.function("HTTPCookieRead", "HTTPCookieLit")
def http_cookie_read(rt: Runtime, domain: object, name: object) -> str:
    """The value of the cookie `name` (any case) of `domain` or of one of its
    sub-domains, written by HTTPCookieWrite or received by HTTPRequest; "" when there
    is none."""
    host, wanted = _host(V.to_str(domain)), V.to_str(name).strip().lower()
    found = [c for c in jar(rt) if c.name.lower() == wanted
             and (_host(c.domain) == host or _host(c.domain).endswith("." + host))]
    found.sort(key=lambda c: _host(c.domain) != host)  # the domain's own first
    return found[0].value or "" if found else ""
