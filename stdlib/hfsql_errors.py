"""HFSQL errors: HError/HErreur, HErrorInfo/HErreurInfo, HErrorDuplicates/HErreurDoublon,
HErrorIntegrity/HErreurIntégrité, HErrorLock/HErreurBlocage,
HErrorModification/HErreurModification, HOnError/HSurErreur."""
from __future__ import annotations

from typing import Any

from wlinterp.hfsql import errors as E
from wlinterp.hfsql import onerror as O
from wlinterp.hfsql.context import FileContext
from wlinterp.hfsql.error_kinds import ErrorKind
from wlinterp.registry import Family, ProcArg
from wlinterp.runtime import values as V
from wlinterp.runtime.error_place import as_called
from wlinterp.runtime.procrefs import procedure_arg
from wlinterp.runtime.state import Runtime

from .hfsql_base import db_of

family = Family("HFSQL errors")

family.constant("hErrAll", "hErrTout", O.ALL_BITS)
# the kinds an error of HError() can be: equal to its number too (`HError() = hErrLock`)
family.constant("hErrDuplicates", "hErrDoublon", ErrorKind(O.DUPLICATES_BIT, E.DUPLICATES))
family.constant("hErrIntegrity", "hErrIntégrité", ErrorKind(O.INTEGRITY_BIT, E.INTEGRITY))
family.constant("hErrLock", "hErrBlocage", ErrorKind(O.LOCK_BIT, E.LOCK))
family.constant("hErrModify", "hErrModification", ErrorKind(O.MODIFY_BIT, E.MODIFIED))
family.constant("hErrPassword", "hErrMotDePasse", O.PASSWORD_BIT)
# HError's own argument: the error of the last H* call, as HError() gives it. The French
# name as PC SOFT's own code writes it (WM Client FTP: `SI HErreur(hErrEnCours) = 70016`);
# the English one INFERRED from the pairing hNumEnrEnCours / hCurrentRecNum; value ours
H_ERR_CURRENT = family.constant("hErrCurrent", "hErrEnCours", 0)
family.constant("opRetry", "opRéessayer", O.RETRY)
family.constant("opCancel", "opAnnuler", O.CANCEL)
family.constant("opEndProcess", "opFinTraitement", O.END_PROCESS)
family.constant("opEndProgram", "opFinProgramme", O.END_PROGRAM)
family.variable("H", "H", lambda rt: O.HVariable(O.handlers_of(rt)))
# HErrorInfo's kinds: HFConstant.h's eHERRORINFO (message 1070, file 1071, item 1072,
# database message 1086, full details 1089); hErrCode is not in it (ours)
H_ERR_MESSAGE = family.constant("hErrMessage", "hErrMessage", 1070)
H_ERR_FILE = family.constant("hErrFile", "hErrFichier", 1071)
H_ERR_ITEM = family.constant("hErrItem", "hErrRubrique", 1072)
H_ERR_CODE = family.constant("hErrCode", "hErrCode", 4)
H_ERR_DB_MESSAGE = family.constant("hErrDatabaseMessage", "hErrBaseMessage", 1086)
# HEI_FULLERROR ("dump complet de l'erreur"): HErreurInfo(hErrComplet) in French code,
# HErrorInfo(hErrFullDetails) in English code (code search, 5 Dec 2026)
H_ERR_FULL_DETAILS = family.constant("hErrFullDetails", "hErrComplet", 1089)
# ErrorInfo's errFullDetails (19): WINDEV Mobile's runtime gives HErrorInfo(19) the full
# details too (database/hf/WDHF_Contexte.java)
_ERR_FULL_DETAILS = 19
# The header's other kinds, 1073-1093 (values VERIFIED in the header; names INFERRED from
# its HEI_... names, as hErrDatabaseMessage is HEI_BASEMESSAGE; the internal HEI_DEBUG,
# 1082, is left out). wlinterp has no .FIC/.NDX/.MMO, system, native-layer, OLE DB or
# HFSQL-server details: HErrorInfo answers "" for them, as the runtime does for a kind
# it has nothing for (docs/builtins.md "Constant values").
for _en, _fr, _value in (("hErrWDD", "hErrWDD", 1073), ("hErrFIC", "hErrFIC", 1074),
                         ("hErrNDX", "hErrNDX", 1075), ("hErrMMO", "hErrMMO", 1076),
                         ("hErrLink", "hErrLiaison", 1077),
                         ("hErrSystemCode", "hErrCodeSystème", 1078),
                         ("hErrSystemMessage", "hErrMessageSystème", 1079),
                         ("hErrRecNum", "hErrNumEnr", 1080),
                         ("hErrNativeCode", "hErrCodeNatif", 1084),
                         ("hErrADOCode", "hErrCodeADO", 1085),
                         ("hErrNativeMessage", "hErrMessageNatif", 1087),
                         ("hErrADOMessage", "hErrMessageADO", 1088),
                         ("hErrClientInfo", "hErrInfoClient", 1090),
                         ("hErrServerInfo", "hErrInfoServeur", 1091),
                         ("hErrLockInfo", "hErrInfoBlocage", 1092),
                         ("hErrServer", "hErrServeur", 1093)):
    family.constant(_en, _fr, _value)
