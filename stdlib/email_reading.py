"""Email family, reading: POP3 sessions and the functions that read, count, measure and
delete messages, on a POP3 session or an IMAP one (stdlib/email_folders.py).
EmailStartPOP3Session ?3032022, EmailGetAll ?1000018727, the read functions named on the
email constants' page ?3032138; the rest INFERRED (docs/builtins.md "Email: sources and
reading").

Error convention, as for sending (stdlib/email.py): a network, TLS, login or server
failure returns False (or an empty result) with ErrorInfo naming the server, the step
and its reply; misuse (a session that was never started, reading on an SMTP session,
an unknown option) is a fatal WLanguage error. Reading past the last message is not an
error: the read returns False and sets Email.Out (Email.EnDehors), the loop condition
of WINDEV's classic `WHILE NOT Email.Out` reading loop; a failed read sets it too, so
such a loop cannot spin on a broken connection.
"""
from __future__ import annotations

from decimal import Decimal
from typing import Any, Callable, Hashable

from wlinterp.errors import BuiltinFailure, WLRuntimeError
from wlinterp.host_names import host_port
from wlinterp.mail.objects import EmailVariable, _EmailBase, email_structure
from wlinterp.mail.session_objects import (POP3SessionVariable, ReadingSessionVariable,
                                           SMTPSessionVariable)
from wlinterp.registry import Family
from wlinterp.runtime import values as V
from wlinterp.runtime.containers import WLArray
from wlinterp.runtime.state import Runtime
from wlinterp.runtime.types import VARIANT

from .email_sessions import checked_server, session_key, started_session

family = Family("Email (reading)")


def _pop3_session_variable(rt: Any = None) -> POP3SessionVariable:
    return POP3SessionVariable()


# emailPOPSession / emailSessionPOP too, as aliases (UNVERIFIED: the POP3 type's page is
# not stored, so which spelling WINDEV uses is not known; both are understood).
family.type("emailPOP3Session", "emailSessionPOP3", _pop3_session_variable,
            "emailPOPSession", "emailSessionPOP")

EMAIL_ALL = family.constant("emailAll", "emailTout", 0)
EMAIL_UNREAD = family.constant("emailUnread", "emailNonLu", 1)
ERT_FULL = family.constant("ertFull", "ertComplet", 0)
ERT_ASYNCHRONOUS = family.constant("ertAsynchronous", "ertAsynchrone", 1)
ERT_NOT_READ = family.constant("ertNotRead", "ertNonLu", 2)


def _reading() -> Any:
    """The network half, loaded on first use (poplib, imaplib, ssl)."""
    from wlinterp.mail import reading
    return reading


def _sessions(rt: Runtime) -> Any:
    """The run's table of reading sessions (mail/read_state.py), loaded on first use."""
    from wlinterp.mail.read_state import reading_state
    return reading_state(rt)


def _smtp_is_open(rt: Runtime, key: Hashable) -> bool:
    state = rt.state.get("email")
    return state is not None and key in state.sessions


def failing_with(value: object, call: Callable[[], Any]) -> Any:
    """`call()`, whose non-fatal failure returns `value` (an empty array, "") rather than
    False: a failed call still gives the type the function returns, so a script's
    `ArrayCount(EmailGetAll(s))` after a failed start is 0, not a fatal error."""
    try:
        return call()
    except BuiltinFailure as err:
        raise BuiltinFailure(err.message, err.code, value=value) from None


def reading_session(rt: Runtime, arg: object, fname: str) -> Any:
    """The open POP3 or IMAP session `arg` names; fatal when there is none."""
    key, label = session_key(arg, fname)
    session = started_session(_sessions(rt), key, label, fname)
    if session is not None:
        return session
    if _smtp_is_open(rt, key):
        raise WLRuntimeError(
            f"{fname}: the e-mail session '{label}' was started with EmailStartSMTPSession, "
            "which can only send e-mails; reading needs EmailStartPOP3Session or "
            "EmailStartIMAPSession.")
    raise WLRuntimeError(f"{fname}: no e-mail session '{label}' is open for reading; start "
                         "it first with EmailStartPOP3Session or EmailStartIMAPSession.")


