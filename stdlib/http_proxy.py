"""Proxy: the proxy server the HTTP functions go through (HTTPRequest, HTTPSend,
HTTPSendForm, and what uses them).

No stored page gives Proxy's syntax; the decompiled Android runtime's (code search id
38984046062) is `Proxy(<address> [, <port> [, <user> [, <password>]]])`, the port 80 by
default, nothing returned. *Decided*, INFERRED (docs/builtins.md "Proxy"): every later
HTTP request of the run goes through it (http:// as an absolute URL, https:// through a
CONNECT tunnel, the certificate still checked against the site's name); `Proxy("")`
goes back to direct requests (the environment's http_proxy/https_proxy again). A user
and password go as Basic Proxy-Authorization, which travels in clear to the proxy: to a
proxy on another machine they are refused (ErrorOccurred, nothing set) unless the run
allows cleartext credentials (--allow-cleartext-auth), as every other credential is.
"""
from __future__ import annotations

__all__ = ["proxies", "proxy_shown"]

import urllib.parse

from wlinterp.errors import BuiltinFailure
from wlinterp.host_names import bracketed
from wlinterp.registry import Family
from wlinterp.runtime import values as V
from wlinterp.runtime.state import Runtime
from wlinterp.secret_names import url_shown

from .http_credentials import on_this_machine

family = Family("HTTP proxy")


@family.function("Proxy", "Proxy", can_fail=True)
def proxy(rt: Runtime, address: object, port: object = None, user: object = "",
          password: object = "") -> None:
    """Send the HTTP functions' requests through the proxy at `address`:`port` ("" :
    none), logging in with `user` and `password` when given."""
    text = V.to_str(address).strip()
    if not text:
        rt.state.pop("http:proxy", None)
        return
    name, secret = V.to_str(user), V.to_str(password)
    if any(ord(c) < 32 or ord(c) == 127 for c in text + name + secret):
        raise BuiltinFailure("Proxy: the address, user or password holds a control "
                             "character (CR, LF...); the proxy is not set.")
    parts = urllib.parse.urlsplit(text if "://" in text else "http://" + text)
    _plain_http(text, parts)
    host, number = parts.hostname or "", _port(text, parts, port)
    if not host or any(c in host for c in "/@ ") or not 0 < number < 65536:
        raise BuiltinFailure(f"Proxy: '{text}' port {number} is not a proxy's address "
                             "(a host name or an IP address, and a port from 1 to 65535).")
    if parts.username is not None and not name:  # `Proxy("http://ann:pw@host:3128")`
        name = urllib.parse.unquote(parts.username)
        secret = urllib.parse.unquote(parts.password or "")
    shown = bracketed(host)
    if name and not rt.options.get("allow_cleartext_auth"):
        if not on_this_machine(host):
            raise BuiltinFailure(f"Proxy: the proxy's user and password would go in clear "
                                 f"text to another machine ({shown}:{number}); the proxy "
                                 "is not set (allow it with --allow-cleartext-auth).")
    login = (urllib.parse.quote(name, safe="") + ":" + urllib.parse.quote(secret, safe="")
             + "@") if name else ""
    rt.state["http:proxy"] = f"http://{login}{shown}:{number}"


def _plain_http(text: str, parts: urllib.parse.SplitResult) -> None:
    """A failed call for an address that is not an http:// proxy's: requests go to the
    proxy in plain HTTP, so `https://p:443` or `socks5://p` became a plain http proxy
    without a word, and a path, query or fragment was dropped."""
    if parts.scheme.lower() != "http":
        raise BuiltinFailure(f"Proxy: '{url_shown(text)}' is a {parts.scheme}:// proxy; "
                             "only an http:// proxy is supported, and the proxy is not set.")
    if parts.path not in ("", "/") or parts.query or parts.fragment:
        raise BuiltinFailure(f"Proxy: '{url_shown(text)}' holds a path; a proxy's address "
                             "is a host and a port alone, and the proxy is not set.")


def _port(text: str, parts: urllib.parse.SplitResult, port: object) -> int:
    """The proxy's port: the parameter's, else the one the address writes
    (`"proxy.corp:8080"`: it was dropped, and port 80 used), else 80; an address's port
    other than the parameter's is refused (0: no port)."""
    try:
        written = parts.port
    except ValueError:  # `host:abc`
        return 0
    given = None if port in (None, "") else V.to_int(port)
    if given is not None and written is not None and given != written:
        raise BuiltinFailure(f"Proxy: '{text}' names the port {written} and the port "
                             f"parameter is {given}; the proxy is not set.")
    return given if given is not None else written if written is not None else 80


def proxies(rt: Runtime) -> dict[str, str] | None:
    """urllib's proxies for the run's requests: Proxy's for both schemes, or None (the
    environment's, as urllib reads them)."""
    url = rt.state.get("http:proxy")
    return {"http": url, "https": url} if url else None


def proxy_shown(rt: Runtime) -> str:
    """The run's proxy as messages show it (no password), "" when none is set."""
    url = rt.state.get("http:proxy")
    return url_shown(url) if url else ""
