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

from wlinterp.errors import BuiltinFailure, WLRuntimeError
from wlinterp.registry import Family, ProcArg, TextArg
from .strings import text_arg
from wlinterp.runtime import values as V
from wlinterp.runtime.assoc_arrays import WLAssoc
from wlinterp.runtime.durations import WLDuration
from wlinterp.runtime.state import Runtime

from .http_callback import send_then_call
from .http_cookies import managed_jar, sent_jar
from .http_credentials import basic_auth
from .http_digest import answered_challenge, sent_with_password
from .http_exchange import send
from .http_urls import with_scheme
from .text_encodings import sent_bytes
from .http_progress import progress_of
from .http_request_members import VERSIONS, checked_version, client_context, cookie_into
from .http_values import (DEFAULT_TIMEOUT_S, HTTPProgressValue, HTTPRequestValue,
                          HTTPResponseValue, application_name)
from wlinterp.digits import ascii_digits
from wlinterp.native_paths import native_path

__all__ = ["HTTP_VERBS", "http_verb", "default_timeout", "header_lines"]


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


# HTTPRequest's user agent when none is given: what HTTPSendForm's page states for its own
# (?1000017190); the stored HTTPRequest page is cut before that parameter (decided).
FRAMEWORK_AGENT = "PC SOFT Framework"


# restRequest/restResponse: the REST spellings of the same types (the help's own examples
# declare an httpRequest and send it with RESTSend), one value each.
family.type("httpRequest", "httpRequête", HTTPRequestValue, "restRequest", "restRequête")
family.type("httpResponse", "httpRéponse", HTTPResponseValue, "restResponse", "restRéponse")
family.type("httpProgress", "httpProgression", HTTPProgressValue, "httpAvancement")
for _name, _value in VERSIONS.items():  # httpRequest.Version (INFERRED, the same in French)
    family.constant(_name, _name, _value)
# ContentType's MIME constant as real code sets it (`FirebaseRequête.ContentType =
# typeMimeJSON`, a Firebase SDK for WINDEV): INFERRED, no stored help page lists the MIME
# constants; its value is the type its name says (docs/builtins.md, httpRequest rows).
family.constant("mimeTypeJSON", "typeMimeJSON", "application/json")
# httpRequest.Authentication / Authentification: the four names VERIFIED, the same in French
# (?1000021158, English and French pages); their values ours. auBasic, the default, sends
# User and Password at once (Basic); auDigest answers the server's Digest challenge
# (stdlib/http_digest.py); auNegotiate and auNTLM (Kerberos, NTLM: Windows' own) fail
# in words before anything is sent (docs/builtins.md, httpRequest rows).
AU_BASIC = family.constant("auBasic", "auBasic", 1)
AU_DIGEST = family.constant("auDigest", "auDigest", 2)
AU_NEGOTIATE = family.constant("auNegotiate", "auNegotiate", 3)
AU_NTLM = family.constant("auNTLM", "auNTLM", 4)


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


def _body(content: object) -> bytes | None:
    """The request's Content as sent (text_encodings.sent_bytes: text as UTF-8, a
    Buffer's bytes, StringToUTF8's result, as they are: it was encoded a second time,
    "é" four bytes, and an HMAC of the body the script computed no longer matched)."""
    text = V.to_str(content)
    return sent_bytes(text) if text else None


@family.function("HTTPSend", "HTTPEnvoie", "RESTSend", "RESTEnvoie", can_fail=True)
def http_send(rt: Runtime, request: object,
              procedure: ProcArg = None) -> HTTPResponseValue | None:
    """Send an httpRequest (or GET a URL given as text) and wait for the answer. On
    failure too the result is an httpResponse (empty), as HTTPSend's always is: a
    refusal before sending (credentials in clear, a control character in the URL or a
    header) gave False, and `HTTPSend(r).StatusCode` stopped the run. With a procedure
    (the asynchronous syntax) the response goes to it instead (stdlib/http_callback.py)."""
    if procedure is not None:
        send_then_call(rt, procedure, lambda: _http_send(rt, request))
        return None
    try:
        return _http_send(rt, request)
    except BuiltinFailure as failure:
        if not isinstance(failure.value, HTTPResponseValue):
            failure.value = HTTPResponseValue()
        raise


