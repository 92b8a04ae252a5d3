"""HFSQL triggers: HDescribeTrigger/HDécritTrigger and HDeleteTrigger/HDétruitTrigger, a
WLanguage procedure run before or after an H* function on a data file; the H variable's
trigger members it reads (wlinterp/hfsql/onerror.py, HVariable). FileToArray and
HSetReplication: stdlib/hfsql_to_array.py.

VERIFIED (doc.windev.com ?3044074, HDescribeTrigger): `HDescribeTrigger(<files>,
<functions>, <procedure>, <type>)`, the files a comma-separated list of logical names or
"*" for every file of the analysis, the functions a comma-separated list of H* function
names ("HADD,HMODIFY,HDELETE,HCROSS,HWRITE" in its example, spaces allowed), the
procedure a procedure or its name as a string, the type hTriggerBefore or hTriggerAfter;
the result True, or False with HErrorInfo saying why. A trigger described again for the
same file, function and type replaces the first ("adds or modifies").

INFERRED from PC SOFT's "WD Trigger" example (its project code, read, not copied): the
procedure takes no parameter and reads H.Action ("A" before the function, "P" after
it), H.TriggerFunction/H.FonctionTrigger (the function's name) and H.FileName/
H.NomFichier (the file's logical name); a before procedure that sets H.ToDo/H.AFaire to
"A" cancels the function. *Decided* (docs/hfsql.md, "Triggers"): H.TriggerFunction is the
name as the trigger's list spells it (so the example's `Upper(H.TriggerFunction) =
"HAJOUTE"` holds whichever language the calling code uses); a cancelled function is not
run and fails non-fatally (its failure value, HError() = 70960, ErrorOccurred); an after
procedure runs only when the function did not fail; H* functions a trigger procedure
calls do not fire triggers (no re-entry: a procedure logging into another file would
otherwise loop); the constants' values are ours. HDeleteTrigger(<files>, <functions>
[, <type>]) removes them (both types without one: decided), True even when none was
described.

Their parameters from HFSQL's own C interface (IHFContext.h: bHActiveTrigger and
bHDesactiveTrigger take a file list, a function list and a type, all optional;
bHListeTrigger a file, an analysis and its password); the rest *decided* (no stored page,
docs/hfsql.md "Triggers"): HDeactivateTrigger / HDésactiveTrigger stops the triggers
matching (every one without arguments) from running, without deleting them;
HActivateTrigger / HActiveTrigger lets them run again; HListTrigger / HListeTrigger
lists the triggers described, one a line (CR), each "file TAB function TAB procedure
TAB type" (the type hTriggerBefore's or hTriggerAfter's value).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from wlinterp.errors import BuiltinFailure, WLRuntimeError
from wlinterp.hfsql.context import FileContext
from wlinterp.hfsql.errors import HFError
from wlinterp.hfsql.onerror import handlers_of
from wlinterp.registry import Family, ProcArg, load_stdlib
from wlinterp.runtime import values as V
from wlinterp.runtime.procrefs import WLProcRef, procedure_arg
from wlinterp.runtime.state import Runtime
from wlinterp.syntax.names import fold

from .hfsql_base import db_of, file_arg

family = Family("HFSQL triggers")

BEFORE = family.constant("hTriggerBefore", "hTriggerAvant", 1)
AFTER = family.constant("hTriggerAfter", "hTriggerAprès", 2)
CANCELLED = 70960  # wlinterp's number (errors.py's range): a trigger set H.ToDo = "A"
_ACTION = {BEFORE: "A", AFTER: "P"}


@dataclass
class Trigger:
    procedure: WLProcRef
    spelled: str  # the function's name as the trigger's list wrote it: H.TriggerFunction
    file: str = "*"  # the file's name as the trigger's list wrote it (HListTrigger)


class Triggers:
    """The triggers of a run's database, by (folded file or "*", folded English name of
    the function, type). The H* wrapper (stdlib/hfsql_base.py) hands every call to
    `run` once one exists: `functions` lets a call no trigger watches through at once."""

    def __init__(self) -> None:
        self.table: dict[tuple[str, str, int], Trigger] = {}
        self.functions: set[str] = set()
        self.running = False
        # HDeactivateTrigger/HActivateTrigger: (file, function, type) patterns ("*", "*",
        # 0: any) and whether they switch triggers on; the last that matches decides
        self.rules: list[tuple[str, str, int, bool]] = []
        self.managed = True  # HSetTrigger(False) switches every trigger off

    def describe(self, files: list[str], functions: list[tuple[str, str]], kind: int,
                 procedure: WLProcRef, spelled_files: list[str]) -> None:
        for file, written in zip(files, spelled_files):
            for key, spelled in functions:
                self.table[(file, key, kind)] = Trigger(procedure, spelled, written)
        self._index()

    def activate(self, files: list[str], functions: list[str], kind: int, on: bool) -> None:
        """HActivateTrigger / HDeactivateTrigger on the patterns given (folded files and
        English function names, "*" for any; kind 0 for both): the rules they cover go,
        then theirs come last."""
        new = [(f, k, kind) for f in files for k in functions]
        self.rules = [r for r in self.rules
                      if not any(_covers(n, r[:3]) for n in new)]
        if on and not any(not r[3] for r in self.rules):
            return  # nothing is off: no rule needed
        self.rules += [(*n, on) for n in new]

    def deactivated(self, file: str, key: str, kind: int) -> bool:
        for rule in reversed(self.rules):
            if _covers(rule[:3], (file, key, kind)):
                return not rule[3]
        return False

    def listing(self, files: list[str]) -> str:
        """HListTrigger: the triggers of `files` (["*"]: all), one a line."""
        lines = [f"{t.file}\t{t.spelled}\t{t.procedure.name}\t{kind}"
                 for (file, _, kind), t in self.table.items()
                 if files == ["*"] or file in files or file == "*"]
        return "\r\n".join(lines)

    def delete(self, files: list[str], functions: list[tuple[str, str]],
               kinds: tuple[int, ...]) -> None:
        for file in files:
            for key, _ in functions:
                for kind in kinds:
                    self.table.pop((file, key, kind), None)
        self._index()

    def _index(self) -> None:
        self.functions = {key for _, key, _ in self.table}

    def _find(self, file: str, key: str, kind: int) -> Trigger | None:
        if not self.managed or (self.rules and self.deactivated(file, key, kind)):
            return None  # HSetTrigger(False), HDeactivateTrigger
        return self.table.get((file, key, kind)) or self.table.get(("*", key, kind))

    def run(self, rt: Runtime, key: str, func: Callable[..., Any], args: tuple[Any, ...]
            ) -> Any:
        """Call the H* function `func`, with the triggers described for it around."""
        if key not in self.functions or self.running:
            return func(rt, *args)
        file = _file_name(rt, args[0] if args else None)
        before, after = self._find(fold(file), key, BEFORE), self._find(fold(file), key, AFTER)
        if before is not None and self._fire(rt, before, file, BEFORE) == "A":
            raise HFError(CANCELLED, f"{before.spelled}: cancelled by the trigger procedure "
                                     f"{before.procedure.name} (H.ToDo = \"A\").", file)
        result = func(rt, *args)
        if after is not None:
            self._fire(rt, after, file, AFTER)
        return result

    def _fire(self, rt: Runtime, trigger: Trigger, file: str, kind: int) -> str:
        """Run a trigger procedure with the H variable's trigger members set; what it
        left in H.ToDo."""
        handlers = handlers_of(rt)
        saved = handlers.trigger
        handlers.trigger = {"filename": file, "action": _ACTION[kind],
                            "triggerfunction": trigger.spelled, "todo": ""}
        self.running = True
        try:
            trigger.procedure()
            return V.to_str(handlers.trigger.get("todo", "")).strip().upper()
        finally:
            self.running = False
            handlers.trigger = saved


def _covers(pattern: tuple[str, str, int], what: tuple[str, str, int]) -> bool:
    """Whether a (file, function, type) pattern ("*"/0: any) takes in `what`."""
    return (pattern[0] in ("*", what[0]) and pattern[1] in ("*", what[1])
            and pattern[2] in (0, what[2]))


def _file_name(rt: Runtime, first: Any) -> str:
    """The logical name of the data file an H* call works on ("" when it names none)."""
    if isinstance(first, FileContext):
        return first.name
    if first is not None and not isinstance(first, (str, FileContext)) and \
            getattr(first, "hf_context", None) is None:
        return ""  # HAdd(rec) and the like: not a file argument
    try:
        return file_arg(rt, first, "").name
    except WLRuntimeError:
        return ""


def _triggers(rt: Runtime) -> Triggers:
    db = db_of(rt)
    if db.triggers is None:
        db.triggers = Triggers()
    triggers: Triggers = db.triggers
    return triggers


def _files(rt: Runtime, files: Any, fname: str) -> list[str]:
    """The folded file names of a list ("*": every file; a bare file name is a file)."""
    if isinstance(files, FileContext):
        return [fold(files.name)]
    names = [n.strip() for n in V.to_str(files).split(",") if n.strip()]
    if not names:
        raise HFError(70900, f"{fname}: no data file given.")
    if "*" in names:
        return ["*"]
    db = db_of(rt)
    for name in names:
        if not db.knows(fold(name)) and db.context(name) is None:
            raise HFError(70900, f"{fname}: '{name}' is not a data file of the analysis.",
                          name)
    return [fold(n) for n in names]


def _spelled(files: Any) -> list[str]:
    """The file names of a list as written (what HListTrigger shows)."""
    if isinstance(files, FileContext):
        return [files.name]
    names = [n.strip() for n in V.to_str(files).split(",") if n.strip()]
    return ["*"] if "*" in names else names


def _functions(functions: Any, fname: str) -> list[tuple[str, str]]:
    """(folded English name, name as written) of each H* function of a list."""
    table = load_stdlib().functions
    out = []
    for name in (n.strip() for n in V.to_str(functions).split(",")):
        if not name:
            continue
        builtin = table.get(fold(name))
        if builtin is None or not fold(builtin.en).startswith("h"):
            raise HFError(70600, f"{fname}: '{name}' is not an HFSQL function.")
        out.append((fold(builtin.en), name))
    if not out:
        raise HFError(70600, f"{fname}: no HFSQL function given.")
    return out


def _kind(kind: Any, fname: str) -> int:
    value = V.to_int(kind)
    if value not in _ACTION:
        raise HFError(70600, f"{fname}: {value} is not a type of trigger (hTriggerBefore "
                             "or hTriggerAfter).")
    return value


def _described(rt: Runtime, change: Callable[[], None]) -> bool:
    """Run a change of the trigger table with the H* error convention: True, or False
    with HError/HErrorInfo and ErrorOccurred set. (Not `h_function`: its wrapper would
    hide the ProcArg parameter, and a bare procedure name would then be called.)"""
    db = db_of(rt)
    db.errors.clear()
    try:
        change()
    except HFError as err:
        db.errors.set(err)
        raise BuiltinFailure(err.message, err.code, False, err.details) from None
    return True


@family.function("HDescribeTrigger", "HDécritTrigger", can_fail=True)
def h_describe_trigger(rt: Runtime, files: Any, functions: Any, procedure: ProcArg,
                       kind: Any) -> bool:
    """Run `procedure` before or after the H* functions listed, on the files listed."""
    fname = "HDescribeTrigger"
    return _described(rt, lambda: _triggers(rt).describe(
        _files(rt, files, fname), _functions(functions, fname), _kind(kind, fname),
        procedure_arg(rt, procedure, fname), _spelled(files)))


@family.function("HDeleteTrigger", "HDétruitTrigger", can_fail=True)
def h_delete_trigger(rt: Runtime, files: Any, functions: Any, kind: Any = None) -> bool:
    """Remove the triggers of the files and functions listed (of one type, or both)."""
    fname = "HDeleteTrigger"
    return _described(rt, lambda: _triggers(rt).delete(
        _files(rt, files, fname), _functions(functions, fname),
        tuple(_ACTION) if kind is None else (_kind(kind, fname),)))


def _some_files(rt: Runtime, files: Any, fname: str) -> list[str]:
    """The folded files of an optional list: all ("*") when it is left out or empty."""
    if files is None or (isinstance(files, str) and not files.strip()):
        return ["*"]
    return _files(rt, files, fname)


def _switch(rt: Runtime, fname: str, files: Any, functions: Any, kind: Any, on: bool
            ) -> bool:
    """HActivateTrigger / HDeactivateTrigger: every argument optional, as in HFSQL's own
    interface (files, functions, type 0 for both)."""
    def change() -> None:
        keys = ["*"] if functions is None or not V.to_str(functions).strip() \
            else [key for key, _ in _functions(functions, fname)]
        _triggers(rt).activate(_some_files(rt, files, fname), keys,
                               0 if kind is None or V.to_int(kind) == 0 else _kind(kind, fname),
                               on)
    return _described(rt, change)


@family.function("HDeactivateTrigger", "HDésactiveTrigger", can_fail=True)
def h_deactivate_trigger(rt: Runtime, files: Any = None, functions: Any = None,
                         kind: Any = None) -> bool:
    """Stop the triggers of the files, functions and type listed (all of them without)
    from running; they stay described."""
    return _switch(rt, "HDeactivateTrigger", files, functions, kind, False)


@family.function("HActivateTrigger", "HActiveTrigger", can_fail=True)
def h_activate_trigger(rt: Runtime, files: Any = None, functions: Any = None,
                       kind: Any = None) -> bool:
    """Let the triggers HDeactivateTrigger stopped run again (all without a list)."""
    return _switch(rt, "HActivateTrigger", files, functions, kind, True)


@family.function("HListTrigger", "HListeTrigger", can_fail=True)
def h_list_trigger(rt: Runtime, files: Any = None, analysis: Any = None,
                   password: Any = None) -> str:
    """The triggers described (on the files listed, and on "*"), one a line: file TAB
    function TAB procedure TAB type; "" and a non-fatal error for an unknown file. The
    analysis and its password (HFSQL's interface has them) are the run's own here."""
    db = db_of(rt)
    db.errors.clear()
    try:
        wanted = _some_files(rt, files, "HListTrigger")
    except HFError as err:
        db.errors.set(err)
        raise BuiltinFailure(err.message, err.code, "", err.details) from None
    return _triggers(rt).listing(wanted)


@family.function("HSetTrigger", "HGèreTrigger")
def h_set_trigger(rt: Runtime, managed: Any) -> bool:
    """Switch the management of triggers on or off for the whole run (HFSQL's interface:
    bHGereTrigger); the former state. Off, no trigger runs; the triggers and their
    activation stay as they are."""
    triggers = _triggers(rt)
    before, triggers.managed = triggers.managed, V.to_bool(managed)
    return before

