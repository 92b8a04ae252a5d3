"""HFSQL option constants and what every H* built-in shares: finding the data file and
key from their arguments, and the failure convention.

An H* function that fails returns False (or its documented failure value), keeps the
error for HError/HErrorInfo/HErrorDuplicates... and sets ErrorOccurred/ErrorInfo like
every WLanguage function that can fail (docs/hfsql.md, "Errors").
"""
from __future__ import annotations

import functools
from typing import Any, Callable

from wlinterp.errors import BuiltinFailure, WLRuntimeError
from wlinterp.hfsql.context import FileContext
from wlinterp.hfsql.database import READ, READ_FAILED, Database, session
from wlinterp.hfsql.errors import DATABASE, QUERY, HFError
from wlinterp.hfsql.onerror import settle
from wlinterp.hfsql.sqlite_stop import raise_stop
from wlinterp.hfsql.testcases import case_setup, case_teardown
from wlinterp.hfsql.writeback import MODIFY_FILE
from wlinterp.registry import Family, report_failure
from wlinterp.runtime import values as V
from wlinterp.runtime.state import Runtime
from wlinterp.syntax.names import fold
from wlinterp.testing.hooks import register_case_hooks

family = Family("HFSQL")

register_case_hooks(setup=case_setup, teardown=case_teardown)  # `wl test`: fresh databases

# Options are bit flags combined with `+`, with the values of PC SOFT's C header
# HFConstant.h (eHPARSEMODE, eHQUERYMODE, eHRECORDSTATE): its values agree with every
# WLanguage value found in generated code (hIdentical 0x80000, hMemoBin 23, hOReadWrite
# 3...), so they are taken as WLanguage's (docs/builtins.md "Constant values"). hDefault
# is the header's HPARSEMODEDEFAULT ("default value, its meaning depends on the
# function"), the one default among these options (INFERRED: no code found passes it).
H_DEFAULT = family.constant("hDefault", "hDéfaut", 0x80)
H_LOCK_NO = family.constant("hLockNo", "hBlocageNon", 0x8)
H_LOCK_WRITE = family.constant("hLockWrite", "hBlocageEcriture", 0x10)
H_LOCK_READ_WRITE = family.constant("hLockReadWrite", "hBlocageLectureEcriture", 0x20)
H_GENERIC = family.constant("hGeneric", "hGénérique", 0x1000)
H_IDENTICAL = family.constant("hIdentical", "hIdentique", 0x80000)  # VERIFIED id 47445257094
H_LIMIT_PARSING = family.constant("hLimitParsing", "hLimiteParcours", 0x200000)
# HDISTINCT: HReadNext... "skipping the duplicates" (the header's words)
H_DISTINCT = family.constant("hDistinct", "hDistinct", 0x800)
# HCHECKDUPLICATES, HCHECKINTEGRITY: HAdd/HModify check "even when HSetDuplicates /
# HSetIntegrity switched it off" (the header's words; French names INFERRED)
H_CHECK_DUPLICATES = family.constant("hCheckDuplicates", "hVérifieDoublon", 0x20000)
H_CHECK_INTEGRITY = family.constant("hCheckIntegrity", "hVérifieIntégrité", 0x40000)
# hSetIdAuto (?3044092) and hForceIdAuto are two options of the header (HSETIDAUTO,
# HFORCEIDAUTO); both write the buffer's identifier here
H_SET_ID_AUTO = family.constant("hSetIdAuto", "hFixeIdAuto", 0x100)
H_FORCE_ID_AUTO = family.constant("hForceIdAuto", "hForceIdAuto", 0x400)
WRITES_ID_AUTO = H_SET_ID_AUTO | H_FORCE_ID_AUTO
H_KEEP_FILTER = family.constant("hKeepFilter", "hGardeFiltre", 0x4000)
H_NO_REFRESH = family.constant("hNoRefresh", "hSansRafraîchir", 0x2000)
H_QUERY_DEFAULT = family.constant("hQueryDefault", "hRequêteDéfaut", 0)  # VERIFIED 43706544333
# HQUERYNATIVE ("a query on a Native Connector that HFSQL must not correct"); the
# header's HQUERYNOTCORRECTEDONHF (0x10) is the same for HFSQL: hQueryWithoutCorrectionHF
H_QUERY_WITHOUT_CORRECTION = family.constant("hQueryWithoutCorrection",
                                             "hRequêteSansCorrection", 0x4)
family.constant("hQueryWithoutCorrectionHF", "hRequêteSansCorrectionHF", 0x10)
# eHQUERYMODE's HQUERYBREAKABLE, HQUERYNOBIND and HWITHTRANSACTION: accepted, nothing to
# do here (docs/builtins.md "Constant values"); the names are INFERRED
family.constant("hQueryBreakable", "hRequêteInterruptible", 0x2)
family.constant("hNoBind", "hSansBind", 0x20)
family.constant("hWithTransaction", "hAvecTransaction", 0x200000)
H_MODIFY_FILE = family.constant("hModifyFile", "hModifieFichier", MODIFY_FILE)
H_STATE_ACTIVE = family.constant("hStateActive", "hEtatActif", 1)
H_STATE_ALL = family.constant("hStateAll", "hEtatTous", 0x8, "hEtatTout")


def db_of(rt: Runtime) -> Database:
    return session(rt)


