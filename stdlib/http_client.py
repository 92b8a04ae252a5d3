"""HTTP client: HTTPRequest/HTTPGetResult and the httpRequest/httpResponse types with HTTPSend
(also spelt restRequest/restResponse and RESTSend, as the REST pages of the help write them).

Requests go through Python's urllib (redirects followed). HTTPS certificates are always
verified, against the system store plus the run's `--ca-file` / WL_CA_FILE (the option
the e-mail family uses); there is no switch to turn verification off. A request that
cannot be made (bad URL, refused connection, certificate, timeout) is a non-fatal error
(ErrorOccurred, ErrorInfo); an answer with an error status (404, 500...) is an answer:
HTTPSend gives it with its StatusCode. Header names or values holding CR or LF are
refused (no header injection). Texts are sent as UTF-8; an answer is read as text in the
charset its Content-Type names, UTF-8 by default (Latin-1 for bytes that are not UTF-8).
"""
from __future__ import annotations

import http.client
import os
import ssl
import urllib.error
import urllib.request
from email.message import Message
from typing import Any

from wlinterp.errors import BuiltinFailure, WLRuntimeError
from wlinterp.registry import Family
from wlinterp.runtime import values as V
from wlinterp.runtime.assoc_arrays import WLAssoc
from wlinterp.runtime.durations import WLDuration
from wlinterp.runtime.state import Runtime
from wlinterp.runtime.types import STRING
from wlinterp.runtime.limits import max_string
from wlinterp.secret_names import url_shown
from wlinterp.syntax.names import fold

from .http_credentials import (basic_auth, check_cleartext, body_fields, from_userinfo,
                               mark_secret_body)
from .http_fields import checked_method, checked_name, clean
from .http_urls import ascii_url
from .http_deadline import Exchange, framing_problem, read_body
from wlinterp.digits import ascii_digits

family = Family("HTTP")

# httpResult VERIFIED 2 (generated Java for `HTTPDonneRésultat(httpRésultat)`, code search
# ids 9104100201, 44950497763); the decompiled Android runtime's HTTPGetResult accepts 1, 2
# and 5 only: httpHeader 1 and httpCookie 5 INFERRED from it.
HTTP_RESULT = family.constant("httpResult", "httpRésultat", 2)
HTTP_HEADER = family.constant("httpHeader", "httpEntête", 1)
HTTP_COOKIE = family.constant("httpCookie", "httpCookie", 5)
# httpRequest.IgnoreError: httpIgnoreRedirection, VERIFIED in both languages (?1000021624:
# "to process redirections manually ... the IgnoreError property ... with the
# httpIgnoreRedirection constant"); the value is ours (the values combine). The
# certificate ones are not taken: certificates are always verified.
HTTP_IGNORE_REDIRECTION = family.constant("httpIgnoreRedirection", "httpIgnoreRedirection", 8)
# The HTTP methods are integer constants, as the httpRequest page types the constants of
# its properties (Authentication: "Integer constant", ?1000021158), so a method kept in an
# `int` variable or parameter is still one; httpGet 1 and httpPost 2 VERIFIED (generated Java
# for `..Méthode = httpGet/httpPost`, code search ids 19515953583, 44827830396), the
# others wlinterp's own (INFERRED).
# httpCopy belongs to the forms family (HTTPSendForm). A verb written as text ("PUT")
# is taken too (http_verb).
HTTP_VERBS = {1: "GET", 2: "POST", 3: "PUT", 4: "DELETE", 5: "PATCH", 6: "HEAD",
              7: "OPTIONS", 8: "COPY"}
for _value, _verb in HTTP_VERBS.items():
    if _verb != "COPY":
        family.constant(f"http{_verb.capitalize()}", f"http{_verb.capitalize()}", _value)


def http_verb(method: object, fname: str, failed: object) -> str:
    """The verb a Method property or HTTPSendForm's parameter names: one of the http*
    integer constants, or a verb written as text; "" when none is given (0 or ""). Any
    other number is the call's failure (`failed`: the value it then returns)."""
    if isinstance(method, (int, float)) or (isinstance(method, str) and ascii_digits(method)):
        number = int(method)
        if number != 0 and number not in HTTP_VERBS:
            raise BuiltinFailure(f"{fname}: {number} is not an HTTP method (httpGet, "
                                 f"httpPost...).", value=failed)
        return HTTP_VERBS.get(number, "")
    return V.to_str(method).strip().upper()

