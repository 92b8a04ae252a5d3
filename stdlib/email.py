"""Email family: SMTP sessions, sending the Email structure or Email variables, status.

Built on wlinterp.mail (imported lazily: only scripts that use e-mail pay for smtplib
and ssl). Error semantics follow the help page of EmailStartSMTPSession:

* every network, TLS, authentication or SMTP-reply failure: the function returns False,
  ErrorOccurred is True, ErrorInfo(errMessage) names the server, the step and the
  server's reply;
* misuse — an unknown session name, a wrong number or kind of parameters, an unknown
  option constant — is a fatal WLanguage error;
* reading mail on an SMTP session is the fatal error the help describes.

Reading (POP3) is stdlib/email_reading.py; message sources and attachments are
stdlib/email_source.py.

Decisions on points the help leaves open are listed in docs/email.md.
"""
from __future__ import annotations

from decimal import Decimal
from typing import Any, Hashable

from wlinterp.runtime import values as V
from wlinterp.errors import BuiltinFailure, WLRuntimeError
from wlinterp.mail.modes import STANDARD_PORTS, Mode
from wlinterp.mail.objects import (EmailStructure, EmailVariable, SMTPSessionVariable,
                                   _EmailBase)
from wlinterp.registry import Family
from wlinterp.runtime.state import Runtime

family = Family("Email")

# ---------------------------------------------------------------- constants

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

for _value, (_names, _mode) in OPTION_MODES.items():
    family.constant(_names[0], _names[1], _value, *_names[2:])

EMAIL_SYNCHRONOUS = family.constant("emailSynchronous", "emailSynchrone", 0)
EMAIL_ASYNCHRONOUS = family.constant("emailAsynchronous", "emailAsynchrone", 1)
EMAIL_SENT = family.constant("emailSent", "emailEnvoyé", 1)
EMAIL_PENDING = family.constant("emailPending", "emailEnAttente", 2)
EMAIL_ERROR = family.constant("emailError", "emailErreur", 3)
EMAIL_PARAMETER_MODE = family.constant("emailParameterMode", "emailParamètreMode", 1)
family.constant("emailOptionEncodeHeader", "emailOptionEncodeEntête", 1)
# Email.Priority (?3032138 names emailHighPriority and emailLowPriority; the normal one
# and the French names INFERRED; values ours: wlinterp/mail/message.py PRIORITY_HEADERS)
family.constant("emailNormalPriority", "emailPrioritéNormale", 0)
family.constant("emailHighPriority", "emailPrioritéHaute", 1)
family.constant("emailLowPriority", "emailPrioritéBasse", 2)

DEFAULT_PORT = 25
"""EmailStartSMTPSession's port when omitted (help: "25 by default")."""

# ---------------------------------------------------------------- variables and types

def _email_structure(rt: Any = None) -> EmailStructure:
    return EmailStructure()


def _email_variable(rt: Any = None) -> EmailVariable:
    return EmailVariable()


def _smtp_session_variable(rt: Any = None) -> SMTPSessionVariable:
    return SMTPSessionVariable()


family.variable("Email", "Email", _email_structure)
family.type("Email", "Email", _email_variable)
family.type("emailSMTPSession", "emailSessionSMTP", _smtp_session_variable)


# ---------------------------------------------------------------- helpers

def _mail() -> Any:
    """The network half, loaded on first use."""
    from wlinterp.mail import sessions
    return sessions


def _state(rt: Runtime) -> Any:
    return _mail().state_of(rt)


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


def _find_session(rt: Runtime, arg: object, fname: str) -> Any:
    """The open SMTP session `arg` names; fatal if it was never started or was closed."""
    key, label = session_key(arg, fname)
    session = started_session(_state(rt), key, label, fname)
    if session is None:
        raise WLRuntimeError(f"{fname}: no e-mail session '{label}' is open; start it "
                             "first with EmailStartSMTPSession.")
    return session


