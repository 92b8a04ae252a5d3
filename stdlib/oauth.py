"""OAuth 2: the OAuth2Parameters and AuthToken types and AuthIdentify, as the
emailSMTPSession page's example uses them (?1000018765: `MySMTPSession.AuthToken =
AuthIdentify(OAuthGoogleCnt)`), for the authorization-code flow:

1. the user signs in, in a browser, at AuthURL (client id, scope, redirection URL and a
   random `state`); the service then sends the browser to RedirectionURL with a code;
2. wlinterp listens at RedirectionURL, **on this machine only** (localhost, 127.0.0.1 or
   ::1: the code must not be offered to the network), and checks `state`;
3. the code is exchanged at TokenURL (POST, as the HTTP functions send: certificates
   verified, a client secret never sent in clear off this machine) for the token.

A failure is non-fatal (ErrorOccurred, ErrorInfo) and gives an AuthToken whose Valid is
False. The browser is opened with Python's webbrowser module when the machine has one to
show; without one (a server, a test run) AuthIdentify fails at once rather than wait for
a sign-in nobody can make. Tests give their own "browser" (the run option
`oauth_browser`: a function called with the sign-in URL). Decisions: docs/email.md,
"OAuth".
"""
from __future__ import annotations

import http.server
import json
import os
import secrets
import sys
import threading
import time
import urllib.parse
from typing import Any, Callable

from wlinterp.errors import BuiltinFailure, WLRuntimeError
from wlinterp.registry import Family
from wlinterp.runtime import values as V
from wlinterp.runtime.state import Runtime
from wlinterp.runtime.thread_gate import SLICE

from .http_exchange import send
from .http_values import Members

family = Family("OAuth")

RESPONSE_CODE = family.constant("oauth2ResponseTypeCode", "oauth2TypeRéponseCode", 1)
RESPONSE_TOKEN = family.constant("oauth2ResponseTypeToken", "oauth2TypeRéponseToken", 2)
SIGN_IN_WAIT_S = 300.0
"""How long AuthIdentify waits for the browser's return (INFERRED: no page stored)."""


class OAuth2Parameters(Members):
    """`p is OAuth2Parameters` (French OAuth2Paramètres): the page's members, English and
    French as its two examples write them (URLAuth, URLToken, URLRedirection)."""

    __slots__ = ()
    wl_type_name = "OAuth2Parameters"
    ALIASES = {"urlauth": "authurl", "urltoken": "tokenurl",
               "urlredirection": "redirectionurl", "typereponse": "responsetype"}

    def __init__(self, values: dict[str, object] | None = None) -> None:
        super().__init__(values or {"clientid": "", "clientsecret": "", "authurl": "",
                                    "tokenurl": "", "scope": "", "redirectionurl": "",
                                    "responsetype": RESPONSE_CODE})

    def copy(self) -> "OAuth2Parameters":
        return OAuth2Parameters(dict(self.values))


class AuthToken(Members):
    """What AuthIdentify gives (French AuthToken too, INFERRED): Value the access token,
    RefreshToken, ExpirationDate (a datetime's text YYYYMMDDHHMMSSCCC, from the
    service's expires_in; "" when it gives none), Valid, ServiceData (the token answer's
    JSON; also read as ServerResponse / RéponseServeur, the name real code gives it:
    `JSONVersVariant(Auth.RéponseServeur).id_token` in a Firebase SDK for WINDEV, INFERRED,
    no stored page lists the properties). Read only; a token is a secret: its repr hides
    it."""

    __slots__ = ()
    wl_type_name = "AuthToken"
    ALIASES = {"valeur": "value", "dateexpiration": "expirationdate", "valide": "valid",
               "donneesservice": "servicedata", "serverresponse": "servicedata",
               "reponseserveur": "servicedata"}
    READ_ONLY = frozenset({"value", "refreshtoken", "expirationdate", "valid",
                           "servicedata"})

    def __init__(self, values: dict[str, object] | None = None) -> None:
        super().__init__(values or {"value": "", "refreshtoken": "", "expirationdate": "",
                                    "valid": False, "servicedata": ""})

    def copy(self) -> "AuthToken":
        return self

    def __repr__(self) -> str:
        return f"<AuthToken valid={self.values['valid']} value=***>"


family.type("OAuth2Parameters", "OAuth2Paramètres", lambda rt: OAuth2Parameters())
family.type("AuthToken", "AuthToken", lambda rt: AuthToken())


@family.function("AuthIdentify", "AuthIdentifie", can_fail=True)
def auth_identify(rt: Runtime, parameters: object) -> AuthToken:
    """Sign the user in (the authorization-code flow above) and give the token; a
    failure is non-fatal and gives an AuthToken whose Valid is False."""
    if not isinstance(parameters, OAuth2Parameters):
        raise WLRuntimeError("AuthIdentify expects an OAuth2Parameters variable, not a value "
                             f"of type {V.type_name(parameters)}.")
    p = {k: V.to_str(v) for k, v in parameters.values.items()}
    if V.to_int(parameters.values["responsetype"]) != RESPONSE_CODE:
        _fail("only oauth2ResponseTypeCode (the authorization-code flow) is done by wlinterp")
    for key, label in (("clientid", "ClientID"), ("authurl", "AuthURL"),
                       ("tokenurl", "TokenURL"), ("redirectionurl", "RedirectionURL")):
        if not p[key].strip():
            _fail(f"its {label} is empty")
    host, port, path = _local_address(p["redirectionurl"])
    state = secrets.token_urlsafe(24)
    query = urllib.parse.urlencode({"response_type": "code", "client_id": p["clientid"],
                                    "redirect_uri": p["redirectionurl"], "scope": p["scope"],
                                    "state": state})
    sign_in = p["authurl"] + ("&" if "?" in p["authurl"] else "?") + query
    code = _wait_for_code(rt, host, port, path, state, sign_in)
    return _exchange(rt, p, code)


