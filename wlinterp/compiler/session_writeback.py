"""Which parameters the procedures of a REPL input give back, without walking the whole
session again (docs/semantics.md "A REPL input's cost and earlier procedures").

The procedures and methods of earlier inputs are *settled*: their code is compiled and
runs in the session's namespace with the writeback (the parameters it gives back) that
was computed for it. An input's fixpoint (semantics/symbols.py writeback_fixpoint) walks
the input's own procedures only and reads the settled ones' writeback as it stands: the
cost of an input no longer grows with the classes and methods the session holds
(240 classes: 78 ms an input, against 3.6 ms at 10).

A settled procedure is never changed by a later input, so an input that gives a name
again (a procedure or a method redefined) with another writeback while earlier code calls
that name is refused: the earlier code was compiled for the old one (it unpacked a result
that no longer comes, or dropped a value given back, and the REPL stopped on a Python
TypeError). The message names the earlier procedure to give again with it. Decided
(the REPL is ours: WINDEV has none), docs/semantics.md (same section).
"""
from __future__ import annotations

__all__ = [
    "SessionByName",
    "SessionCallable",
    "fixpoint_tables",
    "index_methods",
    "refuse_changed_writeback",
]

from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..errors import WLSyntaxError
from ..semantics.facts import facts
from ..semantics.symbols import ProcInfo
from ..syntax import nodes as N
from ..syntax.names import fold

if TYPE_CHECKING:
    from ..repl_state import Session

_PROC = "<procedure>"  # the class part of a procedure's entry in Session.by_name


def fixpoint_tables(procs: dict[str, ProcInfo], methods: dict[tuple[str, str], ProcInfo]
                    ) -> tuple[dict[str, ProcInfo], dict[str, list[ProcInfo]]]:
    """(table, by_name) as writeback_fixpoint reads them for these procedures and methods:
    each syntax of a name given several is an entry of its own (`k#i`, `cls::k#i`), and
    a call of a method's name, or of a name with several syntaxes, may run any of them."""
    by_name: dict[str, list[ProcInfo]] = {}
    for (_, k), m in methods.items():
        by_name.setdefault(k, []).extend(m.overloads or [m])
    table = {k: i for k, i in procs.items() if i.overloads is None}
    for k, info in procs.items():
        if info.overloads is not None:
            by_name.setdefault(k, []).extend(info.overloads)
            table.update((f"{k}#{i}", s) for i, s in enumerate(info.overloads))
    table.update((f"{c}::{k}#{i}", s) for (c, k), m in methods.items()
                 for i, s in enumerate(m.overloads or [m]))
    return table, by_name


class SessionCallable:
    """The procedures a REPL input's call may name (its own, then the earlier inputs'), as
    the mapping writeback_fixpoint resolves a call's name in, without copying them: a name
    with several syntaxes is left to SessionByName, as fixpoint_tables leaves it."""

    def __init__(self, procs: dict[str, ProcInfo]) -> None:
        self.procs = procs

    def __contains__(self, key: object) -> bool:
        info = self.procs.get(key)  # type: ignore[call-overload]
        return info is not None and info.overloads is None

    def __getitem__(self, key: str) -> ProcInfo:
        return self.procs[key]


class SessionByName:
    """The methods (and syntaxes of a procedure) a call of a name may run in a REPL input:
    the input's own, then the earlier inputs' it does not give again (Session.by_name,
    kept as inputs are absorbed), looked up for the names the input calls only."""

    def __init__(self, session: Session, procs: dict[str, ProcInfo],
                 methods: dict[tuple[str, str], ProcInfo],
                 own: dict[str, list[ProcInfo]]) -> None:
        self.session, self.procs, self.methods, self.own = session, procs, methods, own

    def __bool__(self) -> bool:
        return True

    def get(self, key: str, default: list[ProcInfo] | None = None) -> list[ProcInfo]:
        found = [s for (cls, _), syntaxes in self.session.by_name.get(key, {}).items()
                 if not (key in self.procs if cls == _PROC else (cls, key) in self.methods)
                 for s in syntaxes]
        found += self.own.get(key, [])
        return found if found or default is None else default


def index_methods(by_name: dict[str, dict[tuple[str, str], list[ProcInfo]]],
                  procs: dict[str, ProcInfo], methods: dict[tuple[str, str], ProcInfo]) -> None:
    """Keep in `by_name` (Session.by_name: name -> {(class or _PROC, name): syntaxes})
    what an input absorbed declares: its methods, and its procedures of several syntaxes
    (a procedure of one syntax replacing one of several leaves none)."""
    for (cls, key), m in methods.items():
        by_name.setdefault(key, {})[(cls, key)] = list(m.overloads or [m])
    for key, info in procs.items():
        if info.overloads is not None:
            by_name.setdefault(key, {})[(_PROC, key)] = list(info.overloads)
        elif key in by_name:
            by_name[key].pop((_PROC, key), None)


def refuse_changed_writeback(procs: dict[str, ProcInfo],
                             methods: dict[tuple[str, str], ProcInfo],
                             session: Session | None, filename: str, source: str) -> None:
    """Raise the input's error when one of its procedures or methods (`procs`, `methods`:
    the input's own) replaces an earlier input's, gives back other parameters than it
    did, and earlier code calls its name (see the module's docstring). Only such a
    redefinition walks the session (rare): other inputs cost nothing here."""
    if session is None:
        return
    changed: dict[str, ProcInfo] = {}
    for key, info in procs.items():
        old = session.procs.get(key)
        if old is not None and old is not info and old.writeback != info.writeback:
            changed[key] = info
    for (cls, key), info in methods.items():
        old = session.methods.get((cls, key))
        if old is not None and old is not info and old.writeback != info.writeback:
            changed.setdefault(key, info)
    if not changed:
        return
    for caller in _settled(session, procs, methods):
        for call in facts(caller.node.body).calls:
            name = _called_name(call)
            if name in changed:
                raise _refusal(changed[name], caller, filename, source)


def _with_syntaxes(infos: Iterable[ProcInfo]) -> Iterable[ProcInfo]:
    for info in infos:
        yield from info.overloads or [info]


def _settled(session: Session, procs: dict[str, ProcInfo],
             methods: dict[tuple[str, str], ProcInfo]) -> Iterable[ProcInfo]:
    """The earlier inputs' procedures and methods that the input does not declare again
    (each syntax of a name)."""
    kept = [i for k, i in session.procs.items() if k not in procs]
    kept += [i for k, i in session.methods.items() if k not in methods]
    return _with_syntaxes(kept)


def _called_name(call: N.Call) -> str | None:
    """The folded name a call names (`P(x)`, `o.M(x)`), None for a computed callee."""
    func = call.func
    if isinstance(func, (N.Name, N.Member)):
        return fold(func.name)
    return None


def _refusal(info: ProcInfo, caller: ProcInfo, filename: str, source: str) -> WLSyntaxError:
    """The error at the redefinition `info`, naming the earlier `caller`."""
    node = info.node
    shown = f"{node.owner}::{node.name}" if node.owner else node.name
    by = caller.node
    caller_shown = f"{by.owner}::{by.name}" if by.owner else by.name
    names = [info.params[i].name for i in info.writeback]
    given = ("its parameter " if len(names) == 1 else "its parameters ") + ", ".join(names) \
        if names else "none of its parameters"
    return WLSyntaxError(
        f"'{shown}' is declared again and now gives back {given}, unlike the '{shown}' "
        f"that '{caller_shown}' (an earlier input) was compiled to call: declare "
        f"'{caller_shown}' again in the same input",
        node.line, node.col, filename, source)