def _is_port(value: object) -> bool:
    """Tells `(user, server, port...)` from `(user, password, server...)`: the third
    parameter is a port when it is a number (or a string of digits, which cannot be a
    server address)."""
    if isinstance(value, bool):
        return False
    if isinstance(value, (int, float, Decimal)):
        return True
    return isinstance(value, str) and value.strip().isdigit()


def _mode_of(option: object, fname: str) -> Mode:
    value = V.to_int(option)
    entry = OPTION_MODES.get(value)
    if entry is None:
        names = ", ".join(names[0] for names, _ in OPTION_MODES.values())
        raise WLRuntimeError(f"{fname}: {value} is not an SMTP session option "
                             f"(expected one of {names}).")
    return entry[1]


def _port_of(port: object, mode: Mode, fname: str) -> int:
    value = V.to_int(port)
    if value == 0:
        return STANDARD_PORTS[mode]
    if not 0 < value <= 65535:
        raise WLRuntimeError(f"{fname}: {value} is not a port number (1 to 65535).")
    return value


def _open(rt: Runtime, key: Hashable, label: str, *, server: str, port: object,
          option: object, user: str, password: str, asynchronous: object,
          fname: str) -> bool:
    """Validate parameters (fatal on misuse), then open the session (False on failure)."""
    mode = _mode_of(option, fname)
    port_number = _port_of(port, mode, fname)
    is_async = V.to_bool(asynchronous)
    state = _state(rt)
    if not server.strip():
        state.failed_starts[key] = "no SMTP server address was given"
        raise BuiltinFailure(f"{fname}: no SMTP server address was given.")
    sessions = _mail()
    try:
        sessions.open_session(state, key, label, host=server.strip(), port=port_number,
                              mode=mode, user=user, password=password,
                              asynchronous=is_async)
    except sessions.MailError as err:
        raise BuiltinFailure(err.message, err.code or 1) from None
    return True


def _open_variable(rt: Runtime, var: SMTPSessionVariable, fname: str) -> bool:
    key, label = session_key(var, fname)
    return _open(rt, key, label, server=var.server, port=var.port, option=var.option,
                 user=var.name, password=var.password, asynchronous=var.asynchronous,
                 fname=fname)


# ---------------------------------------------------------------- sessions

@family.function("EmailStartSMTPSession", "EmailOuvreSessionSMTP", can_fail=True, overloads=(
    "user, password, server, port:number?, asynchronous:boolean?, option:number?",
    "user, server, port:number?, asynchronous:boolean?, option:number?",
    "session:variable"))
def email_start_smtp_session(rt: Runtime, user: object, *rest: object) -> bool:
    """EmailStartSMTPSession(user [, password], server [, port [, async [, option]]]),
    or EmailStartSMTPSession(<emailSMTPSession variable>). True if the session started;
    False with ErrorInfo otherwise. `user` names the session for later calls."""
    fname = "EmailStartSMTPSession"
    if isinstance(user, SMTPSessionVariable):
        if rest:
            raise WLRuntimeError(f"{fname}: with an emailSMTPSession variable, no other "
                                 "parameter is expected.")
        return _open_variable(rt, user, fname)
    if not rest or len(rest) > 5:
        raise WLRuntimeError(f"{fname} expects 2 to 6 parameters: user [, password], "
                             f"server [, port [, asynchronous [, option]]]; got "
                             f"{1 + len(rest)}.")
    password: object
    server: object
    tail: tuple[object, ...]
    if len(rest) == 1:
        password, server, tail = "", rest[0], ()
    elif _is_port(rest[1]):
        password, server, tail = "", rest[0], rest[1:]
    else:
        password, server, tail = rest[0], rest[1], rest[2:]
    if len(tail) > 3:
        raise WLRuntimeError(f"{fname}: too many parameters after the port "
                             "(expected port, asynchronous mode, option).")
    port, asynchronous, option = (list(tail) + [DEFAULT_PORT, False, 0][len(tail):])[:3]
    key, label = session_key(user, fname)
    return _open(rt, key, label, server=V.to_str(server), port=port, option=option,
                 user=label, password=V.to_str(password), asynchronous=asynchronous,
                 fname=fname)