DEFAULT_TIMEOUT_S = 20.0
# HTTPRequest's user agent when none is given: what HTTPSendForm's page states for its own
# (?1000017190); the stored HTTPRequest page is cut before that parameter (decided).
FRAMEWORK_AGENT = "PC SOFT Framework"


def _headers() -> WLAssoc:
    """An associative array of strings (a Header property)."""
    return WLAssoc(STRING)


class _Members:
    """Properties by folded English or French name (`ALIASES` maps the French ones)."""

    __slots__ = ("values",)
    ALIASES: dict[str, str] = {}
    READ_ONLY: frozenset[str] = frozenset()
    wl_type_name = ""

    def __init__(self, values: dict[str, object]) -> None:
        self.values = values

    def _name(self, name: str) -> str:
        key = self.ALIASES.get(fold(name), fold(name))
        if key not in self.values:
            raise WLRuntimeError(f"{self.wl_type_name} has no property '{name}'.")
        return key

    def wl_get(self, name: str) -> object:
        return self.values[self._name(name)]

    def wl_set(self, name: str, value: object, ctx: object = None) -> None:
        key = self._name(name)
        if key in self.READ_ONLY:
            raise WLRuntimeError(f"The property {name} of {self.wl_type_name} is read-only.")
        if key == "header" and not isinstance(value, WLAssoc):
            raise WLRuntimeError("Header is set entry by entry: r.Header[\"Name\"] = value.")
        self.values[key] = value


class HTTPRequestValue(_Members):
    """An `httpRequest` / `httpRequête` variable."""

    __slots__ = ()
    wl_type_name = "httpRequest"
    ALIASES = {"methode": "method", "contenu": "content", "entete": "header",
               "utilisateur": "user", "motdepasse": "password",
               "agentutilisateur": "useragent", "dureenonreponse": "timeout",
               "ignoreerreur": "ignoreerror"}

    def __init__(self, rt: object = None) -> None:
        """A new request; its UserAgent reads what is sent when none is set: the
        application's name (help page httpRequest, ?1000021158; "" without a run)."""
        agent = application_name(rt) if isinstance(rt, Runtime) else ""
        super().__init__({"url": "", "method": "", "content": "", "contenttype": "",
                          "header": _headers(), "timeout": DEFAULT_TIMEOUT_S * 1000,
                          "user": "", "password": "", "useragent": agent, "ignoreerror": 0})

    def copy(self) -> "HTTPRequestValue":
        other = HTTPRequestValue()
        other.values = {**self.values, "header": self.values["header"].copy()}  # type: ignore[attr-defined]
        return other


class HTTPResponseValue(_Members):
    """An `httpResponse` / `httpRéponse` variable (read-only once received)."""

    __slots__ = ()
    wl_type_name = "httpResponse"
    ALIASES = {"codeetat": "statuscode", "contenu": "content", "entete": "header",
               "entetebrut": "roughheader", "descriptioncodeetat": "descriptionstatuscode"}
    READ_ONLY = frozenset({"statuscode", "content", "contenttype", "roughheader",
                           "descriptionstatuscode"})

    def __init__(self, rt: object = None) -> None:
        super().__init__({"statuscode": 0, "content": "", "contenttype": "",
                          "header": _headers(), "roughheader": "",
                          "descriptionstatuscode": ""})

    def copy(self) -> "HTTPResponseValue":
        return self


# restRequest/restResponse: the REST spellings of the same types (the help's own examples
# declare an httpRequest and send it with RESTSend), one value each.
family.type("httpRequest", "httpRequête", HTTPRequestValue, "restRequest", "restRequête")
family.type("httpResponse", "httpRéponse", HTTPResponseValue, "restResponse", "restRéponse")


def verifying_context(rt: Runtime) -> ssl.SSLContext:
    """A verifying context (system store + the run's CA file), built once per run and
    shared by the families that speak TLS as clients (HTTP, SSL sockets)."""
    ctx = rt.state.get("http:ssl")
    if ctx is None:
        ctx = ssl.create_default_context()
        ca_file = rt.options.get("ca_file")
        if ca_file:
            ctx.load_verify_locations(cafile=ca_file)
        rt.state["http:ssl"] = ctx
    return ctx


LONGEST_TIMEOUT_S = 365 * 86400.0
"""The longest Timeout kept (a year): a thread's timer and a socket cannot wait for
1e300 ms (Python's OverflowError, a traceback from the deadline's timer thread); any
Timeout so long is a wait without a practical end, so a longer one waits a year."""


def _timeout(value: object) -> float:
    """Timeout property: milliseconds, or a Duration (INFERRED); at most a year."""
    ms = float(value.ms if isinstance(value, WLDuration) else V.to_num(value))
    return min(ms / 1000, LONGEST_TIMEOUT_S) if ms > 0 else DEFAULT_TIMEOUT_S


