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
stdlib/email_source.py; how a session is named, found and opened, stdlib/email_sessions.py.

Decisions on points the help leaves open are listed in docs/email.md.
"""
from __future__ import annotations

import math
from decimal import Decimal
from typing import Any

from wlinterp.runtime import values as V
from wlinterp.errors import BuiltinFailure, WLRuntimeError
from wlinterp.mail.attachment import EmailAttachment
from wlinterp.mail.objects import EmailVariable, _EmailBase, email_structure
from wlinterp.mail.session_objects import NO_TOKEN, SMTPSessionVariable
from wlinterp.registry import Family
from wlinterp.runtime.state import Runtime

from .timeouts import bounded
from .email_sessions import (OPTION_MODES, find_session, mail_sessions, open_smtp,
                             open_variable, session_key, smtp_state)
from wlinterp.digits import ascii_digits

family = Family("Email")

# ---------------------------------------------------------------- constants

# the option constants, from THE table of what each asks (email_sessions.py)
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
# "Type of confidentiality: confidential email", for the Email structure and Email
# variables (?3032138): Email.Confidentiality, the Sensitivity header (wlinterp/mail/
# message.py SENSITIVITY_HEADERS). The member's name, the French name and the value (3,
# MAPI's SENSITIVITY_COMPANY_CONFIDENTIAL) are INFERRED (docs/email.md).
family.constant("emailCompanyConfidential", "emailConfidentielEntreprise", 3)

DEFAULT_PORT = 25
"""EmailStartSMTPSession's port when omitted (help: "25 by default")."""

# ---------------------------------------------------------------- variables and types

def _email_variable(rt: Any = None) -> EmailVariable:
    return EmailVariable()


def _smtp_session_variable(rt: Any = None) -> SMTPSessionVariable:
    return SMTPSessionVariable()


family.variable("Email", "Email", email_structure)
family.type("Email", "Email", _email_variable)
family.type("emailSMTPSession", "emailSessionSMTP", _smtp_session_variable)
family.type("emailAttach", "emailAttache", lambda rt: EmailAttachment())


# ---------------------------------------------------------------- helpers

