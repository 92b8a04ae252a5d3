"""One HTTP exchange (stdlib/http_client.py, http_forms.py): the request checked and made
through urllib, its answer read into an httpResponse, a failure said in words. The
verifying TLS context is shared with the other families that speak TLS as clients.
"""
from __future__ import annotations

import http.client
import ssl
import urllib.error
import urllib.request
from email.message import Message
from collections.abc import Callable
from typing import Any

from wlinterp.errors import BuiltinFailure
from wlinterp.runtime.assoc_arrays import WLAssoc
from wlinterp.runtime.state import Runtime
from wlinterp.runtime.limits import max_string
from wlinterp.secret_names import url_shown

from .http_credentials import (EXPLICIT_PROXY, check_cleartext, body_fields, from_userinfo,
                               mark_secret_body)
from .http_proxy import proxies, proxy_shown
from .http_fields import checked_method, checked_name, clean
from .http_urls import ascii_url
from .http_deadline import Exchange, framing_problem, read_body
from .http_destination import download_limit, save_body
from .http_encoding import decoded
from .http_values import HTTPResponseValue

__all__ = ["new_verifying_context", "verifying_context", "send"]


def _ca_file_said(fname: str, value: object, build: Callable[[], ssl.SSLContext]
                  ) -> ssl.SSLContext:
    """`build()`; a CA file it cannot load is the call's failure, the function named
    first as the family's other failures are (its `value`: what the call returns)."""
    from wlinterp.tls_contexts import CAFileError
    try:
        return build()
    except CAFileError as exc:
        raise BuiltinFailure(f"{fname}: {exc.message}." if fname else exc.message,
                             value=value) from None


def new_verifying_context(rt: Runtime, fname: str = "",
                          value: object = False) -> ssl.SSLContext:
    """A verifying context of its own (the system store and the run's CA file): the one
    the run shares, or one that presents a client certificate (an httpRequest's, an SSL
    socket's), which the shared one must not."""
    def build() -> ssl.SSLContext:
        ctx = ssl.create_default_context()
        ca_file = rt.options.get("ca_file")
        if ca_file:
            from wlinterp.tls_contexts import load_ca_file
            load_ca_file(ctx, ca_file)
        return ctx
    return _ca_file_said(fname, value, build)


def verifying_context(rt: Runtime, fname: str = "", value: object = False) -> ssl.SSLContext:
    """The verifying context built once per run and shared by the families that speak
    TLS as clients (HTTP, FTP, SSL sockets). A CA file that cannot be loaded fails the
    call `fname` (returning `value`), in words."""
    ctx = rt.state.get("http:ssl")
    if ctx is None:  # (shared by the process's runs too: wlinterp/tls_contexts.py)
        from wlinterp.tls_contexts import shared_verifying_context
        ctx = rt.state["http:ssl"] = _ca_file_said(
            fname, value, lambda: shared_verifying_context(rt.options.get("ca_file")))
    return ctx


def _decode(body: bytes, message: Message) -> str:
    charset = message.get_content_charset() or "utf-8"
    try:
        return body.decode(charset)
    except (LookupError, UnicodeDecodeError):
        return body.decode("latin-1")


def send(rt: Runtime, url: str, method: str, body: bytes | None,
          headers: dict[str, str], timeout: float, fname: str,
          fields: list[tuple[str, str]] | None = None,
          follow: bool = True, into: str = "",
          progress: tuple[Any, Any] = (None, None),
          tls: ssl.SSLContext | None = None, cookies: Any = None) -> HTTPResponseValue:
    """Make the request; the answer (any status) or a BuiltinFailure. `fields`: a
    form's fields when the body holds them (http_credentials.check_cleartext).
    `follow` False (httpIgnoreRedirection): a redirect is the answer, as the server
    gave it. `into`: the file the body is written to (HTTPDestination), not the
    response's Content. `progress`: the request's upload and download Progress
    (stdlib/http_progress.py), None when the script follows none. `tls`: the context
    of a request presenting a client certificate, the run's verifying one otherwise.
    `cookies`: the jar of HTTPRequest's cookies (http_cookies.py), None for none."""
    if not url.lower().startswith(("http://", "https://")):
        raise BuiltinFailure(f"{fname}: '{url_shown(url)}' is not an http:// or https:// "
                             "URL.", value=HTTPResponseValue())
    for name, value in headers.items():
        checked_name(name)
        clean(value, f"header '{name}'")
    shown = url_shown(url)  # the URL as messages show it: no password
    through = EXPLICIT_PROXY.set(proxy_shown(rt))  # (judged by check_cleartext)
    try:
        return _send(rt, url, method, body, headers, timeout, fname, fields, follow, into,
                     progress, tls, cookies, shown)
    finally:
        EXPLICIT_PROXY.reset(through)


