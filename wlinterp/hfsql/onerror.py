"""HOnError (FR HSurErreur): procedures called when an H* function meets a duplicate,
integrity or lock error, and what their answer makes of the failed call; H.NbRetry,
the number of times a lock error is retried before the program hears of it.

WINDEV's default is *assisted* handling (a window pops up); wlinterp has no windows, so
without a procedure an error is always left to the code, as `HOnError("*", hErrAll, "")`
asks. A procedure answers with opRetry (the H* function runs again), opCancel (it fails:
the code goes on with HError() set), opEndProcess or opEndProgram (the program stops).
docs/hfsql.md ("Errors") gives the decisions and our constant values.
"""
from __future__ import annotations

__all__ = ["Handlers", "HVariable", "handlers_of", "DUPLICATES_BIT", "INTEGRITY_BIT", "LOCK_BIT", "MODIFY_BIT",
           "PASSWORD_BIT", "ALL_BITS", "RETRY", "CANCEL", "END_PROCESS", "END_PROGRAM",
           "RETRY_PAUSE", "settle"]

import time
from typing import Any, Callable

from ..errors import BuiltinFailure, WLRuntimeError
from ..runtime import values as V
from ..syntax.names import fold
from .errors import DUPLICATES, INTEGRITY, LOCK, MODIFIED, HFError, sub_errors

# hErr... constants: bit flags combined with `+`, HFConstant.h's eHERRORASSISTED values;
# hErrAll is a bit of its own that stands for every kind.
DUPLICATES_BIT, INTEGRITY_BIT, LOCK_BIT, MODIFY_BIT, PASSWORD_BIT = 4, 8, 1, 2, 16
ALL_BITS = 32
# What an error procedure returns (our values).
RETRY, CANCEL, END_PROCESS, END_PROGRAM = 1, 2, 3, 4
RETRY_PAUSE = 0.1  # seconds between two attempts of H.NbRetry
_BIT_OF = {DUPLICATES: DUPLICATES_BIT, INTEGRITY: INTEGRITY_BIT, LOCK: LOCK_BIT,
           MODIFIED: MODIFY_BIT}


class Handlers:
    """The error procedures of a run, per data file ("*": every file) and error kind."""

    def __init__(self) -> None:
        self.table: dict[str, dict[int, Any]] = {}
        self.running = False  # an error inside a procedure goes to the code
        self.nb_retry = 0  # H.NbRetry
        # while a trigger procedure runs (stdlib/hfsql_triggers.py): H.FileName, H.Action,
        # H.TriggerFunction, H.ToDo by their English key
        self.trigger: dict[str, Any] | None = None

    def set(self, file: str, kinds: int, procedure: Any) -> None:
        """HOnError(file, kinds, procedure); procedure None: the code handles the error."""
        per_file = self.table.setdefault("*" if file == "*" else fold(file), {})
        for bit in (DUPLICATES_BIT, INTEGRITY_BIT, LOCK_BIT, MODIFY_BIT, PASSWORD_BIT):
            if kinds & (bit | ALL_BITS):
                per_file[bit] = procedure

    def for_error(self, code: int, file: str) -> Any:
        """The procedure for an error of number `code` on `file` (None: none)."""
        bit = _BIT_OF.get(code)
        if bit is None or self.running or not self.table:
            return None
        specific = self.table.get(fold(file), {})
        if bit in specific:
            return specific[bit]
        return self.table.get("*", {}).get(bit)


def handlers_of(rt: Any) -> Handlers:
    """The run's error procedures (kept apart from the database: HOnError opens none)."""
    handlers = rt.state.get("hfsql_handlers")
    if handlers is None:
        handlers = rt.state["hfsql_handlers"] = Handlers()
    return handlers