def start_reading(rt: Runtime, protocol: str, user: object, password: object,
                  server: object, port: object, option: object, fname: str) -> bool:
    """Open (or reopen) a POP3 or IMAP session named by `user`; False with ErrorInfo on
    failure."""
    from .email_sessions import mail_sessions, mode_of
    mode = mode_of(option, fname, protocol.upper())
    from wlinterp.mail import pop3
    reading = _reading()
    kind: Any = pop3.POP3Session
    ports = pop3.DEFAULT_POP3_PORTS
    if protocol == "imap":
        from wlinterp.mail import imap
        kind, ports = imap.IMAPSession, imap.DEFAULT_IMAP_PORTS
    number = V.to_int(port) or ports[mode]
    if not 0 < number <= 65535:
        raise WLRuntimeError(f"{fname}: {number} is not a port number (1 to 65535).")
    key, label = session_key(user, fname)
    state = _sessions(rt)
    if key in state.sessions:  # reopening a name ends the old session first, as for SMTP
        state.end(key, f"when {fname} reopened its name")
    state.failed_starts.pop(key, None)
    state.closed.discard(key)
    host = checked_server(state.failed_starts, key, V.to_str(server), protocol.upper(), fname)
    mail = mail_sessions().state_of(rt)
    secret_text = V.to_str(password)
    from wlinterp.mail.security import BearerToken, Secret
    login = user.name if isinstance(user, SMTPSessionVariable) else label
    token = user.auth_token if isinstance(user, SMTPSessionVariable) else ""
    from wlinterp.tls_contexts import CAFileError
    try:
        context = mail.ssl_context(mail.options.ca_file)
    except CAFileError as exc:  # said as SMTP says it (mail/sessions.py open_session)
        failure = reading.ReadError(host_port(host, number), "loading the CA file",
                                    exc.message, protocol.upper())
        state.failed_starts[key] = failure.message
        raise BuiltinFailure(failure.message) from None
    session = kind(label, host, number, mode, login,
                   BearerToken(token) if token else Secret(secret_text) if secret_text
                   else None, context, mail.timeout,
                   mail.options.allow_cleartext_auth, mail.options, lambda: mail.timeout)
    try:
        session.open()
    except reading.ReadError as err:
        state.failed_starts[key] = err.message
        raise BuiltinFailure(err.message) from None
    state.sessions[key] = session
    if isinstance(user, ReadingSessionVariable):  # `FOR EACH m OF s` (?3032031)
        user.messages = lambda: _each_message(rt, user)
    return True


def _each_message(rt: Runtime, variable: object) -> Any:
    """`FOR EACH m OF session` (?3032031): each message not deleted, oldest first, read
    whole into a new Email variable, as EmailReadFirst/EmailReadNext go. A read that
    fails stops the loop with a fatal error (a statement has no result to report it
    through; INFERRED)."""
    session = reading_session(rt, variable, "FOR EACH")
    number = _step(session, "first", False)
    while number:
        email = EmailVariable()
        try:
            _read_into(rt, session, number, email, False)
        except BuiltinFailure as err:
            raise WLRuntimeError(f"FOR EACH: {err.message}") from None
        yield email
        number = _step(session, "next", False)


@family.function("EmailStartPOP3Session", "EmailOuvreSessionPOP3", can_fail=True, overloads=(
    "user, password, server, port:number?, option:number?",))
def email_start_pop3_session(rt: Runtime, user: object, password: object, server: object,
                             port: object = 0, option: object = 0) -> bool:
    """EmailStartPOP3Session(user, password, server [, port [, option]]): True when the
    session started (port 110 by default, 995 with optionSSL)."""
    return start_reading(rt, "pop3", user, password, server, port, option,
                         "EmailStartPOP3Session")


# ---------------------------------------------------------------- reading

def _target(rt: Runtime, rest: tuple[object, ...], fname: str) -> tuple[_EmailBase, int]:
    """The Email variable given (else the Email structure) and the option given."""
    email: _EmailBase | None = None
    option = EMAIL_ALL
    for arg in rest:
        if isinstance(arg, _EmailBase):
            email = arg
        elif isinstance(arg, (int, float, bool, Decimal)):
            option = V.to_int(arg)
        else:
            raise WLRuntimeError(f"{fname}: expected an Email variable or an option "
                                 f"(emailAll, emailUnread), not a value of type "
                                 f"{V.type_name(arg)}.")
    if option not in (EMAIL_ALL, EMAIL_UNREAD):
        raise WLRuntimeError(f"{fname}: {option} is not a read option (emailAll, "
                             "emailUnread).")
    return (email or rt.variable("Email", email_structure)), option


