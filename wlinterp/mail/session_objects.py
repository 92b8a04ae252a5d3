"""The session variables scripts declare: `emailSMTPSession`, `emailPOP3Session` and
`emailIMAPSession` (their members, EN/FR names, and the handle that ties a copy to the
session its original opened).

Kept free of network imports, like objects.py: declaring a session variable does not load
smtplib; stdlib/email_sessions.py opens the session on EmailStartSession.
"""
from __future__ import annotations

__all__ = ["SMTPSessionVariable", "NO_TOKEN", "ReadingSessionVariable", "POP3SessionVariable",
           "IMAPSessionVariable"]

import itertools
from typing import Any

from wlinterp.runtime import values as V
from wlinterp.errors import WLRuntimeError


_handles = itertools.count(1)


class SMTPSessionVariable:
    """`s is emailSMTPSession` (French: emailSessionSMTP).

    `handle` identifies the session this variable opened; copies share it, so a copy
    refers to the same open session. `Port` 0 means the standard port of `Option`.
    """

    wl_type_name = "emailSMTPSession"
    wl_method_kind = "email"  # s.CloseSession() is EmailCloseSession(s) (value_methods.py)
    protocol = "smtp"
    _NAMES = {
        "serveraddress": "server", "adresseserveur": "server",
        "port": "port", "name": "name", "nom": "name",
        "password": "password", "motdepasse": "password",
        "option": "option", "asynchronous": "asynchronous", "asynchrone": "asynchronous",
        # the spelling of newer versions' code (INFERRED, docs/email.md "Asynchronous
        # sessions"): the same member
        "asynchronousmode": "asynchronous", "modeasynchrone": "asynchronous",
        "authtoken": "authtoken", "jetonauth": "authtoken",
    }

    def __init__(self) -> None:
        self.server = ""
        self.port = 0
        self.name = ""
        self._password = ""
        self.option = 0
        self.asynchronous = False
        self._token = ""
        """AuthToken (?1000018765: `s.AuthToken = AuthIdentify(...)`): an OAuth access
        token, sent with AUTH XOAUTH2 instead of the password (docs/email.md, "OAuth")."""
        self.handle = next(_handles)

    def _field(self, name: str) -> str:
        try:
            return self._NAMES[name]
        except KeyError:
            raise WLRuntimeError(f"'{name}' is not a property of "
                                 f"{self.wl_type_name}.") from None

    def wl_get(self, name: str) -> object:
        key = self._field(name)
        if key == "authtoken":
            return "" if self._token == NO_TOKEN else self._token
        return self._password if key == "password" else getattr(self, key)

    def wl_set(self, name: str, value: object, ctx: Any = None) -> None:
        key = self._field(name)
        if key in ("server", "name"):
            setattr(self, key, V.to_str(value))
        elif key == "password":
            self._password = V.to_str(value)
        elif key == "authtoken":
            self._token = _token_text(value)
        elif key == "asynchronous":
            self.asynchronous = V.to_bool(value)
        else:
            setattr(self, key, V.to_int(value))

    @property
    def password(self) -> str:
        return self._password

    @property
    def auth_token(self) -> str:
        return self._token

    def copy(self) -> "SMTPSessionVariable":
        new = type(self)()
        new.__dict__.update(self.__dict__)
        return new

    def __repr__(self) -> str:
        return (f"<{self.wl_type_name} {self.name!r}@{self.server}:{self.port} "
                f"option={self.option} password=***>")


def _token_text(value: object) -> str:
    """The access token an AuthToken holds (its Value), or the text given (a token the
    script got from its own token request: INFERRED, docs/email.md "OAuth"). An AuthToken
    holding none (AuthIdentify failed) keeps a mark, so that the session's start fails
    rather than log in with the password."""
    getter = getattr(value, "wl_get", None)
    text = V.to_str(getter("value") if getter is not None else value)
    if getter is not None and not text:
        return NO_TOKEN
    if any(ch in text for ch in "\r\n\x00\x01"):
        raise WLRuntimeError("emailSMTPSession.AuthToken: an OAuth token cannot hold a line "
                             "break or a control character.")
    return text


NO_TOKEN = "\x00"
"""The AuthToken member of a session given an AuthToken that holds no token."""


class ReadingSessionVariable(SMTPSessionVariable):
    """What emailPOP3Session and emailIMAPSession add: `FOR EACH m OF s` reads the
    session's messages in turn (?3032031); `messages`, set when the session starts
    (stdlib/email_reading.py `start_reading`), gives them."""

    messages: Any = None

    def wl_iter(self) -> Any:
        if self.messages is None:
            raise WLRuntimeError(f"FOR EACH: the {self.wl_type_name} '{self.name}' was not "
                                 f"started (EmailStartSession).")
        return self.messages()


class POP3SessionVariable(ReadingSessionVariable):
    """`s is emailPOP3Session` (French: emailSessionPOP3): the properties of
    emailSMTPSession (INFERRED: the POP3 type's page is not stored); EmailStartSession(s)
    opens it (stdlib/email.py). `Port` 0 means 110, or 995 with optionSSL."""

    wl_type_name = "emailPOP3Session"
    protocol = "pop3"


class IMAPSessionVariable(ReadingSessionVariable):
    """`s is emailIMAPSession` (French: emailSessionIMAP; the type EmailGetAll's example
    declares, ?1000018727): as emailPOP3Session, for IMAP (port 143, or 993)."""

    wl_type_name = "emailIMAPSession"
    protocol = "imap"