def settle(rt: Any, errors: Any, err: HFError, again: Callable[[], Any], fail: Any) -> Any:
    """An H* operation failed with `err`: a lock error is first tried `again` H.NbRetry
    times; then the HOnError procedure for the error, if any, decides (opRetry tries
    again). Returns what a successful attempt returned; otherwise raises BuiltinFailure
    (failure value `fail`) with the HFSQL error state `errors` set."""
    handlers = handlers_of(rt)
    if err.again:  # what refused it is gone (a dead program's HNoModif): once more
        try:
            return again()
        except HFError as later:
            err = later
    while True:
        if err.code == LOCK:
            for _ in range(handlers.nb_retry):
                time.sleep(RETRY_PAUSE)
                try:
                    return again()
                except HFError as later:
                    err = later
        errors.set(err)
        procedure = handlers.for_error(err.code, err.file)
        if procedure is None:
            raise BuiltinFailure(err.message, err.code, fail, err.details, sub_errors(err))
        action = _ask(handlers, procedure)
        if action == RETRY:
            errors.clear()
            try:
                return again()
            except HFError as later:
                err = later
                continue
        errors.set(err)
        if action in (END_PROCESS, END_PROGRAM):
            from ..errors import ProgramEnd
            raise ProgramEnd(1)
        raise BuiltinFailure(err.message, err.code, fail, err.details, sub_errors(err))


def _ask(handlers: Handlers, procedure: Any) -> int:
    """Run an HOnError procedure (errors inside it are left to its code); its answer,
    opCancel when it returns none."""
    handlers.running = True
    try:
        answer = procedure()
    finally:
        handlers.running = False
    return CANCEL if answer is None else V.to_int(answer)


class HVariable:
    """The `H` structure of WLanguage: only H.NbRetry is modelled."""

    wl_type_name = "H"

    def __init__(self, handlers: Handlers) -> None:
        self.handlers = handlers

    def wl_get(self, name: str) -> Any:
        if name == "nbretry":
            return self.handlers.nb_retry
        if name in NO_INTERRUPTED_TRANSACTION:
            return NO_INTERRUPTED_TRANSACTION[name]
        member = TRIGGER_MEMBERS.get(name)
        if member is None:
            raise _unknown(name)
        trigger = self.handlers.trigger
        return "" if trigger is None else trigger[member]  # "" outside a trigger

    def wl_set(self, name: str, value: Any, ctx: Any = None) -> None:
        if TRIGGER_MEMBERS.get(name) == "todo":
            if self.handlers.trigger is None:
                shown = "AFaire" if name == "afaire" else "ToDo"
                raise WLRuntimeError(f"H.{shown}: only a trigger procedure has it (it "
                                     "cancels the HFSQL function that fired the trigger).")
            self.handlers.trigger["todo"] = V.to_str(value)
            return
        if name != "nbretry":
            raise _unknown(name)
        count = V.to_int(value)
        if not 0 <= count <= 1000:
            raise WLRuntimeError("H.NbRetry: a number of retries from 0 to 1000 is expected.")
        self.handlers.nb_retry = count


# The members a trigger procedure reads (folded English and French names, INFERRED from
# PC SOFT's "WD Trigger" example) -> their key in Handlers.trigger; only H.ToDo is written.
TRIGGER_MEMBERS = {"filename": "filename", "nomfichier": "filename", "action": "action",
                   "triggerfunction": "triggerfunction", "fonctiontrigger": "triggerfunction",
                   "todo": "todo", "afaire": "todo"}


# What HTransactionInterrupted sets when no transaction was interrupted, which is always
# here (the database undid it: stdlib/hfsql_transaction_state.py): H.TrsIdInterne -1 and
# H.TrsNomApplication (French names VERIFIED, ?3044026; English ones INFERRED).
NO_INTERRUPTED_TRANSACTION: dict[str, Any] = {
    "trsidinterne": -1, "trsinternalid": -1, "trsnomapplication": "",
    "trsapplicationname": ""}


def _unknown(name: str) -> Exception:
    return WLRuntimeError(f"H.{name}: only H.NbRetry, HTransactionInterrupted's "
                          "H.TrsInternalId and H.TrsApplicationName, and a trigger's "
                          "H.FileName, H.Action, H.TriggerFunction and H.ToDo are supported.")