def _failed(email: _EmailBase, message: str, fname: str = "") -> None:
    """A read that failed: the message emptied, Out True (a `WHILE NOT Email.Out` loop
    ends) and Error why, without the function's name (?3032029: "Email.Error: character
    string containing the error message"; INFERRED: reads fill it as sends do)."""
    email.reset()
    email.out = True
    email.texts["error"] = message.removeprefix(f"{fname}: ") if fname else message


def _session_for(rt: Runtime, session: object, email: _EmailBase, fname: str) -> Any:
    """The session a read uses; when its start had failed, the read fails too and sets
    Out, so a `WHILE NOT Email.Out` loop ends."""
    try:
        return reading_session(rt, session, fname)
    except BuiltinFailure as failure:
        _failed(email, failure.message, fname)
        raise


def _read_into(rt: Runtime, session: Any, number: int, email: _EmailBase,
               headers_only: bool) -> bool:
    """Read message `number` into `email`; Out and False when it does not exist."""
    from wlinterp.mail.received import fill_email
    if not session.exists(number):
        email.reset()
        email.out = True
        return False
    try:
        data = session.fetch(number, headers_only)
    except _reading().ReadError as err:
        _failed(email, err.message)
        raise BuiltinFailure(err.message) from None
    fill_email(email, data, headers_only=headers_only, identifier=session.identifier(number),
               note=rt.write_err)
    session.current = number
    return True


def _step(session: Any, where: str, unread_only: bool) -> int:
    """The number of the message to read: first, next, previous or last not deleted (and
    not read, with emailUnread)."""
    total = session.total
    if where in ("first", "last"):
        numbers = range(1, total + 1) if where == "first" else range(total, 0, -1)
    elif where == "next":
        numbers = range(session.current + 1, total + 1)
    else:
        numbers = range(session.current - 1, 0, -1)
    return next((n for n in numbers if session.exists(n)
                 and (not unread_only or session.is_unread(n))), 0)


def _reader(en: str, fr: str, where: str, headers_only: bool) -> None:
    def read(rt: Runtime, session: object, *rest: object) -> bool:
        email, option = _target(rt, rest, en)
        target = _session_for(rt, session, email, en)
        number = _step(target, where, option == EMAIL_UNREAD)
        if where == "previous" and number == 0:
            target.current = 0
        elif number == 0:
            target.current = target.total + 1
        return _read_into(rt, target, number, email, headers_only)

    read.__name__ = en
    read.__doc__ = (f"{en}(session [, Email variable] [, emailAll/emailUnread]): read the "
                    f"{where} message{' header' if headers_only else ''} into the Email "
                    "structure (or the variable); False and Email.Out when there is none.")
    family.function(en, fr, can_fail=True)(read)


for _en, _fr, _where, _headers in (
        ("EmailReadFirst", "EmailLitPremier", "first", False),
        ("EmailReadNext", "EmailLitSuivant", "next", False),
        ("EmailReadPrevious", "EmailLitPrécédent", "previous", False),
        ("EmailReadLast", "EmailLitDernier", "last", False),
        ("EmailReadFirstHeader", "EmailLitEntêtePremier", "first", True),
        ("EmailReadNextHeader", "EmailLitEntêteSuivant", "next", True),
        ("EmailReadPreviousHeader", "EmailLitEntêtePrécédent", "previous", True),
        ("EmailReadLastHeader", "EmailLitEntêteDernier", "last", True)):
    _reader(_en, _fr, _where, _headers)


def _number(session: Any, number: object, fname: str) -> int:
    """A message number given, else the message last read (fatal if none was)."""
    if number is None:
        if not 1 <= session.current <= session.total:
            raise WLRuntimeError(f"{fname}: no message was read in this session; give "
                                 "the message's number.")
        return session.current
    return V.to_int(number)


@family.function("EmailReadMessage", "EmailLitMessage", can_fail=True)
def email_read_message(rt: Runtime, session: object, number: object,
                       email: object = None) -> bool:
    """Read message `number` (1 = the oldest) into the Email structure or variable."""
    return _read_number(rt, session, number, email, False, "EmailReadMessage")


@family.function("EmailReadMessageHeader", "EmailLitEntêteMessage", can_fail=True)
def email_read_message_header(rt: Runtime, session: object, number: object,
                              email: object = None) -> bool:
    """Read the header of message `number` only (TOP n 0)."""
    return _read_number(rt, session, number, email, True, "EmailReadMessageHeader")


