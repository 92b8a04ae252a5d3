"""HTTPCookieWrite / HTTPCookieRead: the cookies of the requests HTTPRequest makes.

VERIFIED on HTTPCookieWrite's page (?1000019234): a cookie written before HTTPRequest is
sent to every request "whose domain ends with the validity domain of cookie" (".mydomain.fr"
goes to mydomain.fr, www.mydomain.fr, server.mydomain.fr, not to otherdomain.fr); the
cookie's name "is not case sensitive"; its value "is limited to 4KB", and "the control
characters (TAB, CR, etc.) as well as the semicolon and the binary zeros are not allowed";
the cookies "read and sent by HTTPRequest are only stored in memory in the application";
its example writes one, makes a request, then reads the one the server returned with
HTTPCookieRead. The Cookie type's page (?1000019222) adds HTTPCookieManage and
HTTPCookieReplace (its example: HTTPCookieManage(True), then HTTPCookieReplace(".yahoo.com",
MyCookies) with an `array of Cookie`: stdlib/http_cookie_type.py).

Each function also takes an httpRequest first (`HTTPCookieWrite(r, domain, name,
value)`, `r.CookieWrite(...)`): that request's own cookies, which HTTPSend(r) sends and
keeps once the request manages them; HTTPCookieGet takes an httpResponse too (the cookies
it set). The syntaxes, and HTTPCookieGet / HTTPCookieReset (French HTTPCookieRécupère,
HTTPCookieRAZ, PC SOFT's French list), are INFERRED from the decompiled Android runtime's
signatures (code search id 38984046062); their English names follow PC SOFT's pattern.

*Decided*, INFERRED (docs/builtins.md "HTTP cookies"): the cookies live in one jar per
run (Python's http.cookiejar, so a Set-Cookie's Domain, Path, Secure and expiry are
honoured as a browser honours them, redirects included); HTTPCookieRead(domain, name)
finds a cookie of that domain or of one of its sub-domains (the page's example reads
".mysite.com" after a request to www.MySite.com, whatever Domain the server gave), or of
a parent domain when its Domain attribute covers the domain given (RFC 6265); a
value that breaks the page's rules is a fatal error naming the rule. French names
INFERRED from CookieWrite / CookieEcrit (?3012008).
"""
from __future__ import annotations

__all__ = ["jar", "managed_jar", "request_jar"]

import http.cookiejar
import http.cookies
import time

from wlinterp.errors import WLRuntimeError
from wlinterp.registry import Family
from wlinterp.runtime import values as V
from wlinterp.runtime.containers import WLArray
from wlinterp.runtime.state import Runtime

from .http_cookie_type import (CookieValue, as_jar_cookie, cookie_of, expiry_seconds,
                               http_date_text, max_age_text)
from .http_values import HTTPRequestValue, HTTPResponseValue

family = Family("HTTP cookies")
family.type("Cookie", "Cookie", lambda rt: CookieValue())

LONGEST_VALUE = 4096
"""The page's limit of a cookie's value ("limited to 4KB")."""


def jar(rt: Runtime) -> http.cookiejar.CookieJar:
    """The run's cookies, made when a script first needs them."""
    cookies = rt.state.get("http:cookies")
    if cookies is None:
        cookies = rt.state["http:cookies"] = _new_jar()
    return cookies


def _new_jar() -> http.cookiejar.CookieJar:
    """An empty jar whose policy can block domains (HTTPCookieManage(domain, False))."""
    return http.cookiejar.CookieJar(http.cookiejar.DefaultCookiePolicy())


def managed_jar(rt: Runtime) -> http.cookiejar.CookieJar | None:
    """The jar HTTPRequest and HTTPSendForm send and keep cookies with: the run's, or
    None after HTTPCookieManage(False)."""
    return None if rt.state.get("http:cookies-off") else jar(rt)


