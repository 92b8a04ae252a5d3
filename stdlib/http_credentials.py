"""Where an HTTP request's credentials may go (docs/security.md, "No password in clear
text"): the Authorization and Proxy-Authorization headers, whether made from a user and
password (HTTPRequest, HTTPSendForm, an httpRequest's User/Password) or set by the script,
and any header the script names like a secret (`X-Api-Key`, `X-Auth-Token`: the API key
itself, secret_names.names_secret_key).

* A field named like a secret (`password`, `pwd`, `access_token`) with a value, in the
  URL's query or path parameters (`;password=`), in a form (HTTPSendForm), a URL-encoded
  body, a JSON body (a member at any depth) or an XML body (an element's text: a SOAP
  UsernameToken's `<wsse:Password>`) is the same credential in clear: the same rule
  applies to it.
* Over plain `http://` they go only to this machine (`localhost`, a loopback address) or
  with `--allow-cleartext-auth`, the switch the e-mail families use: a Basic header is
  the password in base64, readable by anyone on the way. Checked on the URL's host
  before anything is sent (a name is not looked up: one that is not `localhost` counts
  as another machine, the doubt on the safe side). A request to this machine that
  urllib sends through the environment's `http_proxy` on another machine (no `no_proxy`
  naming the host) goes to that machine, and is judged so.
* A redirect to another server (scheme, host and port, the browsers' rule) drops them
  and the script's `Cookie` header (a session's key, which a browser's cookie jar keeps
  to its own server), and a redirect from `https://` to `http://` too: urllib hands
  every header but the body's to wherever the `Location` points, so a server (or
  whoever can make it answer 302) could collect the password, in clear for an
  `http://` target.
* A redirect that sends the body again (307, 308) with a field named like a secret goes
  only where the request itself could go: not in clear to another machine.
* A redirect goes only to another `http://` or `https://` URL: urllib followed one to
  `ftp://` (and answered one to `file:` as if the redirect were the answer, a 302
  without a word); such a redirect fails the request naming where it pointed.
"""
from __future__ import annotations

__all__ = ["EXPLICIT_PROXY", "on_this_machine", "check_cleartext", "body_fields",
           "mark_secret_body", "SafeRedirects", "NoRedirects", "from_userinfo"]

import base64
import json
import re
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextvars import ContextVar
from typing import Any

from wlinterp.errors import BuiltinFailure
from wlinterp.secret_names import names_secret_key, url_shown

from .http_deadline import framing_problem
from .http_urls import location_url

CREDENTIAL_HEADERS = ("authorization", "proxy-authorization")
_FIELD_PARTS = re.compile(r"[\[\].]+")
_URLENCODED = "application/x-www-form-urlencoded"


def _credential(name: str) -> bool:
    """Is the header `name` a credential: Authorization, Proxy-Authorization, or one
    named like a secret (`X-Api-Key`)?"""
    return name.lower() in CREDENTIAL_HEADERS or names_secret_key(name)


def _carries_credentials(headers: Any) -> bool:
    return any(_credential(name) for name in headers)


def on_this_machine(host: str) -> bool:
    from wlinterp.mail.security import is_loopback
    return host.lower() in ("localhost", "localhost.") or is_loopback(host)


EXPLICIT_PROXY: ContextVar[str] = ContextVar("wl_http_proxy", default="")
"""The proxy the request being made goes through by the script's Proxy (http_proxy.py),
"" for the environment's: set by http_exchange.send around one exchange, redirects
included."""


def _proxy_for(host: str) -> str:
    """The proxy a plain http:// request to `host` goes through (the script's Proxy, or
    the environment's `http_proxy`), or "": the request, its credentials with it, then
    crosses the network to the proxy's machine. None when `no_proxy` names the host,
    for the script's Proxy too: urllib's ProxyHandler sends such a request direct
    whichever proxy it was given (it was judged as going through the proxy)."""
    proxy = EXPLICIT_PROXY.get() or urllib.request.getproxies().get("http", "")
    if not proxy or urllib.request.proxy_bypass(host):
        return ""
    at = urllib.parse.urlsplit(proxy if "://" in proxy else "http://" + proxy)
    return "" if on_this_machine(at.hostname or "") else proxy


def _secret_fields(url: str, fields: list[tuple[str, str]]) -> list[str]:
    """The names of the fields sent with a value that are named like a secret
    (`password`, `pwd`, `access_token`, `api_key`: secret_names.names_secret_key): the
    URL's query parameters (split at `&` and `;`), its path parameters
    (`/login;password=...`) and `fields` (a form's, a body's). A name in
    parts (`user[password]`, `login.pwd`, as web frameworks name nested fields) is
    judged by each part."""
    parts = urllib.parse.urlsplit(url)
    query = urllib.parse.parse_qsl(parts.query.replace(";", "&"))
    params = [(name, value) for segment in parts.path.split("/")
              for name, _, value in (p.partition("=") for p in segment.split(";")[1:])]
    return [name for name, value in query + params + fields if value and any(
        names_secret_key(part) for part in _FIELD_PARTS.split(name) if part)]