def default_timeout(rt: Runtime) -> float:
    """The Timeout, in seconds, of the calls that take none (HTTPRequest, HTTPSend of a
    URL, HTTPSendForm): HTTPTimeOut's, 20 s until it is called."""
    return rt.state.get("http:timeout", DEFAULT_TIMEOUT_S)


@family.function("HTTPTimeOut", "HTTPTimeOut")
def http_time_out(rt: Runtime, timeout: object) -> None:
    """The Timeout of the HTTP calls that take none, from now on in this run:
    milliseconds or a Duration; 0 or less goes back to 20 s (INFERRED: no stored page;
    the httpRequest Timeout's units and default, docs/builtins.md "HTTP")."""
    rt.state["http:timeout"] = _timeout(timeout)


def _decode(body: bytes, message: Message) -> str:
    charset = message.get_content_charset() or "utf-8"
    try:
        return body.decode(charset)
    except (LookupError, UnicodeDecodeError):
        return body.decode("latin-1")


def send(rt: Runtime, url: str, method: str, body: bytes | None,
          headers: dict[str, str], timeout: float, fname: str,
          fields: list[tuple[str, str]] | None = None,
          follow: bool = True) -> HTTPResponseValue:
    """Make the request; the answer (any status) or a BuiltinFailure. `fields`: a
    form's fields when the body holds them (http_credentials.check_cleartext).
    `follow` False (httpIgnoreRedirection): a redirect is the answer, as the server
    gave it."""
    if not url.lower().startswith(("http://", "https://")):
        raise BuiltinFailure(f"{fname}: '{url_shown(url)}' is not an http:// or https:// "
                             "URL.", value=HTTPResponseValue())
    for name, value in headers.items():
        checked_name(name)
        clean(value, f"header '{name}'")
    shown = url_shown(url)  # the URL as messages show it: no password
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
    with Exchange(timeout, len(body or b"")) as exchange:
        return _exchange(exchange.opener(verifying_context(rt), follow), request, exchange,
                         timeout, f"{fname}: the request to {shown}")