@family.function("EmailStartSession", "EmailOuvreSession", can_fail=True, overloads=(
    "session:variable",
    "user, password, pop3server, smtpserver?, pop3port:number?, smtpport:number?, "
    "asynchronous:boolean?"))
def email_start_session(rt: Runtime, session: object, *rest: object) -> bool:
    """EmailStartSession(<emailSMTPSession variable>) opens an SMTP session;
    EmailStartSession(user, password, POP3 server [, SMTP server [, POP3 port [, SMTP
    port [, asynchronous]]]]) opens a POP3 session and, when an SMTP server is given, an
    SMTP session under the same name (?3032028)."""
    fname = "EmailStartSession"
    if isinstance(session, SMTPSessionVariable) and not rest and session.protocol != "smtp":
        from .email_reading import start_reading
        return start_reading(rt, session.protocol, session, session.password, session.server,
                             session.port, session.option, fname)
    if isinstance(session, SMTPSessionVariable) and not rest:
        return _open_variable(rt, session, fname)
    if isinstance(session, SMTPSessionVariable) or not 2 <= len(rest) <= 6:
        raise WLRuntimeError(f"{fname} expects an emailSMTPSession variable, or user, "
                             "password, POP3 server [, SMTP server [, POP3 port [, SMTP "
                             "port [, asynchronous]]]].")
    from .email_reading import start_reading
    password, pop3_server, smtp_server, pop3_port, smtp_port, asynchronous = (
        list(rest) + ["", 0, DEFAULT_PORT, False][len(rest) - 2:])[:6]
    start_reading(rt, "pop3", session, password, pop3_server, pop3_port, 0, fname)
    if not V.to_str(smtp_server).strip():
        return True
    key, label = session_key(session, fname)
    # no AUTH on this SMTP half: "the SMTP authentication cannot be performed by
    # EmailStartSession" (?3032025); the password is the POP3 server's
    return _open(rt, key, label, server=V.to_str(smtp_server), port=smtp_port, option=0,
                 user=label, password="", asynchronous=asynchronous, fname=fname)


@family.function("EmailCloseSession", "EmailFermeSession", "CloseSession", "FermeSession",
                 can_fail=True)
def email_close_session(rt: Runtime, session: object) -> bool:
    """Close a session. An asynchronous session first waits for its queue; each message
    that failed is written to stderr, and the call returns False with
    ErrorInfo listing them. Closing an already closed session does nothing."""
    fname = "EmailCloseSession"
    key, label = session_key(session, fname)
    from .email_reading import close_reading
    failures: list[str] = []
    try:  # a name may hold a reading half and an SMTP half (EmailStartSession): close both
        closed_reading = close_reading(rt, key)
    except BuiltinFailure as err:
        closed_reading, failures = True, [err.message]
    state = _state(rt)
    if key in state.sessions:
        reports = state.close(key)
        if reports:
            failures.append(f"{len(reports)} queued message(s) of the e-mail session "
                            f"'{label}' failed: " + " | ".join(reports))
    elif not closed_reading and key not in state.closed:
        if key in state.failed_starts:
            raise BuiltinFailure(f"{fname}: the e-mail session '{label}' is not open: "
                                 f"starting it failed ({state.failed_starts[key]})")
        raise WLRuntimeError(f"{fname}: no e-mail session '{label}' is open.")
    if failures:
        raise BuiltinFailure("; ".join(failures))
    return True


# ---------------------------------------------------------------- sending

@family.function("EmailSendMessage", "EmailEnvoieMessage", can_fail=True)
def email_send_message(rt: Runtime, session: object, message: object = None,
                       options: object = None) -> bool:
    """EmailSendMessage(session [, Email variable [, options]]): send the global Email
    structure (or the given Email variable). Synchronous sessions send now and return
    False with ErrorInfo on failure; asynchronous sessions queue and return True (see
    EmailStatus). The message's id is stored in Email.MailIdentifier / <variable>.ID."""
    fname = "EmailSendMessage"
    target = _find_session(rt, session, fname)
    if message is None:
        email = rt.variable("Email", _email_structure)
    elif isinstance(message, _EmailBase):
        email = message
    else:
        raise WLRuntimeError(f"{fname}: the second parameter must be an Email variable, "
                             f"not a value of type {V.type_name(message)}.")
    from wlinterp.mail.message import prepare
    return submit(email, target, lambda: prepare(email.outgoing(), target.smtputf8), fname)


