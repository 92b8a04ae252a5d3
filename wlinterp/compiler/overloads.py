"""Procedures and methods with several syntaxes (help ?1514063) in generated code.

Each syntax is compiled as a function of its own (`p_name__2` for the second one). A
call whose syntax the semantic pass chose (semantics/overloads.py) calls that function
directly: no cost beyond a plain call. Every other call (an argument of unknown kind, a
method dispatched on its object, a call by name, a procedure passed as a value) goes
through the name's dispatcher (runtime/overloads.py), a module global defined by one line
of the program; the procedures with one syntax are compiled exactly as before.
"""
from __future__ import annotations

__all__ = ["OverloadMixin"]

from typing import TYPE_CHECKING, Any

from ..runtime.overloads import OverloadTable
from ..errors import source_lines
from ..semantics.symbols import ProcInfo
from ..syntax import nodes as N
from ..syntax.names import fold
from ..lazy_import import on_first_call

if TYPE_CHECKING:
    from ..semantics.overloads import shown_method, syntax_of
else:
    on_first_call(globals(), "..semantics.overloads", "shown_method", "syntax_of")

if TYPE_CHECKING:
    from ..errors import WLSyntaxError
    from ..runtime.types import TypeSpec
    from ..semantics.resolved import Resolutions


class OverloadMixin:
    """Methods of ProgramCompiler for names with several syntaxes."""

    if TYPE_CHECKING:  # ProgramCompiler's own, for the type checker
        refs: Resolutions
        procs: dict[str, ProcInfo]
        methods: dict[tuple[str, str], ProcInfo]
        ns: dict[str, Any]
        source: str
        structs: dict[str, Any]
        dispatchers: list[tuple[ProcInfo, bool]]

        def parse_spec(self, text: str, node: Any) -> TypeSpec: ...
        def spec_ref(self, spec: Any) -> str: ...
        def refused(self, node: Any) -> WLSyntaxError: ...

    def syntax_info(self, p: N.Procedure, key: object, pyname: str) -> ProcInfo | None:
        """`p`'s ProcInfo when its name has several syntaxes (the dispatcher's, made with
        the first, holds them all), else None. The first syntax makes the dispatcher."""
        group = self.refs.overloaded.get(key)
        if group is None:
            return None
        table = self.procs if isinstance(key, str) else self.methods
        rank = next((i for i, q in enumerate(group) if q is p), None)
        if rank is None:  # a duplicate of one of them (WL105): refused by the caller
            return None
        info = ProcInfo(p, fold(p.name), f"{pyname}__{rank + 1}")
        if p.ret_type:
            info.ret_spec = self.parse_spec(p.ret_type, p)
        if rank == 0 and key in table:  # a duplicate of this syntax came first (WL105,
            raise self.refused(p)  # reported at this later declaration)
        if rank == 0:  # (the dispatcher has the name a single syntax would have had)
            table[key] = ProcInfo(p, fold(p.name), pyname, overloads=[])  # type: ignore[index]
            self.dispatchers.append((table[key], table is self.methods))  # type: ignore[index]
        dispatcher = table[key]  # type: ignore[index]
        assert dispatcher.overloads is not None
        dispatcher.overloads.append(info)
        return info

    def inherited_syntaxes(self) -> None:
        """A class's dispatcher of a method whose syntaxes include an ancestor's it does
        not redefine (semantics/redefinitions.py `inherit_syntaxes`): those syntaxes'
        functions, compiled once for the ancestor, join it in the group's order."""
        for (cls, key), info in self.methods.items():
            group = self.refs.overloaded.get((cls, key))
            if not info.overloads or group is None or len(info.overloads) == len(group):
                continue
            info.overloads[:] = [self.info_of(q, self.methods[(fold(q.owner or ""), key)])
                                 for q in group]

    def syntaxes_given_back(self) -> None:
        """A dispatcher gives back every position one of its syntaxes gives back (after
        writeback_fixpoint has found theirs)."""
        for info, _ in self.dispatchers:
            if info.overloads:
                info.writeback = sorted({k for s in info.overloads for k in s.writeback})

    def info_of(self, p: N.Procedure, info: ProcInfo) -> ProcInfo:
        """The ProcInfo compiled for declaration `p`, whose name's entry is `info`."""
        if info.overloads is None:
            return info
        found = next((s for s in info.overloads if s.node is p), None)
        if found is None:  # a duplicate of one of the syntaxes, which collect() did not
            raise self.refused(p)  # refuse (the semantic pass reports it: WL105)
        return found

    def syntax_called(self, node: N.Call, proc: ProcInfo) -> ProcInfo:
        """The syntax a call runs, as the semantic pass chose it, else the dispatcher."""
        chosen = self.refs.syntaxes.get(id(node))
        if chosen is not None and chosen[1] is not None and proc.overloads:
            return self.info_of(chosen[1], proc)
        return proc

    def static_method(self, node: N.Call, cls: str, key: str) -> str | None:
        """The function of the syntax a method call runs, when the semantic pass chose it
        from the arguments' kinds and the object's class `cls` (folded) decides which
        class's syntaxes those are: no class derived from `cls` declares the method, so
        an object of `cls` or of a derived class runs the same group, which would pick
        the same syntax. Else None (the dispatcher chooses when it runs)."""
        chosen = self.refs.syntaxes.get(id(node))
        if chosen is None or chosen[1] is None or cls not in self.structs:
            return None
        owner = next((c for c in self.structs[cls].lineage() if (c, key) in self.methods),
                     None)
        if owner is None or fold(chosen[1].owner or "") != owner:
            return None
        info = self.methods[(owner, key)]
        if not info.overloads or any(
                c != cls and cls in sdef.lineage()
                and any((k, key) in self.methods for k in sdef.lineage()[:sdef.lineage().index(cls)])
                for c, sdef in self.structs.items()):
            return None
        return self.info_of(chosen[1], info).pyname

    def dispatcher_chunks(self) -> list[tuple[list[str], list[tuple[int, int]]]]:
        """One line per name with several syntaxes, defining its dispatcher."""
        chunks = []
        lines = source_lines(self.source) if self.dispatchers else []
        for info, method in self.dispatchers:
            assert info.overloads is not None
            node = info.node
            table = OverloadTable(
                shown_method(self.structs[fold(node.owner)].name, node)
                if method and node.owner else node.name,
                [syntax_of(s.node, self.parse_spec, lines) for s in info.overloads],
                [s.pyname for s in info.overloads],
                [list(s.writeback) for s in info.overloads], list(info.writeback))
            name = f"_OV_{info.pyname}"
            self.ns[name] = table
            line = (info.node.line, info.node.col)
            chunks.append(([f"{info.pyname} = overload_dispatcher({name}, globals()"
                            f"{', True' if method else ''})"], [line]))
        return chunks