def _exchange(opener: urllib.request.OpenerDirector, request: urllib.request.Request,
              exchange: Exchange, timeout: float, what: str) -> HTTPResponseValue:
    """The request made and its answer read within the exchange's limits (`what`: the
    failure's first words)."""
    try:
        answer: Any = opener.open(request, timeout=timeout)
    except urllib.error.HTTPError as error:  # 4xx/5xx: still an answer
        answer = error
    except (urllib.error.URLError, http.client.HTTPException, OSError, ValueError) as exc:
        reason = exchange.over() if exchange.expired else getattr(exc, "reason", exc)
        raise BuiltinFailure(f"{what} failed ({_shown(reason)}).",
                             value=HTTPResponseValue()) from None
    with answer:
        problem = framing_problem(answer.headers)
        if problem:
            raise BuiltinFailure(f"{what} failed: {_shown(problem)}.", value=HTTPResponseValue())
        try:
            data = read_body(answer, exchange, max_string(), what)
        except BuiltinFailure as failure:
            failure.value = HTTPResponseValue()
            raise
        except (http.client.HTTPException, OSError, ValueError) as exc:  # a cut body
            reason = exchange.over() if exchange.expired else exc
            raise BuiltinFailure(f"{what} failed while reading the answer "
                                 f"({_shown(reason)}).", value=HTTPResponseValue()) from None
        response = HTTPResponseValue()
        header = response.values["header"]
        assert isinstance(header, WLAssoc)
        for name, value in answer.headers.items():
            header.set(value, name)
        response.values.update(
            statuscode=int(answer.status), content=_decode(data, answer.headers),
            contenttype=answer.headers.get("Content-Type", ""),
            roughheader=_status_line(answer) + "".join(f"{k}: {v}\r\n"
                                                       for k, v in answer.headers.items()),
            descriptionstatuscode=str(answer.reason or ""))
    return response


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
    a URL it quotes (a redirect's) without its password; no "[Errno 111]" before words."""
    from wlinterp.mail.failures import reply_words, system_words  # (failure path only)
    said = _library_words(reason) if isinstance(reason, http.client.HTTPException) else \
        system_words(reason) if isinstance(reason, Exception) else str(reason)
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
    return str(exc)


def _body(content: object) -> bytes | None:
    text = V.to_str(content)
    return text.encode("utf-8") if text else None


@family.function("HTTPSend", "HTTPEnvoie", "RESTSend", "RESTEnvoie", can_fail=True)
def http_send(rt: Runtime, request: object) -> HTTPResponseValue:
    """Send an httpRequest (or GET a URL given as text) and wait for the answer. On
    failure too the result is an httpResponse (empty), as HTTPSend's always is: a
    refusal before sending (credentials in clear, a control character in the URL or a
    header) gave False, and `HTTPSend(r).StatusCode` stopped the run."""
    try:
        return _http_send(rt, request)
    except BuiltinFailure as failure:
        if not isinstance(failure.value, HTTPResponseValue):
            failure.value = HTTPResponseValue()
        raise


def _http_send(rt: Runtime, request: object) -> HTTPResponseValue:
    if isinstance(request, str):
        return send(rt, request, "GET", None, {}, default_timeout(rt), "HTTPSend")
    if not isinstance(request, HTTPRequestValue):
        raise WLRuntimeError(f"HTTPSend expects an httpRequest or a URL, not a value of "
                             f"type {V.type_name(request)}.")
    r = request.values
    header = r["header"]
    assert isinstance(header, WLAssoc)
    headers = {V.to_str(k): V.to_str(v) for k, v in header.data.items()}
    if r["contenttype"]:
        headers["Content-Type"] = V.to_str(r["contenttype"])
    headers["User-Agent"] = V.to_str(r["useragent"]) or application_name(rt)
    if r["user"]:
        headers["Authorization"] = basic_auth(V.to_str(r["user"]), V.to_str(r["password"]))
    verb = http_verb(r["method"], "HTTPSend", HTTPResponseValue())
    ignored = V.to_int(r["ignoreerror"] or 0)
    return send(rt, V.to_str(r["url"]), verb, _body(r["content"]), headers,
                _timeout(r["timeout"]), "HTTPSend",
                follow=not ignored & HTTP_IGNORE_REDIRECTION)


def application_name(rt: Runtime) -> str:
    """The name an httpRequest sends as its user agent when it names none: "the
    application's name" (help page httpRequest, ?1000021158), for a script its file name
    without folder and extension; "wlinterp" for code without a file (`<stdin>`, `<repl>`:
    angle brackets are not allowed in a User-Agent product token)."""
    name = os.path.splitext(os.path.basename(rt.filename))[0]
    return "wlinterp" if not name or name.startswith("<") else name


def header_lines(text: object) -> dict[str, str]:
    """Extra header lines given as text ("Name: value", one a line) as a dictionary."""
    headers: dict[str, str] = {}
    for line in V.to_str(text).replace("\r\n", "\n").split("\n"):
        if ":" in line:
            name, value = line.split(":", 1)
            headers[name.strip()] = value.strip()
    return headers


@family.function("HTTPRequest", "HTTPRequête", can_fail=True)
def http_request(rt: Runtime, url: object, user_agent: object = "", header: object = "",
                 message: object = "", content_type: object = "", user: object = "",
                 password: object = "") -> bool:
    """GET the URL (POST `message` when one is given); HTTPGetResult reads the answer.
    `header`: extra header lines ("Name: value", separated by CR LF)."""
    headers = header_lines(header)
    headers["User-Agent"] = V.to_str(user_agent) or FRAMEWORK_AGENT
    if V.to_str(content_type):
        headers["Content-Type"] = V.to_str(content_type)
    elif V.to_str(message):
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    if V.to_str(user):
        headers["Authorization"] = basic_auth(V.to_str(user), V.to_str(password))
    rt.state["http:last"] = None
    try:
        rt.state["http:last"] = send(rt, V.to_str(url), "", _body(message), headers,
                                      default_timeout(rt), "HTTPRequest")
    except BuiltinFailure as failure:
        failure.value = False
        raise
    return True


@family.function("HTTPGetResult", "HTTPDonneRésultat")
def http_get_result(rt: Runtime, kind: object = HTTP_RESULT) -> str:
    """The last HTTPRequest's body (httpResult), header (httpHeader) or cookies
    (httpCookie: the Set-Cookie lines); "" when there was none."""
    last = rt.state.get("http:last")
    if not isinstance(last, HTTPResponseValue):
        return ""
    k = V.to_int(kind)
    if k == HTTP_HEADER:
        return V.to_str(last.values["roughheader"])
    if k == HTTP_COOKIE:
        rough = V.to_str(last.values["roughheader"]).split("\r\n")
        return "\r\n".join(line.split(":", 1)[1].strip() for line in rough
                           if line.lower().startswith("set-cookie:"))
    return V.to_str(last.values["content"])

