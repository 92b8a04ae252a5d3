"""HFSQL errors: HError/HErreur, HErrorInfo/HErreurInfo, HErrorDuplicates/HErreurDoublon,
HErrorIntegrity/HErreurIntégrité, HErrorLock/HErreurBlocage, HOnError/HSurErreur."""
from __future__ import annotations

from typing import Any

from wlinterp.hfsql import errors as E
from wlinterp.registry import Family
from wlinterp.runtime import values as V
from wlinterp.runtime.state import Runtime

from .hfsql_base import db_of

family = Family("HFSQL errors")

H_ERR_ALL = family.constant("hErrAll", "hErrTout", 0)
H_ERR_DUPLICATES = family.constant("hErrDuplicates", "hErrDoublon", 1)
H_ERR_INTEGRITY = family.constant("hErrIntegrity", "hErrIntégrité", 2)
H_ERR_LOCK = family.constant("hErrLock", "hErrBlocage", 3)
H_ERR_MESSAGE = family.constant("hErrMessage", "hErrMessage", 1)
H_ERR_FILE = family.constant("hErrFile", "hErrFichier", 2)
H_ERR_ITEM = family.constant("hErrItem", "hErrRubrique", 3)
H_ERR_CODE = family.constant("hErrCode", "hErrCode", 4)
H_ERR_DB_MESSAGE = family.constant("hErrDatabaseMessage", "hErrBaseMessage", 5)


@family.function("HError", "HErreur")
def h_error(rt: Runtime, kind: Any = None) -> int:
    """The number of the last H* function's error (0: it succeeded)."""
    return db_of(rt).errors.code


@family.function("HErrorInfo", "HErreurInfo")
def h_error_info(rt: Runtime, kind: Any = None) -> Any:
    """About the last H* error: its message by default; hErrFile, hErrItem, hErrCode,
    hErrDatabaseMessage (the database's own text) on request."""
    err = db_of(rt).errors
    k = H_ERR_MESSAGE if kind is None else V.to_int(kind)
    if k == H_ERR_FILE:
        return err.file
    if k == H_ERR_ITEM:
        return err.item
    if k == H_ERR_CODE:
        return err.code
    if k == H_ERR_DB_MESSAGE:
        return err.details
    return err.message


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


@family.function("HOnError", "HSurErreur")
def h_on_error(rt: Runtime, file: Any, kind: Any, handler: Any = "") -> bool:
    """Customise assisted error handling. wlinterp has no error windows: errors are
    always handled by code (what HOnError(..., "") asks), so this only checks arguments."""
    return True
