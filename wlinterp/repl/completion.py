"""Tab completion for the REPL (a prompt_toolkit `Completer`).

Completes, case- and accent-insensitively: the session's own variables, procedures and
structures first, then keywords and built-ins (English and French names); after `x.` or
`x:` the members of what `x` holds now (structure and object members, inherited ones
included); after a leading `.` the meta-commands.
"""
from __future__ import annotations

__all__ = ["SessionCompleter", "candidates"]

import re
from typing import Any, Iterable, Iterator

from prompt_toolkit.completion import CompleteEvent, Completer, Completion
from prompt_toolkit.document import Document

from ..runtime.assoc_arrays import WLAssoc
from ..runtime.containers import StructDef, WLArray, WLStruct
from ..runtime.object_lifetime import new_struct
from ..syntax.names import fold
from ..runtime.kinds import Kind
from .session import ReplSession

_WORD_RE = re.compile(r"(\w*)$")
_OWNER_RE = re.compile(r"(\w+)\s*[.:]$")
_ARRAY_MEMBERS = ("Count", "Occurrence", "Empty")
_ASSOC_MEMBERS = ("Count", "Occurrence", "Empty")


def _members(value: object) -> list[str]:
    """The member names a value offers after `.`/`:`."""
    if isinstance(value, WLStruct):
        names: list[str] = []
        sdef: StructDef | None = value.sdef
        while sdef is not None and len(names) < 1000:
            names.extend(shown for _, shown, _ in sdef.members if shown not in names)
            sdef = sdef.base
        return names
    if isinstance(value, WLArray):
        return list(_ARRAY_MEMBERS)
    if isinstance(value, WLAssoc):
        return list(_ASSOC_MEMBERS)
    return []


class SessionCompleter(Completer):
    """Completion from the live session (re-read at every key, so new names appear)."""

    def __init__(self, session: ReplSession) -> None:
        self.session = session
        self._library: list[tuple[str, str]] | None = None

    def library(self) -> list[tuple[str, str]]:
        """Keywords and built-in names with their kind, computed once."""
        if self._library is None:
            from ..syntax.words import KEYWORDS
            reg = self.session.registry
            words: dict[str, str] = {k.upper(): "keyword" for k in KEYWORDS if k.isalpha()}
            for table, kind in ((reg.functions, "function"), (reg.constants, "constant"),
                                (reg.variables, "variable"), (reg.types, "type")):
                for entry in table.values():
                    for name in (entry.en, entry.fr):
                        if not name.startswith("WLRepl"):
                            words.setdefault(name, kind)
            self._library = sorted(words.items(), key=lambda kv: kv[0].lower())
        return self._library

    def own_names(self) -> list[tuple[str, str]]:
        """The session's variables, procedures and structures."""
        s = self.session.session
        out = [(v.name, "variable") for v in s.vars.values()]
        out += [(p.node.name, "procedure") for p in s.procs.values()]
        out += [(d.name, "structure") for d in s.structs.values()]
        return out

    def member_names(self, owner: str) -> list[tuple[str, str]]:
        var = self.session.session.vars.get(fold(owner))
        if var is None:
            return []
        value = self.session.ns.get(var.pyname)
        if value is None and var.spec.kind in (Kind.STRUCT, Kind.OBJECT):
            sdef = self.session.session.structs.get(fold(var.spec.name))
            value = new_struct(sdef, self.session.rt.typectx) if sdef is not None else None
        return [(m, "member") for m in _members(value)]

    def get_completions(self, document: Document,
                        complete_event: CompleteEvent) -> Iterator[Completion]:
        before = document.text_before_cursor
        yield from candidates(self, before)


def candidates(completer: SessionCompleter, before: str) -> Iterator[Completion]:
    """The completions for the text before the cursor."""
    found = _WORD_RE.search(before)
    prefix = found.group(1) if found else ""
    head = before[:len(before) - len(prefix)]
    if head.strip() == "." and not head.rstrip(".").strip():
        from .meta import META_COMMANDS
        pool: Iterable[tuple[str, str]] = [(m[1:], "meta-command") for m in META_COMMANDS]
    else:
        owner = _OWNER_RE.search(head)
        if owner is not None:
            pool = completer.member_names(owner.group(1))
        else:
            pool = [*completer.own_names(), *completer.library()]
    key = fold(prefix)
    seen: set[str] = set()
    for name, kind in pool:
        if fold(name).startswith(key) and name not in seen:
            seen.add(name)
            yield Completion(name, start_position=-len(prefix), display_meta=kind)