def request_jar(request: HTTPRequestValue, make: bool = True
                ) -> http.cookiejar.CookieJar | None:
    """An httpRequest's own cookies (kept under a key no property name can fold to)."""
    found = request.values.get("@cookies")
    if found is None and make:
        found = request.values["@cookies"] = _new_jar()
    return found if isinstance(found, http.cookiejar.CookieJar) else None


def sent_jar(request: HTTPRequestValue) -> http.cookiejar.CookieJar | None:
    """The jar HTTPSend(request) sends and keeps cookies with: the request's own once it
    manages them (HTTPCookieManage(r, True), or a cookie written or replaced into it),
    else None: the request sends its Cookie member alone, as before."""
    return request_jar(request) if request.values.get("@managed") else None


def _split(args: tuple[object, ...]) -> tuple[HTTPRequestValue | None, tuple[object, ...]]:
    """The httpRequest a call names first, if any, and the other arguments."""
    if args and isinstance(args[0], HTTPRequestValue):
        return args[0], args[1:]
    return None, args


def _store(rt: Runtime, request: HTTPRequestValue | None) -> http.cookiejar.CookieJar:
    if request is None:
        return jar(rt)
    request.values["@managed"] = True  # (written into: it is meant to be sent)
    found = request_jar(request)
    assert found is not None
    return found


def _arity(fname: str, rest: tuple[object, ...], counts: tuple[int, ...]) -> None:
    if len(rest) not in counts:
        raise WLRuntimeError(f"{fname}: {len(rest)} parameter(s) after the httpRequest; "
                             f"{' or '.join(map(str, counts))} expected.")


def _host(domain: str) -> str:
    """A domain as cookies are kept: lower case, no leading dot, and a one-word host
    (`localhost`) under the name the jar gives it, `localhost.local` (RFC 2965's
    effective host name, which http.cookiejar matches requests against: a cookie
    written for "localhost" was never sent, and one it received could not be read)."""
    host = domain.strip().lower().lstrip(".")
    return host + ".local" if host and "." not in host and ":" not in host else host


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
def http_cookie_write(rt: Runtime, first: object, second: object, third: object,
                      fourth: object = None) -> None:
    """Add or change the cookie `name` of `domain` for the following HTTPRequest calls
    (or the httpRequest given first): sent to that domain and its sub-domains (an IP
    address or a one-word host: to it alone)."""
    request, rest = _split((first, second, third) + (() if fourth is None else (fourth,)))
    _arity("HTTPCookieWrite", rest, (3,))
    domain, name, value = rest
    host = _host(V.to_str(domain))
    if not host:
        raise WLRuntimeError("HTTPCookieWrite: the cookie's domain is empty.")
    text_name = _checked("HTTPCookieWrite", "name", V.to_str(name).strip())
    text_value = _checked("HTTPCookieWrite", "value", V.to_str(value))
    cookies = _store(rt, request)
    _forget(cookies, host, text_name)
    cookies.set_cookie(as_jar_cookie(text_name, text_value, host))


def _forget(cookies: http.cookiejar.CookieJar, host: str, name: str) -> None:
    """One cookie per domain and name, whatever its case: the old one goes."""
    for old in list(cookies):
        if _host(old.domain) == host and old.name.lower() == name.lower():
            cookies.clear(old.domain, old.path, old.name)


def _of_domain(cookies: http.cookiejar.CookieJar, domain: str) -> list[http.cookiejar.Cookie]:
    """The cookies of `domain` or of one of its sub-domains ("" : all), the domain's
    own first."""
    host = _host(domain)
    found = [c for c in cookies if not host or _host(c.domain) == host
             or _host(c.domain).endswith("." + host)]
    found.sort(key=lambda c: _host(c.domain) != host)
    return found


