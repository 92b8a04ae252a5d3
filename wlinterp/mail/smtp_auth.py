"""SMTP authentication: which mechanism to use, and the exchange that sends the credential.

AUTH PLAIN (preferred) or LOGIN when a password is given, XOAUTH2 when an OAuth token is
(emailSMTPSession.AuthToken, which wins over the password). A password given and no way
to use it (EHLO refused so only HELO answered, no AUTH advertised, no common mechanism):
the session goes on without authentication, as EmailStartSMTPSession's page says
(?3032025, "Authenticated SMTP"), and the run says so on stderr; a token given and no
XOAUTH2 fails the session (docs/email.md, "Authentication"). Whether the connection may
carry the credential (TLS or loopback) is transport.py's check, made before the exchange.
"""
from __future__ import annotations

__all__ = ["choose_mechanism", "credential_name", "next_mechanism", "send_credentials"]

import base64
import ssl

from .client import LinkParams, SMTPClient
from .failures import MailError, reply_text
from .security import BearerToken

_NOT_SENT = "the session was not opened and nothing was sent"


def credential_name(params: LinkParams) -> str:
    """What the script gave, as an error names it."""
    return "OAuth token (AuthToken)" if params.oauth else "password"


def _given(params: LinkParams) -> str:
    """What the script gave to log in, named as a refusal message should say it."""
    return "an OAuth token (AuthToken)" if params.oauth else "a password"


def choose_mechanism(client: SMTPClient, params: LinkParams,
                     ehlo_refusal: tuple[int, bytes] | None, server: str) -> tuple[str, str]:
    """(mechanism, "") with PLAIN (preferred) or LOGIN as the server advertises them
    (XOAUTH2 for a token); ("", why) when a password cannot be used: the session then goes
    on without AUTH (VERIFIED ?3032025: "If the server does not recognize one of these two
    authentication mechanisms ... EmailStartSMTPSession tries to connect without
    authentication"). MailError for a token that cannot be used (the script asked for
    OAuth; no page says more)."""
    if ehlo_refusal is None:
        advertised = client.esmtp_features.get("auth", "").upper().split()
        for mechanism in (("XOAUTH2",) if params.oauth else ("PLAIN", "LOGIN")):
            if mechanism in advertised:
                return mechanism, ""
    why = _unusable(client, params, ehlo_refusal)
    if params.oauth:
        code = ehlo_refusal[0] if ehlo_refusal is not None else 0
        raise MailError(server, "authentication", f"{why}, but {_given(params)} was given; "
                        f"{_NOT_SENT}", max(code, 0))
    return "", why


def next_mechanism(client: SMTPClient, params: LinkParams, tried: list[str]) -> str:
    """The mechanism to try after a 504 ("unrecognized authentication type", RFC 4954
    6) to each of `tried`: the next password mechanism the server lists, "" when none is
    left (a server listing PLAIN and LOGIN that knows only LOGIN still logs the user in;
    a token has only XOAUTH2)."""
    if params.oauth:
        return ""
    advertised = client.esmtp_features.get("auth", "").upper().split()
    return next((m for m in ("PLAIN", "LOGIN") if m in advertised and m not in tried), "")


def _unusable(client: SMTPClient, params: LinkParams,
              ehlo_refusal: tuple[int, bytes] | None) -> str:
    """Why the credential cannot be used, in words: EHLO refused (only HELO answered),
    no AUTH in the EHLO reply, or no mechanism in common (named, escaped)."""
    if ehlo_refusal is not None:
        code, msg = ehlo_refusal
        return f"EHLO was refused ({reply_text(code, msg)}) and HELO offers no authentication"
    advertised = client.esmtp_features.get("auth", "").upper().split()
    if not advertised:
        hint = "" if isinstance(client.sock, ssl.SSLSocket) else \
            " (servers often offer it only over TLS: use emailOptionSecuredTLS)"
        return f"the server does not offer authentication (no AUTH in its EHLO reply){hint}"
    shown = "".join(c if c.isprintable() else f"\\x{ord(c):02x}"  # no raw escapes
                    for c in ", ".join(advertised)[:80])
    which = "it" if len(advertised) == 1 else "any of them"
    ours = "XOAUTH2 when an AuthToken is given" if params.oauth else "PLAIN or LOGIN"
    return (f"the server offers only the authentication mechanism"
            f"{'s' if len(advertised) > 1 else ''} {shown}, and wlinterp does not "
            f"support {which} (it authenticates with {ours})")


def send_credentials(client: SMTPClient, params: LinkParams,
                     mechanism: str) -> tuple[int, bytes]:
    """Run the AUTH exchange of `mechanism`; the server's last (code, text)."""
    if mechanism == "XOAUTH2":
        return _auth_xoauth2(client, params)
    if mechanism == "PLAIN":
        return _auth_plain(client, params)
    return _auth_login(client, params)


def _auth_plain(client: SMTPClient, params: LinkParams) -> tuple[int, bytes]:
    """AUTH PLAIN with the initial response; answers a server that asks for it again."""
    assert params.secret is not None
    blob = f"\0{params.user}\0{params.secret.reveal()}".encode("utf-8")
    token = base64.b64encode(blob).decode("ascii")
    code, msg = client.docmd("AUTH", "PLAIN " + token)
    if code == 334:  # server ignored the initial response and asks again
        code, msg = client.docmd(token)
    return code, msg


def _auth_xoauth2(client: SMTPClient, params: LinkParams) -> tuple[int, bytes]:
    """AUTH XOAUTH2 with the token. A refused token gets `334 <base64 JSON error>`;
    the client answers with an empty line and the server then sends its 535."""
    assert isinstance(params.secret, BearerToken)
    code, msg = client.docmd("AUTH", "XOAUTH2 " + params.secret.xoauth2(params.user))
    if code == 334:
        code, msg = client.docmd("")
    return code, msg


def _auth_login(client: SMTPClient, params: LinkParams) -> tuple[int, bytes]:
    """AUTH LOGIN: user then secret, each sent only while the server asks (334)."""
    assert params.secret is not None
    code, msg = client.docmd("AUTH", "LOGIN")
    for value in (params.user, params.secret.reveal()):
        if code != 334:
            return code, msg
        code, msg = client.docmd(base64.b64encode(value.encode("utf-8")).decode())
    return code, msg