def _http_send(rt: Runtime, request: object) -> HTTPResponseValue:
    if isinstance(request, str):  # the agent a new httpRequest sends (it was Python-urllib/3.x)
        return send(rt, request, "GET", None, {"User-Agent": application_name(rt)},
                    default_timeout(rt), "HTTPSend")
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
    scheme = _authentication(r["authentication"])
    if r["user"] and scheme == AU_BASIC:
        headers["Authorization"] = basic_auth(V.to_str(r["user"]), V.to_str(r["password"]))
    bearer = _bearer(r["authtoken"])
    if bearer:
        headers["Authorization"] = bearer
    cookie_into(headers, r["cookie"])
    checked_version(r["version"], "HTTPSend")
    verb = http_verb(r["method"], "HTTPSend", HTTPResponseValue())
    ignored = V.to_int(r["ignoreerror"] or 0)
    progress = (progress_of(rt, r["uploadprogress"], "HTTPSend"),
                progress_of(rt, r["downloadprogress"], "HTTPSend"))
    tls = client_context(rt, r["clientcertificate"], r["clientcertificatepassword"],
                         "HTTPSend")
    into = native_path(r["destination"], new=True) if V.to_str(r["destination"]) else ""
    url, body = V.to_str(r["url"]), _body(r["content"])

    def made(url: str, verb: str, body: bytes | None) -> HTTPResponseValue:
        return send(rt, url, verb, body, headers, _timeout(r["timeout"]), "HTTPSend",
                    into=into, follow=not ignored & HTTP_IGNORE_REDIRECTION,
                    progress=progress, tls=tls, cookies=sent_jar(request))
    answer = made(url, verb, body)
    if scheme == AU_DIGEST and r["user"]:
        return answered_challenge(answer, made, headers, V.to_str(r["user"]),
                                  V.to_str(r["password"]), url, verb, body)
    return answer


def _authentication(value: object) -> int:
    """An httpRequest's Authentication (auBasic when not set); auNegotiate and auNTLM,
    Windows' own, fail the request unsent."""
    scheme = V.to_int(value or AU_BASIC)
    if scheme in (AU_NEGOTIATE, AU_NTLM):
        name = "auNegotiate (Kerberos, then NTLM)" if scheme == AU_NEGOTIATE else "auNTLM"
        raise BuiltinFailure(f"HTTPSend: the request's Authentication, {name}, is Windows' "
                             "own and is not available here (auBasic or auDigest are); "
                             "nothing was sent.", value=HTTPResponseValue())
    if scheme not in (AU_BASIC, AU_DIGEST):
        raise BuiltinFailure(f"HTTPSend: {scheme} is not an Authentication (auBasic, "
                             "auDigest...); nothing was sent.", value=HTTPResponseValue())
    return scheme


def _bearer(token: object) -> str:
    """The Authorization header an httpRequest's AuthToken gives ("Bearer <its Value>",
    or the text given), "" when none is set; an AuthToken holding no token (AuthIdentify
    failed) fails the request rather than send it unauthenticated."""
    getter = getattr(token, "wl_get", None)
    value = V.to_str(getter("value") if getter is not None else token)
    if getter is not None and not value:
        raise BuiltinFailure("HTTPSend: the request's AuthToken holds no token (did "
                             "AuthIdentify fail?); nothing was sent.",
                             value=HTTPResponseValue())
    return f"Bearer {value}" if value else ""


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
    `header`: extra header lines ("Name: value", separated by CR LF). A URL without a
    scheme is http:// (the HTTPCookieWrite page's example requests "www.MySite.com?Login").
    The run's cookies (HTTPCookieWrite, and those servers set) go with it, unless
    HTTPCookieManage(False) turned them off. A user and password go at once as Basic;
    a server answering 401 with a Digest challenge is answered once more with Digest
    (INFERRED: the page says neither; docs/builtins.md "HTTPRequest's user and
    password")."""
    headers = header_lines(header)
    headers["User-Agent"] = V.to_str(user_agent) or FRAMEWORK_AGENT
    if V.to_str(content_type):
        headers["Content-Type"] = V.to_str(content_type)
    elif V.to_str(message):
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    rt.state["http:last"] = None
    into = rt.state.pop("http:destination", "")
    address = with_scheme(V.to_str(url))  # ?1000019234's `HTTPRequest("www.MySite.com?Login")`

    def made(address: str, verb: str, body: bytes | None) -> HTTPResponseValue:
        return send(rt, address, verb, body, headers, default_timeout(rt), "HTTPRequest",
                    into=into, cookies=managed_jar(rt))
    try:
        rt.state["http:last"] = sent_with_password(made, headers, V.to_str(user),
                                                   V.to_str(password), address, "",
                                                   _body(message))
    except BuiltinFailure as failure:
        failure.value = False
        raise
    return True


@family.function("HTTPDestination", "HTTPDestination")
def http_destination(rt: Runtime, path: TextArg) -> None:
    """The file the next HTTPRequest's answer is written to instead of being kept for
    HTTPGetResult (?3043007: "saved in a backup file by HTTPDestination"): a download
    lands on disk a piece at a time, never whole in memory. For that one request only;
    "" names none (INFERRED, the HTTPDestination page is not stored: docs/builtins.md
    "HTTPDestination"). The French name is the same (PC SOFT's French list)."""
    given = text_arg(path, "HTTPDestination")
    rt.state["http:destination"] = native_path(given, new=True) if given else ""


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

