"""Abstract classes and abstract methods: which classes have no objects of their own.

One rule for the checker (WL110 where an object is created) and the compiler (the class's
StructDef is marked abstract, so creating one fails when it runs), so the two agree
(docs/semantics.md, "Abstract classes"): a class is abstract when it is declared so
(`X is a Class, abstract`), or when one of its ancestors, or itself, declares a method
`PROCEDURE ABSTRACT M()` / `PROCÉDURE ABSTRAITE` that no class from it down to the class
redefines without that word.
"""
from __future__ import annotations

__all__ = ["ABSTRACT_WORDS", "is_abstract_method", "missing_abstract", "why_abstract",
           "abstract_called"]

from typing import TYPE_CHECKING, Callable, Iterable, Mapping

if TYPE_CHECKING:
    from ..syntax import nodes as N
    from .checker import FunctionChecker
    from .program_symbols import ProgramSymbols

ABSTRACT_WORDS = frozenset({"abstract", "abstraite", "abstrait"})


def is_abstract_method(modifiers: Iterable[str]) -> bool:
    """Is a method with these (folded) modifiers declared abstract?"""
    return any(m in ABSTRACT_WORDS for m in modifiers)


def missing_abstract(lineage: list[str], abstract_keys: Mapping[str, set[str]],
                     concrete: Callable[[str, str], bool]) -> tuple[str, str] | None:
    """The first (class, method) among the abstract methods the classes of `lineage`
    (folded, most derived first) declare that no class below the declaring one
    redefines; `concrete(cls, key)` says whether `cls` has its own non-abstract `key`."""
    for depth, cls in enumerate(lineage):
        for key in sorted(abstract_keys.get(cls, ())):
            if not any(concrete(below, key) for below in lineage[:depth]):
                return cls, key
    return None


def why_abstract(shown: str, declared: bool, missing: tuple[str, str] | None,
                 method_name: Callable[[str, str], str]) -> str | None:
    """The message for creating an object of the class shown as `shown`, or None when
    the class has objects."""
    if declared:
        return f"{shown} is an abstract class: only the classes derived from it can be " \
               f"instantiated (a dynamic {shown} can hold one of them)"
    if missing is not None:
        return f"{shown} is abstract: it does not redefine the abstract method " \
               f"{method_name(*missing)}, so only a class derived from it that does can be " \
               f"instantiated"
    return None


def refused_class(symbols: "ProgramSymbols", key: str) -> str | None:
    """Why the checker refuses an object of the class `key` (folded), or None; cached per
    program, and cheap when no method is abstract (the usual case)."""
    cache = symbols.abstract_why
    if key in cache:
        return cache[key]
    info = symbols.structs.get(key)
    why = None
    if info is not None:
        if "" not in cache:  # the abstract methods of the program, once
            cache[""] = None
            symbols.abstract_methods = {}
            for (cls, mkey), p in symbols.methods.items():
                if is_abstract_method(p.modifiers):
                    symbols.abstract_methods.setdefault(cls, set()).add(mkey)
        missing, methods = None, symbols.methods
        if symbols.abstract_methods:
            missing = missing_abstract(
                symbols.lineage(key), symbols.abstract_methods,
                lambda c, k: (c, k) in methods and not is_abstract_method(methods[(c, k)].modifiers))
        why = why_abstract(info.name, info.abstract, missing,
                           lambda c, k: f"{symbols.structs[c].name}::{methods[(c, k)].name}")
    cache[key] = why
    return why


def abstract_called(fc: "FunctionChecker", e: N.Call, func: N.Name | N.Member,
                    cls: str, key: str, col: int | None = None) -> None:
    """WL111 (deferred: the run stops at the call, in these words) at a call of the
    version of method `key` that class `cls` (folded) or its nearest ancestor declares,
    when that version is abstract (`CShape::Area()`, `Ancestor.Area()` or
    `ExecuteAncestor()` in CSquare::Area): an abstract method has no code of its own to
    run (docs/semantics.md "Abstract methods")."""
    methods = fc.sym.methods
    owner = next((c for c in fc.sym.lineage(cls) if (c, key) in methods), None)
    if owner is None or not is_abstract_method(methods[(owner, key)].modifiers):
        return
    method = methods[(owner, key)]
    d = fc.rep.report("WL111", f"{fc.sym.structs[owner].name}::{method.name} is an abstract "
                      f"method: it has no code to run", e, len(func.name), col=col,
                      hint=f"a derived class's redefinition runs when the method is called "
                      f"on an object (o.{method.name}()); an abstract method's own version "
                      f"cannot be called", deferred=True)
    fc.rep.call_errors.setdefault((e.line, e.col), d)
