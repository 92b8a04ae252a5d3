"""SMTP sessions as the Email family's functions find and open them: the option
constants' table (which protection each asks), a session named by its user name or an
emailSMTPSession variable, the lookup of a started session (shared with the reading
sessions of stdlib/email_reading.py), and the checks before a session is opened (fatal on
misuse, a failure when the server cannot be reached). No built-in is declared here.
"""
from __future__ import annotations

from decimal import Decimal
from typing import Any, Hashable

from wlinterp.errors import BuiltinFailure, WLRuntimeError
from wlinterp.mail.modes import STANDARD_PORTS, Mode
from wlinterp.mail.session_objects import NO_TOKEN, SMTPSessionVariable
from wlinterp.runtime import values as V
from wlinterp.runtime.state import Runtime

OPTION_MODES: dict[int, tuple[tuple[str, ...], Mode]] = {
    0: (("emailOptionDefault", "emailOptionDéfaut"), Mode.PLAIN),
    1: (("emailOptionSecuredTLS", "emailOptionSécuriséTLS"), Mode.STARTTLS),
    2: (("emailOptionSSL", "emailOptionSSL", "OptionSSL"), Mode.SSL),
    3: (("emailProtocolSMTPS", "emailProtocoleSMTPS"), Mode.STARTTLS),
}
"""THE table from WLanguage option constants to connection protection (one place to fix).

Value -> (names: English, French, aliases; mode). emailOptionSecuredTLS is used with
port 587 in the help example -> STARTTLS (required). The emailSMTPSession page describes
emailProtocolSMTPS as "initial connection unencrypted, then STARTTLS" -> STARTTLS too,
despite its name. emailOptionSSL ("OptionSSL" on the EmailStartSMTPSession page) is the
"SSL" session used by Gmail/Orange/Free on 465 -> implicit TLS. Numeric values and the
French spellings are unverified (docs/email.md)."""


def mail_sessions() -> Any:
    """The network half, loaded on first use."""
    from wlinterp.mail import sessions
    return sessions


def smtp_state(rt: Runtime) -> Any:
    return mail_sessions().state_of(rt)


def session_key(arg: object, fname: str) -> tuple[Hashable, str]:
    """A session is named by its user name string, or is an emailSMTPSession variable
    (stdlib/email_reading.py names POP3 sessions the same way)."""
    if isinstance(arg, SMTPSessionVariable):
        return ("var", arg.handle), arg.name or f"{arg.wl_type_name} #{arg.handle}"
    if isinstance(arg, (str, int, float, Decimal)) and not isinstance(arg, bool):
        name = V.to_str(arg)
        return ("user", name), name
    raise WLRuntimeError(f"{fname}: the session must be a user name or an emailSMTPSession "
                         f"variable, not a value of type {V.type_name(arg)}.")


def started_session(state: Any, key: Hashable, label: str, fname: str) -> Any:
    """THE lookup of a session by key in an SMTP or a reading state (they keep the same
    three tables): the open session; a failure when its start failed; fatal once closed;
    None when the name was never started (the caller names the function to start it)."""
    session = state.sessions.get(key)
    if session is not None:
        return session
    if key in state.failed_starts:
        raise BuiltinFailure(f"{fname}: the e-mail session '{label}' is not open: starting "
                             f"it failed ({state.failed_starts[key]})")
    if key in state.closed:
        raise WLRuntimeError(f"{fname}: the e-mail session '{label}' was closed by "
                             "EmailCloseSession.")
    return None


def find_session(rt: Runtime, arg: object, fname: str) -> Any:
    """The open SMTP session `arg` names; fatal if it was never started or was closed."""
    key, label = session_key(arg, fname)
    session = started_session(smtp_state(rt), key, label, fname)
    if session is None:
        raise WLRuntimeError(f"{fname}: no e-mail session '{label}' is open; start it "
                             "first with EmailStartSMTPSession.")
    return session


def mode_of(option: object, fname: str, protocol: str = "SMTP") -> Mode:
    """The TLS mode an option constant asks of a `protocol` session (its name in the
    error: a POP3 session's wrong option was said to be no SMTP option)."""
    value = V.to_int(option)
    entry = OPTION_MODES.get(value)
    if entry is None:
        names = ", ".join(names[0] for names, _ in OPTION_MODES.values())
        article = "a" if protocol == "POP3" else "an"  # an SMTP, an IMAP
        raise WLRuntimeError(f"{fname}: {value} is not {article} {protocol} session option "
                             f"(expected one of {names}).")
    return entry[1]


def port_of(port: object, mode: Mode, fname: str) -> int:
    value = V.to_int(port)
    if value == 0:
        return STANDARD_PORTS[mode]
    if not 0 < value <= 65535:
        raise WLRuntimeError(f"{fname}: {value} is not a port number (1 to 65535).")
    return value


def checked_server(failed_starts: dict[Hashable, str], key: Hashable, server: str,
                   protocol: str, fname: str) -> str:
    """The server's name, stripped, or the function's failure (noted as the session's
    failed start): no name, or a user and password written into it (security.py). An
    IPv6 address may be written in brackets, as in a URL (`[::1]`: it was looked up as a
    host name and failed, shown "[[::1]]:25")."""
    from wlinterp.host_names import unbracketed
    from wlinterp.mail.security import credentials_in_name
    host = unbracketed(server.strip())
    words = credentials_in_name(host) if host else f"no {protocol} server address was given"
    if words:
        failed_starts[key] = words
        raise BuiltinFailure(f"{fname}: {words}.")
    return host


def open_smtp(rt: Runtime, key: Hashable, label: str, *, server: str, port: object,
          option: object, user: str, password: str, asynchronous: object,
          fname: str, token: str = "") -> bool:
    """Validate parameters (fatal on misuse), then open the session (False on failure)."""
    mode = mode_of(option, fname)
    port_number = port_of(port, mode, fname)
    is_async = V.to_bool(asynchronous)
    state = smtp_state(rt)
    host = checked_server(state.failed_starts, key, server, "SMTP", fname)
    sessions = mail_sessions()
    try:
        sessions.open_session(state, key, label, host=host, port=port_number,
                              mode=mode, user=user, password=password,
                              asynchronous=is_async, token=token)
    except sessions.MailError as err:
        raise BuiltinFailure(err.message, err.code or 1) from None
    return True


def open_variable(rt: Runtime, var: SMTPSessionVariable, fname: str) -> bool:
    key, label = session_key(var, fname)
    if var.auth_token == NO_TOKEN:
        raise BuiltinFailure(f"{fname}: the session's AuthToken holds no token (did "
                             "AuthIdentify fail?); nothing was sent, the password was not "
                             "tried instead.")
    return open_smtp(rt, key, label, server=var.server, port=var.port, option=var.option,
                 user=var.name, password=var.password, asynchronous=var.asynchronous,
                 fname=fname, token=var.auth_token)
