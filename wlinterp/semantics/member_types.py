"""The declared types the semantic pass reads through members: the type or class a
member of a class is declared as (read once per program), the class a procedure of the
program returns, the class of the elements a FOR EACH gives; the checks of members
(member_checks.py) and places (place_types.py) ask them. Split from member_checks.py.
"""
from __future__ import annotations

__all__ = ["MemberTypes"]

from ..runtime.kinds import Kind
from ..runtime.type_phrases import parse_type
from ..runtime.types import TypeSpec
from ..syntax import nodes as N
from .checker_state import CheckerState

_STRUCT = Kind.STRUCT  # read on hot paths, as a module global (calls.py says why)


class MemberTypes(CheckerState):
    """The checker's questions about declared types through members (a mixin of
    FunctionChecker, under MemberChecks)."""

    def result_class(self, key: str) -> str | None:
        """The structure or class (folded) a procedure of the program declares it
        returns (`PROCEDURE GetPoint() : STPoint`), when it has one syntax and is no
        variable's name; None otherwise."""
        spec = self.result_spec(key)
        return spec.name if spec is not None and spec.kind == _STRUCT \
            and spec.name in self.sym.structs else None

    def result_spec(self, key: str) -> TypeSpec | None:
        """The type a procedure of the program declares it returns (`PROCEDURE P() :
        Date`), when it has one syntax and is no variable's name; None otherwise."""
        proc = self.sym.procs.get(key)
        if proc is None or not proc.ret_type or key in self.sym.overloads \
                or self.scope.lookup(key) is not None:
            return None
        try:
            return parse_type(proc.ret_type, self.sym.structs, self.sym.registry.types,
                              lambda name: None, self.sym.named_types)
        except ValueError:
            return None

    def element_class(self, s: N.ForEach) -> str | None:
        """The structure or class (folded) of the elements `FOR EACH x OF t` gives x:
        t an array or an associative array declared of one (place_types.py)."""
        from .place_types import place_type  # (place_types asks member_spec of this)
        if s.strings or type(s.iterable) not in (N.Name, N.Member, N.Index):
            return None
        place = place_type(self, s.iterable)  # type: ignore[arg-type]
        elem = place[0].elem if place is not None and place[0].kind in (
            Kind.ARRAY, Kind.ASSOC) else None
        return elem.name if elem is not None and elem.kind == _STRUCT \
            and elem.name in self.sym.structs else None

    def member_class(self, cls: str, key: str) -> str | None:
        """The structure or class the member `key` of `cls` (or of an ancestor) is
        declared as, folded; None for any other type. Its type phrase is read once per
        program, without diagnostics (the member's line had them)."""
        known = self.sym.member_classes
        if (cls, key) in known:
            return known[(cls, key)]
        found: str | None = None
        spec = self.member_spec(cls, key)
        if isinstance(spec, TypeSpec) and spec.kind == _STRUCT \
                and spec.name in self.sym.structs:
            found = spec.name
        known[(cls, key)] = found
        return found

    def member_spec(self, cls: str, key: str) -> TypeSpec | str | None:
        """The declared type of the member `key` of `cls` (or of an ancestor): None when
        it has none written, "unknown" for a type nobody declares, "absent" for no
        such member. Read once per program (sym.quiet_types)."""
        known = self.sym.quiet_types
        found = known.get((cls, key), known)
        if found is known:
            found = known[(cls, key)] = self._member_spec(cls, key)
        return found

    def _member_spec(self, cls: str, key: str) -> TypeSpec | str | None:
        """member_spec, read from the class's declaration."""
        for c in self.sym.lineage(cls):
            info = self.sym.structs[c]
            if key in info.members:
                text = (info.types or {}).get(key)
                try:
                    return parse_type(text, self.sym.structs, self.sym.registry.types,
                                      lambda name: None, self.sym.named_types) if text else None
                except ValueError:
                    return "unknown"
        return "absent"

    def member_is_variant(self, cls: str, key: str) -> bool:
        """Is the member `key` of `cls` (or of an ancestor) a variant: declared so, or of
        a type nobody declares (`m_dev is IDirect3DDevice9 dynamic`, a class of a file not
        gathered: WL207 at its line)?"""
        spec = self.member_spec(cls, key)
        return spec == "unknown" or isinstance(spec, TypeSpec) and spec.kind == Kind.VARIANT
