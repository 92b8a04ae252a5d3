"""HTTP Digest authentication (RFC 7616), for an httpRequest whose Authentication is
auDigest (?1000021158: "the name and password are hashed in the request"): the request
goes without credentials, and when the server answers 401 with a Digest challenge it is
made once more with the Authorization header that challenge asks for. SHA-256 is chosen
over MD5 when the server offers both (each its own WWW-Authenticate line, RFC 7616 3.7),
their -sess variants too; qop "auth", or "auth-int" (the body hashed in) when only that
is offered, or none (RFC 2069's form). Never the password itself: its hash with the
server's nonce and a nonce of ours.
"""
from __future__ import annotations

__all__ = ["digest_authorization", "answered_challenge", "sent_with_password"]

import hashlib
import os
import urllib.parse
import urllib.request
from typing import Any, Callable

from .http_credentials import basic_auth

_HASHES = {"SHA-256": hashlib.sha256, "MD5": hashlib.md5}
_PREFERRED = ("SHA-256", "SHA-256-SESS", "MD5", "MD5-SESS")


def digest_authorization(rough_header: str, user: str, password: str, method: str,
                         url: str, body: bytes | None) -> str:
    """The Authorization header answering the best Digest challenge among the 401's
    header lines (`rough_header`, as received); "" when none can be answered (no Digest
    challenge, or only algorithms this module does not know)."""
    challenges = [_params(line.split(":", 1)[1].strip()[6:])
                  for line in rough_header.split("\r\n")
                  if line.lower().startswith("www-authenticate:")
                  and line.split(":", 1)[1].strip()[:7].lower() == "digest "]
    known = [c for c in challenges if c.get("algorithm", "MD5").upper() in _PREFERRED]
    if not known:
        return ""
    best = min(known, key=lambda c: _PREFERRED.index(c.get("algorithm", "MD5").upper()))
    return _answer(best, user, password, method, _target(url), body or b"")


def answered_challenge(answer: Any, made: Callable[[str, str, bytes | None], Any],
                       headers: dict[str, str], user: str, password: str, url: str,
                       verb: str, body: bytes | None) -> Any:
    """`answer`, or, when it is a 401 with a Digest challenge, the answer to the request
    made once more (`made(url, verb, body)`) with the Authorization that challenge asks
    for, put in `headers`. The challenge is to the request that got it: a redirect's,
    when one was followed (its URL, and GET without body after a 302 or 303 to a POST).
    No Digest challenge: the 401 is the answer, as any."""
    from wlinterp.runtime import values as V
    if V.to_int(answer.values["statuscode"]) != 401:
        return answer
    url, verb, body = answer.asked or (url, verb, body)
    said = digest_authorization(V.to_str(answer.values["roughheader"]), user, password,
                                verb or ("POST" if body else "GET"), url, body)
    if not said:
        return answer
    headers["Authorization"] = said
    return made(url, verb, body)


def sent_with_password(made: Callable[[str, str, bytes | None], Any],
                       headers: dict[str, str], user: str, password: str, url: str,
                       verb: str, body: bytes | None) -> Any:
    """The answer to a request made with a user and password as HTTPRequest's and
    HTTPSendForm's parameters give them (one rule for both, docs/builtins.md
    "HTTPRequest's user and password"): Basic at once, and a 401 with a Digest challenge
    answered once more with Digest. No user: the request as it is."""
    if not user:
        return made(url, verb, body)
    headers["Authorization"] = basic_auth(user, password)
    answer = made(url, verb, body)
    return answered_challenge(answer, made, headers, user, password, url, verb, body)


def _params(text: str) -> dict[str, str]:
    """A challenge's auth-params (`realm="x", nonce="y", qop="auth"`), names lower-case.
    An empty value (`opaque=`, `opaque=""`) is empty: urllib's parse_keqv_list read its
    first character and stopped the run with an internal error."""
    params: dict[str, str] = {}
    for part in urllib.request.parse_http_list(text):
        name, sep, value = part.partition("=")
        if not sep:
            continue
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] == '"':
            value = value[1:-1]
        params[name.strip().lower()] = value
    return params


def _target(url: str) -> str:
    """The request-target the digest covers: the path and the query, as sent."""
    parts = urllib.parse.urlsplit(url)
    return (parts.path or "/") + (f"?{parts.query}" if parts.query else "")


def _answer(challenge: dict[str, str], user: str, password: str, method: str, uri: str,
            body: bytes) -> str:
    """RFC 7616 3.4: the response to `challenge` and the header that carries it."""
    algorithm = challenge.get("algorithm", "MD5").upper()
    h = _HASHES[algorithm.removesuffix("-SESS")]

    def digest(text: str | bytes) -> str:
        return h(text.encode("utf-8") if isinstance(text, str) else text).hexdigest()

    realm, nonce = challenge.get("realm", ""), challenge.get("nonce", "")
    cnonce = _cnonce()
    ha1 = digest(f"{user}:{realm}:{password}")
    if algorithm.endswith("-SESS"):
        ha1 = digest(f"{ha1}:{nonce}:{cnonce}")
    offered = [q.strip().lower() for q in challenge.get("qop", "").split(",") if q.strip()]
    qop = "auth" if "auth" in offered or not offered else "auth-int"
    ha2 = digest(f"{method}:{uri}" + (f":{digest(body)}" if qop == "auth-int" else ""))
    fields = [f'username="{_quoted(user)}"', f'realm="{_quoted(realm)}"',
              f'nonce="{_quoted(nonce)}"', f'uri="{_quoted(uri)}"', f"algorithm={algorithm}"]
    if offered:
        response = digest(f"{ha1}:{nonce}:00000001:{cnonce}:{qop}:{ha2}")
        fields += [f"qop={qop}", "nc=00000001", f'cnonce="{cnonce}"']
    else:
        response = digest(f"{ha1}:{nonce}:{ha2}")
    fields.append(f'response="{response}"')
    if "opaque" in challenge:
        fields.append(f'opaque="{_quoted(challenge["opaque"])}"')
    return "Digest " + ", ".join(fields)


def _cnonce() -> str:
    """The client's nonce: 128 random bits."""
    return os.urandom(16).hex()


def _quoted(text: str) -> str:
    """`text` inside a quoted-string: its backslashes and quotes escaped."""
    return text.replace("\\", "\\\\").replace('"', '\\"')