H_ERR_INFO = family.constant("hErrInfo", "hErrInfo", 1081)
# HEI_BASECODE, "code d'erreur renvoyé par le SGBD": the runtime answers it with a number
H_ERR_DB_CODE = family.constant("hErrDatabaseCode", "hErrBaseCode", 1083)


@family.function("HError", "HErreur")
def h_error(rt: Runtime, kind: Any = None) -> int:
    """The number of the last H* function's error (0: it succeeded); `kind` is
    hErrCurrent / hErrEnCours, the only kind there is (another value is ignored, as it
    was before hErrCurrent was declared)."""
    return db_of(rt).errors.code


@family.function("HErrorInfo", "HErreurInfo")
def h_error_info(rt: Runtime, kind: Any = None) -> Any:
    """About the last H* error: its message by default; hErrFile, hErrItem, hErrCode,
    hErrDatabaseMessage and hErrDatabaseCode (the database's own text and code, as
    SQLite's extended result code or PostgreSQL's SQLSTATE), hErrInfo (the message and the
    database's words), hErrFullDetails (all of them, one a line) on request; "" for a
    kind wlinterp has nothing for (WINDEV Mobile's runtime answers "" for those too)."""
    err = db_of(rt).errors
    k = H_ERR_MESSAGE if kind is None else V.to_int(kind)
    if k in (H_ERR_FULL_DETAILS, _ERR_FULL_DETAILS):
        return _as_called(_full_details(err), err)
    if k == H_ERR_CODE:
        return err.code
    if k == H_ERR_INFO:
        return _as_called(_message_and_details(err), err)
    if k == H_ERR_MESSAGE:
        return _as_called(err.message, err)
    answers = {H_ERR_FILE: err.file, H_ERR_ITEM: err.item,
               H_ERR_DB_MESSAGE: err.details, H_ERR_DB_CODE: err.db_code}
    return answers.get(k, "")


def _as_called(message: str, err: E.ErrorState) -> str:
    """The message with the H* function it starts with named as the failing line calls
    it (`HLitPremier: ...` in French code), as ErrorInfo names it: HErrorInfo said
    `HReadFirst: ...` there while ErrorInfo said `HLitPremier: ...`."""
    return as_called(message, err.place) if err.place is not None else message


def _message_and_details(err: E.ErrorState) -> str:
    """hErrInfo (HEI_INFO, "message d'erreur + message système"): the message, then the
    database's own words on a line of their own when they say something more."""
    if err.details and err.details != err.message:
        return err.message + "\n" + err.details
    return err.message


def _full_details(err: E.ErrorState) -> str:
    """hErrFullDetails: the message, the error's number, the file and item when known
    and the database's own words when they differ, one a line ("" after a success;
    *decided*: the page giving WINDEV's layout is not stored)."""
    if not err.code and not err.message:
        return ""
    lines = [err.message, f"Error code: {err.code}"]
    lines += [f"{label}: {value}" for label, value in (("File", err.file),
                                                       ("Item", err.item)) if value]
    if err.details and err.details != err.message:
        lines.append(err.details)
    return "\n".join(lines)


@family.function("HErrorDuplicates", "HErreurDoublon")
def h_error_duplicates(rt: Runtime) -> bool:
    """Did the last H* call fail on a duplicate value of a unique key?"""
    return db_of(rt).errors.code == E.DUPLICATES


@family.function("HErrorIntegrity", "HErreurIntégrité")
def h_error_integrity(rt: Runtime) -> bool:
    """Did the last H* call break a link's integrity rule?"""
    return db_of(rt).errors.code == E.INTEGRITY


@family.function("HErrorLock", "HErreurBlocage")
def h_error_lock(rt: Runtime) -> bool:
    """Did the last H* call meet a lock held by another connection?"""
    return db_of(rt).errors.code == E.LOCK


@family.function("HErrorModification", "HErreurModification")
def h_error_modification(rt: Runtime) -> bool:
    """Did the last H* call meet a modification conflict (the record changed or deleted
    since it was read)? (Name unverified: docs/hfsql.md.)"""
    return db_of(rt).errors.code == E.MODIFIED


@family.function("HOnError", "HSurErreur")
def h_on_error(rt: Runtime, file: Any, kinds: Any, procedure: ProcArg = "") -> bool:
    """Give the errors of `kinds` (hErrLock, hErrDuplicates... combined with +) on `file`
    ("*": every file) to a procedure, or back to the code with "" (the default here:
    wlinterp has no assisted-error windows). The procedure's answer (opRetry, opCancel,
    opEndProcess, opEndProgram) decides what the failed H* call does."""
    name = file.name if isinstance(file, FileContext) else (
        V.to_str(file) if file is not None else "*")
    handler = None
    if procedure is not None and not (isinstance(procedure, str) and procedure == ""):
        handler = procedure_arg(rt, procedure, "HOnError")
    O.handlers_of(rt).set(name or "*", V.to_int(kinds), handler)
    return True