def _send(rt: Runtime, url: str, method: str, body: bytes | None, headers: dict[str, str],
          timeout: float, fname: str, fields: list[tuple[str, str]] | None, follow: bool,
          into: str, progress: tuple[Any, Any], tls: ssl.SSLContext | None, cookies: Any,
          shown: str) -> HTTPResponseValue:
    """send's request checked and made, the run's Proxy in force."""
    try:  # a URL urllib cannot split (`http://[::1/x`) was an internal error
        url = from_userinfo(url, headers)
        named = body_fields(body, headers) + (fields or [])  # (a JSON body parsed once)
        check_cleartext(url, headers, bool(rt.options.get("allow_cleartext_auth")),
                        f"{fname}: the request to {shown}", named)
        request = urllib.request.Request(ascii_url(clean(url, "URL")), data=body, headers=headers,
                                         method=checked_method(method) or ("POST" if body else "GET"))
        mark_secret_body(request, bool(rt.options.get("allow_cleartext_auth")), named)
    except ValueError as exc:
        raise BuiltinFailure(f"{fname}: '{shown}' is not a valid URL ({exc}).",
                             value=HTTPResponseValue()) from None
    tls = tls or verifying_context(rt, fname, HTTPResponseValue())
    with Exchange(timeout, len(body or b"")) as exchange:
        exchange.progress = progress[1]
        return _exchange(exchange.opener(tls, follow, cookies,
                                         proxies(rt)),
                         request, exchange,
                         timeout, f"{fname}: the request to {shown}",
                         (into, download_limit(rt.options)), progress[0])


def _exchange(opener: urllib.request.OpenerDirector, request: urllib.request.Request,
              exchange: Exchange, timeout: float, what: str,
              into: tuple[str, int] = ("", 0), upload: Any = None) -> HTTPResponseValue:
    """The request made and its answer read within the exchange's limits (`what`: the
    failure's first words); its body written to the file `into` names when one is named,
    at most the bytes it says."""
    try:
        answer: Any = opener.open(request, timeout=timeout)
    except urllib.error.HTTPError as error:  # 4xx/5xx: still an answer
        answer = error
    except (urllib.error.URLError, http.client.HTTPException, OSError, ValueError) as exc:
        reason = exchange.over() if exchange.expired else exc.reason \
            if isinstance(exc, urllib.error.URLError) else exc  # (an SSLError's is a code)
        if isinstance(reason, TimeoutError):  # "timed out" said neither how long nor why
            reason = (f"no answer within {timeout:g} s: the request's Timeout, or "
                      "HTTPTimeOut's")
        raise BuiltinFailure(f"{what} failed ({_shown(reason)}).",
                             value=HTTPResponseValue()) from None
    with answer:
        problem = _unasked_switch(answer, exchange.request or request) \
            or framing_problem(answer.headers)
        if problem:
            raise BuiltinFailure(f"{what} failed: {_shown(problem)}.", value=HTTPResponseValue())
        sent = request.data
        if upload is not None and isinstance(sent, bytes) and sent:  # (an answer came:
            upload.whole(len(sent))                                  # the body was sent)
        if exchange.progress is not None:
            exchange.progress.start(_announced(answer.headers))
        try:
            data = _body(answer, exchange, request.has_header("Accept-encoding"), what, into)
            if exchange.progress is not None:
                exchange.progress.finish()
        except BuiltinFailure as failure:
            failure.value = HTTPResponseValue()
            raise
        except (http.client.HTTPException, OSError, ValueError) as exc:  # a cut body
            reason = exchange.over() if exchange.expired else exc
            if isinstance(reason, TimeoutError):  # it said "(timed out)": how long, why?
                reason = (f"nothing more of it came for {timeout:g} s: the request's "
                          "Timeout, or HTTPTimeOut's")
            raise BuiltinFailure(f"{what} failed while reading the answer "
                                 f"({_shown(reason)}).", value=HTTPResponseValue()) from None
        response = HTTPResponseValue()
        header = response.values["header"]
        assert isinstance(header, WLAssoc)
        for name, value in _fields(answer.headers):
            header.set(value, name)
        response.values.update(
            statuscode=int(answer.status), content=_decode(data, answer.headers),
            contenttype=answer.headers.get("Content-Type", ""),
            roughheader=_status_line(answer) + "".join(f"{k}: {v}\r\n"
                                                       for k, v in answer.headers.items()),
            descriptionstatuscode=str(answer.reason or ""))
        last = exchange.request or request
        sent = last.data
        response.asked = (last.full_url, last.get_method(),
                          sent if isinstance(sent, bytes) else None)
    return response