@family.function("HTTPCookieRead", "HTTPCookieLit")
def http_cookie_read(rt: Runtime, first: object, second: object,
                     third: object = None) -> str:
    """The value of the cookie `name` (any case) of `domain`, of one of its sub-domains
    or of a parent domain covering it (`_covering`), written by HTTPCookieWrite or
    received by HTTPRequest; "" when there is none."""
    request, rest = _split((first, second) + (() if third is None else (third,)))
    _arity("HTTPCookieRead", rest, (2,))
    cookies = jar(rt) if request is None else request_jar(request)
    assert cookies is not None
    wanted = V.to_str(rest[1]).strip().lower()
    domain = V.to_str(rest[0])
    if not _host(domain):  # (no domain is no cookie: "" would match every domain)
        return ""
    found = [c for c in _of_domain(cookies, domain) + _covering(cookies, domain)
             if c.name.lower() == wanted]
    return found[0].value or "" if found else ""


def _covering(cookies: http.cookiejar.CookieJar, domain: str) -> list[http.cookiejar.Cookie]:
    """The cookies of a parent domain that a request to `domain` would carry (RFC 6265
    5.1.3: a cookie set with a Domain attribute, kept as ".x.com", covers www.x.com; a
    host-only cookie of x.com does not), the closest parent first: HTTPCookieRead
    ("www.x.com", n) found none of them (decided, INFERRED: docs/builtins.md "HTTP
    cookies")."""
    host = _host(domain)
    found = [c for c in cookies if c.domain.startswith(".") and host != _host(c.domain)
             and host.endswith(c.domain.lower())]
    found.sort(key=lambda c: -len(c.domain))
    return found


@family.function("HTTPCookieManage", "HTTPCookieGère")
def http_cookie_manage(rt: Runtime, first: object, second: object = None,
                       third: object = None) -> None:
    """Turn the cookies on or off: HTTPCookieManage(b) for HTTPRequest and
    HTTPSendForm (on when the run starts: HTTPCookieWrite's page sends the cookies it
    writes with no call to it), HTTPCookieManage(domain, b) for one domain and its
    sub-domains (none sent to it, none it sets kept), HTTPCookieManage(r, b) for
    HTTPSend(r)."""
    request, rest = _split(tuple(a for a in (first, second, third) if a is not None))
    _arity("HTTPCookieManage", rest, (1, 2))
    on = V.to_bool(rest[-1])
    if request is not None and len(rest) == 1:
        request.values["@managed"] = on
        return
    if len(rest) == 1:
        rt.state["http:cookies-off"] = not on
        return
    cookies = jar(rt) if request is None else request_jar(request)  # (not switched on)
    assert cookies is not None
    host = _host(V.to_str(rest[0]))
    policy = getattr(cookies, "_policy")  # (its own DefaultCookiePolicy: _new_jar)
    assert isinstance(policy, http.cookiejar.DefaultCookiePolicy)
    blocked = [d for d in policy.blocked_domains() if d.lstrip(".") != host]
    policy.set_blocked_domains(blocked if on else [*blocked, host, "." + host])


@family.function("HTTPCookieReplace", "HTTPCookieRemplace")
def http_cookie_replace(rt: Runtime, first: object, second: object,
                        third: object = None) -> None:
    """Put the cookies of an `array of Cookie` in place of those of `domain` (and of
    its sub-domains; "": of every domain). A cookie of the array without a Domain is
    the domain's; one whose name or value the page forbids stops the run."""
    request, rest = _split((first, second) + (() if third is None else (third,)))
    _arity("HTTPCookieReplace", rest, (2,))
    domain, given = V.to_str(rest[0]), rest[1]
    items = given.items if isinstance(given, WLArray) else [given]
    if not all(isinstance(c, CookieValue) for c in items):
        raise WLRuntimeError("HTTPCookieReplace: the cookies are given as an array of "
                             f"Cookie, not a value of type {V.type_name(given)}.")
    made = [_jar_cookie(c, domain) for c in items if isinstance(c, CookieValue)]
    cookies = _store(rt, request)
    for old in _of_domain(cookies, domain):
        cookies.clear(old.domain, old.path, old.name)
    for cookie in made:
        cookies.set_cookie(cookie)


