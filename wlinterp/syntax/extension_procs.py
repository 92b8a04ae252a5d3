"""Extension procedures (help page ?1514086, "Extension procedure"): a global procedure
whose header carries `<extension>` adds a method to the type of its first parameter, so
`s.MyProc(x)` calls `MyProc(s, x)`. In its body `This` / `Ceci` names that first
parameter (WINDEV 2024), and `WL.Function(...)` still reaches the built-in function when
the procedure takes a built-in's name.

The method call is resolved by the semantic pass (semantics/calls.py); this module only
says which procedures are extensions and rewrites `This`/`Ceci` to the parameter's name.
"""
from __future__ import annotations

from typing import Any

from . import nodes as N
from .names import fold
from .walk import children

EXTENSION = "<extension>"
THIS_WORDS: tuple[str, ...] = ("this", "ceci")
# in a method, `MySelf` / `MoiMême` (the element whose code runs: a window's control)
# is the current object too (INFERRED: docs/semantics.md)
SELF_WORDS = THIS_WORDS + ("myself", "moimeme")


def is_extension(proc: N.Procedure) -> bool:
    """Does the procedure's header carry the `<extension>` attribute (and a first
    parameter for it to extend)?"""
    return EXTENSION in proc.modifiers and bool(proc.params) and not proc.params[0].star


_TEXT_WORDS = ("string", "chaine", "strings", "chaines")


def overridden_builtins(proc: N.Procedure, functions: Any) -> list[str]:
    """The names (folded) of the built-in an extension procedure on a string overrides
    beside its own: "creating a Format extension procedure for the String type will
    override both the <String>.Format and StringFormat functions" (VERIFIED, ?1514086),
    so `Format` also answers StringFormat and ChaîneFormate (`Formate` too). `functions`:
    the registry's functions, by folded name."""
    if not is_extension(proc) or not any(
            w in _TEXT_WORDS for w in fold(proc.params[0].type_text or "").split()):
        return []
    key = fold(proc.name)
    for prefix in ("string", "chaine"):
        builtin = functions.get(prefix + key)
        if builtin is not None:
            return [n for n in dict.fromkeys((fold(builtin.en), fold(builtin.fr)))
                    if n != key]
    return []


def bind_this(proc: N.Procedure) -> None:
    """In an extension procedure, `This` / `Ceci` is its first parameter, and in a method
    (with `MySelf` / `MoiMême`) the current object (`objet`: "the 'This' keyword has the same behavior as in classes
    or controls: it refers to the current object", ?1514086), unless the procedure
    declares a variable or parameter of that name: the names are rewritten once, after
    the parse. Nested procedures keep their own meaning."""
    if is_extension(proc):
        meaning, words = proc.params[0].name, THIS_WORDS
    elif proc.owner is not None and "global" not in proc.modifiers:
        meaning, words = "objet", SELF_WORDS
    else:
        return
    if any(fold(p.name) in words for p in proc.params):
        return
    found: list[N.Name] = []
    stack: list[Any] = [proc.body]
    while stack:
        node = stack.pop()
        for child in children(node):
            if isinstance(child, N.Procedure):
                continue
            if isinstance(child, N.Decl) and any(fold(n[0]) in words
                                                  for n in child.names):
                return  # a local variable named This: it keeps its name
            if isinstance(child, N.Name) and fold(child.name) in words:
                found.append(child)
            stack.append(child)
    for name in found:
        name.name = meaning