def _fail(why: str) -> None:
    raise BuiltinFailure(f"AuthIdentify: {why}; no token was obtained.", value=AuthToken())


def _local_address(url: str) -> tuple[str, int, str]:
    """Host, port and path of RedirectionURL, which must name this machine."""
    parts = urllib.parse.urlsplit(url)
    host = (parts.hostname or "").lower()
    if parts.scheme != "http" or host not in ("localhost", "127.0.0.1", "::1"):
        _fail(f"the RedirectionURL '{url}' is not an http:// address of this machine "
              "(localhost), where wlinterp receives the sign-in's answer")
    try:
        port = parts.port or 80
    except ValueError:
        port = 0
    if not 0 < port <= 65535:
        _fail(f"the RedirectionURL '{url}' names no valid port")
    return ("127.0.0.1" if host == "localhost" else host), port, parts.path or "/"


def _wait_for_code(rt: Runtime, host: str, port: int, path: str, state: str,
                   sign_in: str) -> str:
    """Listen at the redirection address, open the sign-in page, and give the code the
    browser brings back (bounded by SIGN_IN_WAIT_S)."""
    answer: dict[str, str] = {}
    arrived = threading.Event()

    class Redirected(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (the library's name)
            parts = urllib.parse.urlsplit(self.path)
            if parts.path != path:
                self.send_error(404)
                return
            answer.update({k: v[0] for k, v in urllib.parse.parse_qs(parts.query).items()})
            page = b"<html><body>You may close this window.</body></html>"
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(page)))
            self.end_headers()
            self.wfile.write(page)
            arrived.set()

        def log_message(self, *args: Any) -> None:  # nothing on the run's output
            return

    try:
        server = http.server.HTTPServer((host, port), Redirected)
    except OSError as exc:
        _fail(f"cannot listen at the RedirectionURL's port {port} ({exc.strerror or exc})")
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1},
                              daemon=True)
    thread.start()
    try:
        _open_browser(rt, sign_in)
        ends = time.monotonic() + SIGN_IN_WAIT_S
        while not arrived.wait(SLICE):  # in slices: a stop of the run reaches the wait
            if time.monotonic() >= ends:
                _fail(f"the browser did not come back to the RedirectionURL within "
                      f"{SIGN_IN_WAIT_S:g} s")
    finally:
        server.shutdown()
        server.server_close()
    if answer.get("state") != state:
        _fail("the answer at the RedirectionURL does not carry the state the sign-in was "
              "sent with (another page called it)")
    if "error" in answer:
        _fail(f"the service refused the sign-in ({answer['error']}"
              f"{': ' + answer['error_description'] if 'error_description' in answer else ''})")
    if not answer.get("code"):
        _fail("the answer at the RedirectionURL carries no code")
    return answer["code"]


def _open_browser(rt: Runtime, url: str) -> None:
    """The run's own browser (tests), else the system's when it has one to show."""
    given: Callable[[str], object] | None = rt.options.get("oauth_browser")
    if given is not None:
        given(url)
        return
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY")
                                                 or os.environ.get("WAYLAND_DISPLAY")):
        _fail("there is no browser to sign in with on this machine (no display)")
    import webbrowser
    rt.write_err(f"AuthIdentify: sign in at {url}\n")
    if not webbrowser.open(url):
        _fail("no browser could be opened to sign in")


def _exchange(rt: Runtime, p: dict[str, str], code: str) -> AuthToken:
    """The code exchanged at TokenURL for the token."""
    body = urllib.parse.urlencode({"grant_type": "authorization_code", "code": code,
                                   "redirect_uri": p["redirectionurl"],
                                   "client_id": p["clientid"],
                                   "client_secret": p["clientsecret"]}).encode("ascii")
    headers = {"Content-Type": "application/x-www-form-urlencoded",
               "Accept": "application/json"}
    try:
        response = send(rt, p["tokenurl"], "POST", body, headers, 20.0, "AuthIdentify")
    except BuiltinFailure as failure:
        failure.value = AuthToken()
        raise
    text = V.to_str(response.values["content"])
    try:
        data = json.loads(text)
    except ValueError:
        data = None
    status = int(V.to_int(response.values["statuscode"]))
    if not isinstance(data, dict) or status != 200 or not data.get("access_token"):
        why = data.get("error") if isinstance(data, dict) and data.get("error") else \
            f"status {status}, no access_token"
        _fail(f"the TokenURL refused the code ({why})")
    assert isinstance(data, dict)
    return AuthToken({"value": str(data["access_token"]),
                      "refreshtoken": str(data.get("refresh_token", "")),
                      "expirationdate": _expiration(data.get("expires_in")),
                      "valid": True, "servicedata": text})


def _expiration(seconds: object) -> str:
    """When a token given for `seconds` (expires_in) ends, as datetime text; "" when the
    service says nothing of it."""
    import datetime
    try:
        delta = datetime.timedelta(seconds=float(str(seconds)))
    except (TypeError, ValueError, OverflowError):
        return ""
    return (datetime.datetime.now() + delta).strftime("%Y%m%d%H%M%S") + "000"