def _jar_cookie(cookie: CookieValue, domain: str) -> http.cookiejar.Cookie:
    """A Cookie variable as the jar keeps it (checked as HTTPCookieWrite checks)."""
    v = cookie.values
    host = _host(V.to_str(v["domain"]) or domain)
    if not host:
        raise WLRuntimeError(f"HTTPCookieReplace: the cookie '{V.to_str(v['name'])}' has "
                             "no Domain and the call names none.")
    name = _checked("HTTPCookieReplace", "name", V.to_str(v["name"]).strip())
    value = _checked("HTTPCookieReplace", "value", V.to_str(v["value"]))
    return as_jar_cookie(name, value, host, V.to_str(v["path"]), expiry_seconds(cookie),
                         V.to_str(v["comment"]), V.to_bool(v["secure"]))


@family.function("HTTPCookieGet", "HTTPCookieRécupère")
def http_cookie_get(rt: Runtime, first: object, second: object = None) -> WLArray:
    """An `array of Cookie`: those an httpResponse's server set (its Set-Cookie
    lines), or those kept for `domain` and its sub-domains ("": all)."""
    if isinstance(first, HTTPResponseValue) and second is None:
        return _array(_set_by(first))
    request, rest = _split((first,) + (() if second is None else (second,)))
    _arity("HTTPCookieGet", rest, (1,))
    cookies = jar(rt) if request is None else request_jar(request)
    assert cookies is not None
    cookies.clear_expired_cookies()
    return _array([cookie_of(c) for c in _of_domain(cookies, V.to_str(rest[0]))])


def _array(cookies: list[CookieValue]) -> WLArray:
    from wlinterp.runtime.types import K_OBJECT, TypeSpec
    return WLArray(TypeSpec(K_OBJECT, name="cookie"), list(cookies), (len(cookies),))


def _set_by(response: HTTPResponseValue) -> list[CookieValue]:
    """The cookies of a response's Set-Cookie lines, as it wrote them."""
    found = []
    for line in V.to_str(response.values["roughheader"]).split("\r\n"):
        if not line.lower().startswith("set-cookie:"):
            continue
        parsed = http.cookies.SimpleCookie()
        try:
            parsed.load(line.split(":", 1)[1].strip())
        except http.cookies.CookieError:
            continue  # (a line no browser would keep either)
        for name, morsel in parsed.items():
            one = CookieValue()
            one.values.update(name=name, value=morsel.value, path=morsel["path"],
                              domain=morsel["domain"], comment=morsel["comment"],
                              secure=bool(morsel["secure"]))
            one.values["expiration"] = _expiry(morsel)
            found.append(one)
    return found


def _expiry(morsel: http.cookies.Morsel[str]) -> str:
    """A Set-Cookie's expiry as a DateTime's text in UTC: its Max-Age when it has a
    readable one (RFC 6265 5.3: Max-Age wins over Expires), else its Expires; "" when
    neither is readable, as a browser ignores them (an Expires of "never" stopped the
    run inside HTTPCookieGet: a server's mistake must not stop the script)."""
    if morsel["max-age"]:
        found = max_age_text(str(morsel["max-age"]), time.time())
        if found is not None:
            return found
    return (http_date_text(morsel["expires"]) or "") if morsel["expires"] else ""


@family.function("HTTPCookieReset", "HTTPCookieRAZ")
def http_cookie_reset(rt: Runtime, first: object = None, second: object = None) -> None:
    """Forget the cookies kept: all of them, or those of `domain` and its sub-domains
    (of the httpRequest given first, or the run's)."""
    request, rest = _split(tuple(a for a in (first, second) if a is not None))
    _arity("HTTPCookieReset", rest, (0, 1))
    cookies = jar(rt) if request is None else request_jar(request)
    assert cookies is not None
    for old in _of_domain(cookies, V.to_str(rest[0]) if rest else ""):
        cookies.clear(old.domain, old.path, old.name)
