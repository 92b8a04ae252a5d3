"""Email family, IMAP: EmailStartIMAPSession (?1000019189) and the folder functions
(EmailListFolder, EmailChangeFolder, EmailCurrentFolder, EmailAddFolder, EmailDeleteFolder,
EmailCopy: INFERRED forms, no stored page; docs/builtins.md "Email: IMAP").

The read functions of stdlib/email_reading.py work on an IMAP session as on a POP3 one,
in the current folder (INBOX when the session starts); emailUnread keeps to the messages
the server has not marked read. Errors: False (or an empty result) with ErrorInfo for a
network, TLS, login or server failure; misuse is fatal, as in the rest of the family.
"""
from __future__ import annotations

from typing import Any, Callable

from wlinterp.errors import BuiltinFailure, WLRuntimeError
from wlinterp.mail.session_objects import IMAPSessionVariable
from wlinterp.registry import Family, TextArg
from wlinterp.runtime import values as V
from wlinterp.runtime.containers import WLArray
from wlinterp.runtime.state import Runtime
from wlinterp.runtime.types import STRING

from .email_reading import failing_with, reading_session, start_reading
from .strings import text_arg

family = Family("Email (IMAP)")


def _imap_session_variable(rt: Any = None) -> IMAPSessionVariable:
    return IMAPSessionVariable()


family.type("emailIMAPSession", "emailSessionIMAP", _imap_session_variable)


@family.function("EmailStartIMAPSession", "EmailOuvreSessionIMAP", can_fail=True, overloads=(
    "user, password, server, port:number?, option:number?",))
def email_start_imap_session(rt: Runtime, user: object, password: object, server: object,
                             port: object = 0, option: object = 0) -> bool:
    """EmailStartIMAPSession(user, password, server [, port [, option]]): True when the
    session started (port 143 by default, 993 with optionSSL), on the folder INBOX."""
    return start_reading(rt, "imap", user, password, server, port, option,
                         "EmailStartIMAPSession")


def _imap(rt: Runtime, session: object, fname: str) -> Any:
    """The IMAP session named; fatal when it is a POP3 one (POP3 has no folders)."""
    target = reading_session(rt, session, fname)
    if not hasattr(target, "folders"):
        raise WLRuntimeError(f"{fname}: the e-mail session '{target.label}' is a POP3 "
                             "session, which has no folders; folders need "
                             "EmailStartIMAPSession.")
    return target


def _failing(call: Callable[..., object], *args: object) -> None:
    """Run a session step; its ReadError is the non-fatal failure."""
    from wlinterp.mail.reading import ReadError
    try:
        call(*args)
    except ReadError as err:
        raise BuiltinFailure(err.message) from None


@family.function("EmailListFolder", "EmailListeDossier", can_fail=True)
def email_list_folder(rt: Runtime, session: object) -> WLArray:
    """The names of the session's folders, as an array of strings (empty on failure)."""
    def names() -> WLArray:
        target = _imap(rt, session, "EmailListFolder")
        found: list[object] = []
        _failing(lambda: found.extend(target.folders()))
        return WLArray(STRING, found)

    return failing_with(WLArray(STRING, []), names)


@family.function("EmailCurrentFolder", "EmailDossierCourant", can_fail=True)
def email_current_folder(rt: Runtime, session: object) -> str:
    """The folder the read functions work in ("" with ErrorInfo when the session's start
    failed: it was an internal error)."""
    return failing_with("", lambda: str(_imap(rt, session, "EmailCurrentFolder").folder))


@family.function("EmailChangeFolder", "EmailChangeDossier", can_fail=True)
def email_change_folder(rt: Runtime, session: object, folder: TextArg) -> bool:
    """Make `folder` the current folder (the messages deleted in the previous one go)."""
    name = text_arg(folder, "EmailChangeFolder")  # (refused before the session is read)
    _failing(_imap(rt, session, "EmailChangeFolder").select, name)
    return True


@family.function("EmailAddFolder", "EmailAjouteDossier", can_fail=True)
def email_add_folder(rt: Runtime, session: object, folder: TextArg) -> bool:
    """Create a folder on the server."""
    name = text_arg(folder, "EmailAddFolder")
    _failing(_imap(rt, session, "EmailAddFolder").folder_command, "create", name)
    return True


@family.function("EmailDeleteFolder", "EmailSupprimeDossier", can_fail=True)
def email_delete_folder(rt: Runtime, session: object, folder: TextArg) -> bool:
    """Delete a folder on the server."""
    name = text_arg(folder, "EmailDeleteFolder")
    _failing(_imap(rt, session, "EmailDeleteFolder").folder_command, "delete", name)
    return True


@family.function("EmailCopy", "EmailCopie", can_fail=True)
def email_copy(rt: Runtime, session: object, *args: object) -> bool:
    """EmailCopy(session [, message number], folder): copy the message last read (or
    message n of the current folder) into `folder`."""
    fname = "EmailCopy"
    folder = text_arg(args[-1], fname) if args else ""  # a folder's name: a text
    target = _imap(rt, session, fname)
    if not 1 <= len(args) <= 2:
        raise WLRuntimeError(f"{fname} expects a session, [a message number,] a folder.")
    if len(args) == 2:
        number = V.to_int(args[0])
    elif 1 <= target.current <= target.total:
        number = target.current
    else:
        raise WLRuntimeError(f"{fname}: no message was read in this session; give the "
                             "message's number.")
    if not target.exists(number):
        raise BuiltinFailure(f"{fname}: there is no message {number} in the folder "
                             f"'{target.folder}'.")
    _failing(target.copy, number, folder)
    return True


@family.function("EmailDelete", "EmailDétruit", "EmailExpunge", can_fail=True)
def email_expunge(rt: Runtime, session: object) -> bool:
    """Remove now the messages deleted in the current folder (IMAP EXPUNGE): VERIFIED
    ?3032027 and ?3032024 (French pages: "force the destruction of every deleted email
    with EmailDétruit"; the number of messages then drops). The English names and the
    syntax, (session), are INFERRED. On a POP3 session, a failure: POP3 removes deleted
    messages only when the session closes (QUIT)."""
    fname = "EmailDelete"
    target = reading_session(rt, session, fname)
    if not hasattr(target, "expunge"):
        raise BuiltinFailure(f"{fname}: the e-mail session '{target.label}' is a POP3 "
                             "session: its deleted messages are removed when it closes "
                             "(EmailCloseSession), not before.")
    _failing(target.expunge)
    return True