def _unasked_switch(answer: Any, request: urllib.request.Request) -> str:
    """Why a `101 Switching Protocols` is no answer, or "": RFC 9110 15.2.2 lets a server
    switch only to a protocol the request's Upgrade header offered, and after it the
    connection speaks that protocol, not HTTP; taken as the answer it gave StatusCode 101
    and an empty Content without a word. A request that offered one gets it as sent."""
    if answer.status != 101 or request.has_header("Upgrade"):
        return ""
    return ("the server answered '101 Switching Protocols', a switch to another protocol "
            "the request did not ask for (it sent no Upgrade header)")


def _body(answer: Any, exchange: Exchange, asked: bool, what: str,
          into: tuple[str, int]) -> bytes:
    """The answer's body as the script gets it: decoded, or written to the file `into`
    names, at most the bytes it says (then b"").
    A body with a Content-Encoding to undo is decoded in memory first (bounded as any
    answer is); any other goes to the file a piece at a time."""
    encoded = not asked and any(c.strip().lower() not in ("", "identity")
                                for line in answer.headers.get_all("Content-Encoding") or []
                                for c in line.split(","))
    path, most = into
    if path and not encoded:
        save_body(answer, exchange, path, what, most=most)
        return b""
    data = decoded(read_body(answer, exchange, max_string(), what), answer.headers, asked,
                   max_string(), what)
    if path:
        save_body(answer, exchange, path, what, whole=data, most=most)
        return b""
    return data


def _fields(headers: Message) -> list[tuple[str, str]]:
    """The answer's fields for its Header array, one per name (the first spelling): a
    field sent on several lines is their values joined by ", " (RFC 9110 5.3), as
    Python's requests and browsers' fetch give it; each line overwrote the one before,
    so of two Set-Cookie or Vary lines only the last was seen (RoughHeader and
    HTTPGetResult(httpCookie) keep every line apart)."""
    joined: dict[str, tuple[str, list[str]]] = {}
    for name, value in headers.items():
        joined.setdefault(name.lower(), (name, []))[1].append(value)
    return [(name, ", ".join(values)) for name, values in joined.values()]


def _announced(headers: Message) -> int:
    """The body's length its Content-Length announces (checked by framing_problem
    before), 0 when it announces none (a chunked answer)."""
    value = (headers.get("Content-Length") or "").split(",")[0].strip()
    return int(value) if value.isascii() and value.isdigit() else 0


def _status_line(answer: Any) -> str:
    """The raw header's first line, as the server sent it ("HTTP/1.1 200 OK"): ported
    code reads the status from it (`ExtractString(HTTPGetResult(httpHeader), 2, " ")`)."""
    version = "1.0" if answer.version == 10 else "1.1"
    return f"HTTP/{version} {int(answer.status)} {answer.reason or ''}".rstrip() + "\r\n"


def _shown(reason: object) -> str:
    """A failure's reason as ErrorInfo shows it: a garbage answer quoted by the HTTP
    library (a status line of random bytes) on one line, its control characters as
    \\xNN as a mail server's words are (a status line carrying a terminal escape
    sequence reached the terminal through Trace(ErrorInfo())), cut to 200 characters;
    a URL it quotes (a redirect's) without its password; no "[Errno 111]" before words;
    a refused certificate or a failed TLS exchange in the words FTP and e-mail use (it
    was OpenSSL's "[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: ...
    (_ssl.c:1006)")."""
    from wlinterp.mail.failures import (certificate_words, reply_words, system_words,
                                        tls_words)  # (failure path)
    if isinstance(reason, ssl.SSLCertVerificationError):
        said = certificate_words(reason)
    elif isinstance(reason, ssl.SSLError):
        said = f"TLS failed ({tls_words(reason)})"
    else:
        said = _library_words(reason) if isinstance(reason, http.client.HTTPException) \
            else system_words(reason) if isinstance(reason, Exception) else str(reason)
    text = reply_words(url_shown(said))
    return text if len(text) <= 200 else text[:200] + "..."


def _library_words(exc: http.client.HTTPException) -> str:
    """The HTTP library's complaint about an answer, in words: it quoted a status line
    that is no HTTP as it is ("failed (hello)") and a body cut short or chunked wrongly
    as "IncompleteRead(3 bytes read)", a Python class name."""
    if isinstance(exc, http.client.IncompleteRead):
        return ("the answer was cut short: the connection ended before the end of its "
                "body, or the size of one of its chunks could not be read")
    if isinstance(exc, http.client.RemoteDisconnected):
        return "the server closed the connection without answering"
    if isinstance(exc, http.client.BadStatusLine):
        return f"the server's answer is not HTTP: {exc}"
    if isinstance(exc, http.client.LineTooLong):  # "got more than 65536 bytes when..."
        return (f"the server's answer has a line longer than {http.client._MAXLINE} bytes, "  # type: ignore[attr-defined]
                "the most accepted")
    if str(exc).startswith("got more than"):  # ("got more than 100 headers": its words)
        return (f"the server's answer has more than {http.client._MAXHEADERS} header "  # type: ignore[attr-defined]
                "lines, the most accepted")
    return str(exc)