def _is_port(value: object) -> bool:
    """Tells `(user, server, port...)` from `(user, password, server...)`: the third
    parameter is a port when it is a number (or a string of digits, which cannot be a
    server address)."""
    if isinstance(value, bool):
        return False
    if isinstance(value, (int, float, Decimal)):
        return True
    return isinstance(value, str) and ascii_digits(value.strip())


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
        return open_variable(rt, user, fname)
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
    return open_smtp(rt, key, label, server=V.to_str(server), port=port, option=option,
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
        if session.auth_token == NO_TOKEN:  # AuthIdentify failed: no password instead
            raise BuiltinFailure(f"{fname}: the session's AuthToken holds no token (did "
                                 "AuthIdentify fail?); nothing was sent, the password was "
                                 "not tried instead.")
        from .email_reading import start_reading
        return start_reading(rt, session.protocol, session, session.password, session.server,
                             session.port, session.option, fname)
    if isinstance(session, SMTPSessionVariable) and not rest:
        return open_variable(rt, session, fname)
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
    return open_smtp(rt, key, label, server=V.to_str(smtp_server), port=smtp_port, option=0,
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
    state = smtp_state(rt)
    if key in state.sessions:
        queued = "queued " if state.sessions[key].asynchronous else ""
        reports = state.close(key)
        if reports:  # (a synchronous session's: a message said sent found in doubt)
            failures.append(f"{len(reports)} {queued}message(s) of the e-mail session "
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
    target = find_session(rt, session, fname)
    if message is None:
        email = rt.variable("Email", email_structure)
    elif isinstance(message, _EmailBase):
        email = message
    else:
        raise WLRuntimeError(f"{fname}: the second parameter must be an Email variable, "
                             f"not a value of type {V.type_name(message)}.")
    from wlinterp.mail.message import prepare
    return submit(email, target, lambda: prepare(email.outgoing(), target.smtputf8), fname)


def submit(email: _EmailBase, target: Any, make: Any, fname: str) -> bool:
    """Build the message with `make()` (a refusal: False with ErrorInfo and no
    identifier), give `email` its identifier, then send it or queue it on `target`.
    The message's Error member holds why it failed, "" once sent or queued (?3032029:
    "Email.Error: character string containing the error message"; INFERRED: which
    failures fill it, docs/email.md "Errors")."""
    from wlinterp.mail.security import MessageError
    email.texts["error"] = ""
    try:
        prepared = make()
    except MessageError as err:
        email.set_identifier("")
        email.texts["error"] = str(err)
        raise BuiltinFailure(f"{fname}: {err}") from None
    email.set_identifier(prepared.message_id)
    try:
        email.set_identifier(target.submit(prepared))  # a message sent again: its own id
    except mail_sessions().MailError as err:
        email.set_identifier(err.status_id or prepared.message_id)
        email.texts["error"] = err.message
        raise BuiltinFailure(err.message, err.code or 1) from None
    return True


@family.function("EmailStatus", "EmailEtat", can_fail=True)
def email_status(rt: Runtime, identifier: object) -> int:
    """emailSent, emailPending or emailError for a message id (Email.MailIdentifier);
    with emailError, ErrorInfo tells why."""
    msg_id = V.to_str(identifier)
    sessions = mail_sessions()
    table = smtp_state(rt).statuses
    record = table.get(msg_id)
    if record is None:
        raise BuiltinFailure(f"EmailStatus: no message sent in this run has the identifier "
                             f"'{msg_id}' (the statuses of the {table.kept:,} most recent "
                             "finished sends are kept).", value=EMAIL_ERROR)
    if record.status is sessions.Status.SENT:
        return EMAIL_SENT
    if record.status is sessions.Status.PENDING:
        return EMAIL_PENDING
    raise BuiltinFailure(record.error, value=EMAIL_ERROR)


@family.function("EmailReset", "EmailRAZ")
def email_reset(rt: Runtime) -> None:
    """Empty every member of the global Email structure."""
    rt.variable("Email", email_structure).reset()


# ---------------------------------------------------------------- settings

def _seconds(value: object, fname: str) -> float:
    """Seconds from a number of seconds, a Duration (`90 s`, a Duration variable) or a
    readable duration ("10 s", "2 min", "1 min 30 s", "500 ms"): the three forms of
    ?3032001. A Duration was read as its milliseconds (EmailSetTimeOut(90 s) waited 25
    hours) and "1 min 30 s" as 1 s."""
    from wlinterp.runtime.durations import WLDuration
    if isinstance(value, WLDuration):
        seconds = value.ms / 1000
    elif isinstance(value, str) and value.strip() and not ascii_digits(value.strip()):
        from wlinterp.runtime.datetimes import to_duration
        try:
            seconds = to_duration(value).ms / 1000
        except WLRuntimeError:
            raise WLRuntimeError(f"{fname}: '{value}' is not a duration (e.g. 10, \"10 s\", "
                                 "\"2 min\", \"1 min 30 s\", \"500 ms\").") from None
    else:
        seconds = float(V.to_num(value))
    if not seconds > 0:  # (NaN too)
        shown = "Null" if value is None else f'"{value}"' if isinstance(value, str) else value
        raise WLRuntimeError(f"{fname}: the timeout must be positive, not {shown}.")
    return bounded(seconds)  # (a longer wait overflowed the system's)


@family.function("EmailSetTimeOut", "EmailChangeTimeOut")
def email_set_timeout(rt: Runtime, timeout: object) -> None:
    """Set the time allowed for each wait on an e-mail server (default 10 minutes)."""
    smtp_state(rt).timeout = _seconds(timeout, "EmailSetTimeOut")


@family.function("EmailGetTimeOut", "EmailLitTimeOut")
def email_get_timeout(rt: Runtime) -> int:
    """The current e-mail timeout in whole seconds: the help (?3032011) gives an integer.
    A fraction (1.5, "500 ms") is kept for the waits but read rounded up, so a positive
    timeout never reads as 0 (decided, docs/email.md)."""
    return math.ceil(smtp_state(rt).timeout)


@family.function("EmailConfigure", "EmailParamètre")
def email_configure(rt: Runtime, parameter: object, value: object = None) -> bool:
    """Accepted for compatibility (e.g. EmailConfigure(emailParameterMode, 1)); wlinterp
    has a single, portable e-mail implementation, so there is nothing to switch. The
    French name EmailParamètre is INFERRED (docs/builtins.md, "Email: EmailSend and the
    last names")."""
    return True