def submit(email: _EmailBase, target: Any, make: Any, fname: str) -> bool:
    """Build the message with `make()` (a refusal: False with ErrorInfo and no
    identifier), give `email` its identifier, then send it or queue it on `target`."""
    from wlinterp.mail.security import MessageError
    try:
        prepared = make()
    except MessageError as err:
        email.set_identifier("")
        raise BuiltinFailure(f"{fname}: {err}") from None
    email.set_identifier(prepared.message_id)
    try:
        target.submit(prepared)
    except _mail().MailError as err:
        raise BuiltinFailure(err.message, err.code or 1) from None
    return True


@family.function("EmailStatus", "EmailEtat", can_fail=True)
def email_status(rt: Runtime, identifier: object) -> int:
    """emailSent, emailPending or emailError for a message id (Email.MailIdentifier);
    with emailError, ErrorInfo tells why."""
    msg_id = V.to_str(identifier)
    sessions = _mail()
    record = _state(rt).statuses.get(msg_id)
    if record is None:
        raise BuiltinFailure(f"EmailStatus: no message sent in this run has the identifier "
                             f"'{msg_id}'.", value=EMAIL_ERROR)
    if record.status is sessions.Status.SENT:
        return EMAIL_SENT
    if record.status is sessions.Status.PENDING:
        return EMAIL_PENDING
    raise BuiltinFailure(record.error, value=EMAIL_ERROR)


@family.function("EmailReset", "EmailRAZ")
def email_reset(rt: Runtime) -> None:
    """Empty every member of the global Email structure."""
    rt.variable("Email", _email_structure).reset()


# ---------------------------------------------------------------- settings

_UNITS = {"ms": 0.001, "s": 1.0, "sec": 1.0, "min": 60.0, "mn": 60.0, "h": 3600.0}


def _seconds(value: object, fname: str) -> float:
    """Seconds from a number or a readable duration such as "10 s", "2 min", "500 ms"."""
    if isinstance(value, str) and value.strip() and not value.strip().isdigit():
        text = value.strip().lower()
        number = text.rstrip("abcdefghijklmnopqrstuvwxyz ").strip()
        unit = text[len(number):].strip()
        if unit not in _UNITS or not number:
            raise WLRuntimeError(f"{fname}: '{value}' is not a duration (e.g. 10, \"10 s\", "
                                 "\"2 min\", \"500 ms\").")
        seconds = float(V.to_num(number)) * _UNITS[unit]
    else:
        seconds = float(V.to_num(value))
    if seconds <= 0:
        raise WLRuntimeError(f"{fname}: the timeout must be positive, not {value}.")
    return seconds


@family.function("EmailSetTimeOut", "EmailChangeTimeOut")
def email_set_timeout(rt: Runtime, timeout: object) -> None:
    """Set the time allowed for each wait on an e-mail server (default 10 minutes)."""
    _state(rt).timeout = _seconds(timeout, "EmailSetTimeOut")


@family.function("EmailGetTimeOut", "EmailLitTimeOut")
def email_get_timeout(rt: Runtime) -> int | float:
    """The current e-mail timeout, in seconds."""
    seconds = _state(rt).timeout
    return int(seconds) if float(seconds).is_integer() else seconds


@family.function("EmailConfigure", "EmailParamètre")
def email_configure(rt: Runtime, parameter: object, value: object = None) -> bool:
    """Accepted for compatibility (e.g. EmailConfigure(emailParameterMode, 1)); wlinterp
    has a single, portable e-mail implementation, so there is nothing to switch. The
    French name EmailParamètre is INFERRED (docs/builtins.md, "Email: EmailSend and the
    last names")."""
    return True