def _read_number(rt: Runtime, session: object, number: object, email: object,
                 headers_only: bool, fname: str) -> bool:
    into, _ = _target(rt, () if email is None else (email,), fname)
    target = _session_for(rt, session, into, fname)
    n = V.to_int(number)
    if not target.exists(n):
        why = (f"there is no message {n} in the session '{target.label}' "
               f"({target.count()} message(s)).")
        _failed(into, why)
        raise BuiltinFailure(f"{fname}: {why}")
    return _read_into(rt, target, n, into, headers_only)


@family.function("EmailDeleteMessage", "EmailSupprimeMessage", can_fail=True)
def email_delete_message(rt: Runtime, session: object, number: object = None) -> bool:
    """Delete the message last read (or message `number`); the server removes it when
    the session (IMAP: the folder) is closed. Email.Out is then True (?3032027)."""
    target = reading_session(rt, session, "EmailDeleteMessage")
    n = _number(target, number, "EmailDeleteMessage")
    if not target.exists(n):
        raise BuiltinFailure(f"EmailDeleteMessage: there is no message {n} in the session "
                             f"'{target.label}' (or it was already deleted).")
    try:
        target.delete(n)
    except _reading().ReadError as err:
        raise BuiltinFailure(err.message) from None
    rt.variable("Email", email_structure).out = True  # VERIFIED ?3032027
    return True


@family.function("EmailNbMessage", "EmailNbMessage", can_fail=True)
def email_nb_message(rt: Runtime, session: object, option: object = EMAIL_ALL) -> int:
    """The number of messages of the session or IMAP folder, those deleted in it
    included until the server removes them (?3032024); with emailUnread, those not read
    (every one on POP3)."""
    target = reading_session(rt, session, "EmailNbMessage")
    return int(target.count(V.to_int(option) == EMAIL_UNREAD))


@family.function("EmailMessageLength", "EmailTailleMessage", can_fail=True)
def email_message_length(rt: Runtime, session: object, number: object = None) -> int:
    """The size in bytes of the message last read (or of message `number`)."""
    target = reading_session(rt, session, "EmailMessageLength")
    n = _number(target, number, "EmailMessageLength")
    if not target.exists(n):
        raise BuiltinFailure(f"EmailMessageLength: there is no message {n} in the session "
                             f"'{target.label}'.", value=0)
    return int(target.size(n))


@family.function("EmailGetAll", "EmailRécupèreTout", can_fail=True)
def email_get_all(rt: Runtime, session: object, options: object = ERT_FULL) -> WLArray:
    """Every message of the session (IMAP: of the current folder), read in full, as an
    array of Email variables (oldest first); with ertNotRead, those not read (IMAP only:
    POP3 does not know what was read). ertAsynchronous reads them at once too. A failure
    (the session's start, one read) returns an empty array with ErrorInfo."""
    return failing_with(WLArray(VARIANT, []), lambda: _get_all(rt, session, V.to_int(options)))


def _get_all(rt: Runtime, session: object, flags: int) -> WLArray:
    target = reading_session(rt, session, "EmailGetAll")
    result = WLArray(VARIANT, [])
    unread_only = bool(flags & ERT_NOT_READ)
    if unread_only and not hasattr(target, "folders"):
        raise BuiltinFailure("EmailGetAll: ertNotRead needs an IMAP session; a POP3 server "
                             "does not know which messages were read.")
    for n in range(1, target.total + 1):
        if target.exists(n) and (not unread_only or target.is_unread(n)):
            email = EmailVariable()
            _read_into(rt, target, n, email, False)
            result.items.append(email)
    return result


def close_reading(rt: Runtime, key: Hashable) -> bool | None:
    """EmailCloseSession's reading half: None when `key` never named a POP3/IMAP session,
    True once closed (or when it was closed already); BuiltinFailure when its start had
    failed, or the server did not take the QUIT/LOGOUT."""
    state = rt.state.get("email_read")
    if state is None:
        return None
    if key in state.failed_starts and key not in state.sessions:
        raise BuiltinFailure(f"EmailCloseSession: the e-mail session is not open: starting "
                             f"it failed ({state.failed_starts[key]})")
    if key not in state.sessions:
        return True if key in state.closed else None
    state.closed.add(key)
    try:
        state.sessions.pop(key).close()
    except _reading().ReadError as err:
        raise BuiltinFailure(err.message) from None
    return True