def file_arg(rt: Runtime, value: Any, fname: str) -> FileContext:
    """The data file named by an argument: a bare name, a string, a Data Source variable,
    or omitted/"" for the last file used by an H* function."""
    if isinstance(value, FileContext):
        return value
    inner = getattr(value, "hf_context", None)
    if inner is not None:
        ctx = inner()
        if ctx is None:
            raise HFError(QUERY, empty_source(value, fname))
        return ctx
    db = session(rt)
    name = V.to_str(value) if value is not None else ""
    if not name:
        if db.last is None:
            raise WLRuntimeError(f"{fname}: no data file given, or its name is not a data file "
                                 f"of the analysis (see --analysis).")
        return db.last
    ctx = db.context(name)
    if ctx is None:
        raise WLRuntimeError(f"{fname}: '{name}' is not a data file of the analysis.")
    return ctx


def holds_nothing(value: Any) -> bool:
    """Is `value` a Data Source holding no result (empty_source)?"""
    inner = getattr(value, "hf_context", None)
    return inner is not None and not isinstance(value, FileContext) and inner() is None


def empty_source(source: Any, fname: str) -> str:
    """The words of a read on a Data Source that holds no result: a failed query, one
    that was not a SELECT, none run. *Decided* (INFERRED, docs/hfsql.md "Queries"): a
    non-fatal H* failure, as FOR EACH on it loops zero times; it stopped the run."""
    name = getattr(source, "name", "") or "the data source"
    return (f"{fname}: {name} holds no result to read: its query failed, was not a SELECT "
            f"(UPDATE, DELETE, INSERT...) or was not run.")


def name_arg(value: Any) -> str:
    """A key or item argument: a bare name of the analysis or a string. A data file
    there (a bare name that names a file as well as an item: `HFilter(Orders, Customer,
    7)`, Customer an item of Orders) is its name: it was "a data file cannot be
    converted to a string"."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return value.name if isinstance(value, FileContext) else V.to_str(value)


# The option bits of the reading, writing and locking functions: HFConstant.h's
# eHPARSEMODE, hLockNo (0x8) to hLimitParsing (0x200000); the header keeps the bits below
# and above for its own use and checks the flags it is given (CHECKFLAGS_IMPL)
PARSE_MODES = 0x3FFFF8


def opts(value: Any, fname: str = "") -> int:
    """The options given to an H* function (0 when none), refused in words when they
    hold a bit no option has: a number meant for another parameter or a typing slip
    did nothing before (INFERRED: docs/hfsql.md "Options refused")."""
    if value is None:
        return 0
    o = V.to_int(value)
    if o & ~PARSE_MODES:
        where = f"{fname}: " if fname else ""
        raise HFError(DATABASE, f"{where}{o} is not a combination of HFSQL's options "
                                f"(hLockNo, hLockWrite, hLockReadWrite, hGeneric, hIdentical, "
                                f"hDistinct, hForceIdAuto... combined with +).")
    return o


def h_function(fam: Family, en: str, fr: str, *aliases: str, fail: Any = False
               ) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Declare an H* built-in: clears the HFSQL error on entry; an HFError becomes the
    failure value with HError/HErrorInfo and ErrorOccurred/ErrorInfo set."""

    def register(func: Callable[..., Any]) -> Callable[..., Any]:
        key = fold(en)  # the name HDescribeTrigger's table knows the function by

        @functools.wraps(func)
        def call(rt: Runtime, *args: Any) -> Any:
            # the registry's failure convention done here (one wrapper per call, not two:
            # this is the per-record cost of every HAdd and HReadSeek loop)
            if rt.error_occurred:  # only set_error sets it, and with the rest of the error
                rt.clear_error()
            db = rt.state.get("hfsql") or session(rt)
            if db.errors.code:
                db.errors.clear()
            try:
                if db.triggers is not None:  # HDescribeTrigger (stdlib/hfsql_triggers.py)
                    return db.triggers.run(rt, key, func, args)
                return func(rt, *args)
            except HFError as err:
                raise_stop()  # a query aborted by a stop of the run (sqlite_stop.py)
                if err.message.startswith(READ_FAILED):  # the function that read
                    err.message = en + err.message[len(READ):]
                try:
                    return _failed(rt, db, err, func, args, fail)
                except BuiltinFailure as failure:
                    return report_failure(rt, failure)
            except BuiltinFailure as failure:
                raise_stop()
                return report_failure(rt, failure)
            except Exception as exc:  # the driver's, where the call expected none
                raise_stop()
                failed = db.driver_error(exc)
                if failed is None:
                    raise
                _name_call(failed, en, args)
                try:
                    return _failed(rt, db, failed, func, args, fail)
                except BuiltinFailure as failure:
                    return report_failure(rt, failure)

        fam.function(en, fr, *aliases, can_fail=True, follows_convention=True)(call)
        return func

    return register


def _name_call(failed: HFError, en: str, args: tuple[Any, ...]) -> None:
    """A driver's error met where the call expected none says which function and, when
    its first argument is a data file, which file (HErrorInfo said "database error (...)"
    without the file, and ErrorInfo the same)."""
    first = args[0] if args else None
    if isinstance(first, FileContext):
        failed.message = f"{en} on {first.name}: {failed.message}"
        failed.file = failed.file or first.name
    else:
        failed.message = f"{en}: {failed.message}"


def _failed(rt: Runtime, db: Database, err: HFError, func: Callable[..., Any],
            args: tuple[Any, ...], fail: Any) -> Any:
    """An H* call failed: retried, given to HOnError, or failed (onerror.settle)."""
    return settle(rt, db.errors, err, lambda: func(rt, *args), fail)