def check_cleartext(url: str, headers: dict[str, str], allowed: bool, what: str,
                    fields: list[tuple[str, str]] | None = None) -> None:
    """A BuiltinFailure when the request carries credentials to another machine over
    http:// and the run does not allow it (`allowed`: --allow-cleartext-auth): in its
    `headers`, or as a field named like a secret in its URL's query or its `fields` (a
    form's `password`: the password in clear as much as a Basic header is)."""
    where = "" if allowed else _cleartext_to(url)
    if not where:
        return
    named = _secret_fields(url, fields or [])
    if not named and not _carries_credentials(headers):
        return
    which = f" (the field '{named[0]}')" if named else ""
    raise BuiltinFailure(f"{what}: credentials{which} are not sent in clear text to "
                         f"another machine ({where}): use https://, or allow it "
                         f"with --allow-cleartext-auth.")


def _cleartext_to(url: str) -> str:
    """Where a request to `url` goes in clear text off this machine (its host, and the
    proxy it goes through), or "": https://, or this machine reached directly."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme.lower() != "http":
        return ""
    host = parts.hostname or ""
    proxy = _proxy_for(host)
    if proxy:
        return f"{host}, through the proxy {url_shown(proxy)}"
    return "" if on_this_machine(host) else host


def mark_secret_body(request: urllib.request.Request, allowed: bool,
                     fields: list[tuple[str, str]]) -> None:
    """Note on `request` whether its body holds a field named like a secret, the run not
    allowing it in clear: a redirect that sends the body again (307, 308) is judged by
    where it goes (SafeRedirects)."""
    request.wl_secret_body = not allowed and bool(_secret_fields("", fields))  # type: ignore[attr-defined]


def body_fields(body: bytes | None, headers: dict[str, str]) -> list[tuple[str, str]]:
    """The named values of a body, what check_cleartext reads in it: a URL-encoded
    body's fields (`user=ann&password=...`, the Content-Type
    application/x-www-form-urlencoded, or none: urllib then sends that one), and a JSON
    body's members at any depth (`{"login": {"password": "..."}}`) and an XML body's
    elements holding text (by their local name), whatever its Content-Type says (a
    server reads JSON labelled text/plain as well)."""
    if not body:
        return []
    text = body.decode("utf-8", "replace")
    start = text.lstrip()[:1]
    try:
        if start in ("{", "["):
            return list(_json_members(json.loads(text)))
        if start == "<":
            return [(el.tag.rpartition("}")[2], el.text.strip())
                    for el in ET.fromstring(text).iter() if len(el) == 0 and el.text]
    except (ValueError, RecursionError, ET.ParseError):
        pass  # neither JSON nor XML: read as the Content-Type says
    kind = next((v for k, v in headers.items() if k.lower() == "content-type"),
                _URLENCODED)
    if kind.split(";")[0].strip().lower() != _URLENCODED:
        return []
    return urllib.parse.parse_qsl(text)


def _json_members(value: Any) -> Iterator[tuple[str, str]]:
    """Each member of a decoded JSON value holding a string or a number, at any depth,
    with its own name (`{"password": {"min_length": 8}}` holds no password: a member is
    judged by its name, not by the objects around it)."""
    stack: list[tuple[str, Any]] = [("", value)]
    while stack:
        name, item = stack.pop()
        if isinstance(item, dict):
            stack.extend(item.items())
        elif isinstance(item, list):
            stack.extend((name, v) for v in item)
        elif name and isinstance(item, (str, int, float)) and not isinstance(item, bool):
            yield name, str(item)


def _origin(url: str) -> tuple[str, str, int | None]:
    parts = urllib.parse.urlsplit(url)
    scheme = parts.scheme.lower()
    try:
        port = parts.port or {"http": 80, "https": 443}.get(scheme)
    except ValueError:  # a port that is not a number: no origin matches it
        port = -1
    return scheme, (parts.hostname or "").lower(), port


class NoRedirects(urllib.request.HTTPRedirectHandler):
    """httpIgnoreRedirection: no redirect followed; urllib then hands the 3xx answer
    back as an HTTPError, which HTTPSend gives as the answer (its Location header
    included), for the code to follow it or not."""

    def redirect_request(self, req: Any, fp: Any, code: int, msg: str, headers: Any,
                         newurl: str) -> None:
        return None


class SafeRedirects(urllib.request.HTTPRedirectHandler):
    """urllib's redirects, without the credentials when the target is another origin,
    only to http:// or https://, and not from an answer whose length is in doubt; a
    307/308 repeats the method and body (urllib gave a POST's back as the 3xx answer);
    a loop or more than 10 redirects is a failure (urllib gave the last 3xx back)."""

    max_redirections = 10

    def __init__(self, exchange: Any = None) -> None:
        """`exchange` (http_deadline.Exchange): told of each request a redirect makes, so
        that the answer is known to be that request's (a Digest challenge covers it)."""
        super().__init__()
        self.exchange = exchange

    def http_error_302(self, req: Any, fp: Any, code: int, msg: str, headers: Any) -> Any:
        problem = _ascii_location(headers)
        target = headers.get("location") or headers.get("uri") or ""
        scheme = urllib.parse.urlparse(target.strip()).scheme
        problem = problem or framing_problem(headers) or (
            f"the server redirected to '{target}', which is not an http:// or https:// "
            "URL: not followed" if scheme not in ("", "http", "https") else "")
        if problem:
            fp.close()
            raise urllib.error.URLError(problem)
        try:
            return super().http_error_302(req, fp, code, msg, headers)
        except urllib.error.HTTPError as error:
            if not str(error.msg).startswith(self.inf_msg):
                raise
            error.close()
            raise urllib.error.URLError(
                f"a redirect loop or more than {self.max_redirections} redirects: not "
                f"followed after '{target}' ({code})") from None

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302

    def redirect_request(self, req: Any, fp: Any, code: int, msg: str, headers: Any,
                         newurl: str) -> Any:
        new = _redirected(req, code, newurl.replace(" ", "%20"))
        secret = getattr(req, "wl_secret_body", False) and new.data is not None
        new.wl_secret_body = secret  # type: ignore[attr-defined]
        where = _cleartext_to(new.full_url) if secret else ""
        if where:  # (a 307/308 sends the body again: its password would go in clear)
            raise urllib.error.URLError(
                f"the server redirected the request, its body holding a password, to "
                f"{url_shown(newurl)}: not sent in clear text to another machine ({where}); "
                "use https://, or allow it with --allow-cleartext-auth")
        if _origin(newurl) != _origin(req.full_url):
            for name in list(new.headers):
                if _credential(name) or name.lower() == "cookie":
                    del new.headers[name]
        if self.exchange is not None:
            self.exchange.request = new
        return new


def _ascii_location(headers: Any) -> str:
    """The answer's `Location` (or `URI`) made ASCII in place (http_urls.location_url:
    the library failed on a host name outside ASCII); the reason it cannot be, or ""."""
    for name in ("location", "uri"):
        value = headers.get(name)
        if value is not None and not value.isascii():
            try:
                headers.replace_header(name, location_url(value))
            except ValueError as exc:
                return f"the server redirected to a URL that cannot be followed ({exc})"
    return ""


def _redirected(req: Any, code: int, url: str) -> urllib.request.Request:
    """The request a redirect makes (RFC 9110 15.4): 307 and 308 repeat the method and
    its body; 303 asks with GET; 301 and 302 turn a POST into a GET (as browsers do) and
    repeat any other method. A GET made so carries no body nor its Content-* headers."""
    method = req.get_method()
    again = code in (307, 308) or (code in (301, 302) and method != "POST")
    if again or method == "HEAD":
        return urllib.request.Request(url, data=req.data, headers=dict(req.headers),
                                      origin_req_host=req.origin_req_host,
                                      unverifiable=True, method=method)
    kept = {k: v for k, v in req.headers.items()
            if k.lower() not in ("content-length", "content-type")}
    return urllib.request.Request(url, headers=kept, origin_req_host=req.origin_req_host,
                                  unverifiable=True, method="GET")


def from_userinfo(url: str, headers: dict[str, str]) -> str:
    """`url` without its user part (`http://ann:pw@host/`), which becomes the request's
    Basic credentials when it sets none of its own (INFERRED, as browsers and curl do:
    urllib took `ann:pw@host` for the host and failed, quoting the password)."""
    parts = urllib.parse.urlsplit(url)
    userinfo, sep, host = parts.netloc.rpartition("@")
    if not sep:
        return url
    if not any(name.lower() in CREDENTIAL_HEADERS for name in headers):
        user, _, password = userinfo.partition(":")
        headers["Authorization"] = basic_auth(urllib.parse.unquote(user),
                                              urllib.parse.unquote(password))
    return urllib.parse.urlunsplit(parts._replace(netloc=host))


def basic_auth(user: str, password: str) -> str:
    """The Authorization value of HTTP Basic: the user and password in UTF-8, base64."""
    token = base64.b64encode(f"{user}:{password}".encode("utf-8")).decode("ascii")
    return "Basic " + token
