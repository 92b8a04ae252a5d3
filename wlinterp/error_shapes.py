"""The shapes of a failing part of a generated line that error_column.py can find in the
WLanguage text: for each kind of part (a built-in's call, a division, a subscript, a
member...), the pattern of the generated part and the pattern of the text it was
compiled from. One named step per kind, tried in a fixed order; the first that
recognises the part gives its shape.
"""
from __future__ import annotations

__all__ = ["BUILTIN", "OPERATOR", "shape", "Shape"]

import re
from typing import Callable

from .syntax.names import fold
from .lazy_regex import lazy_compile

Shape = tuple[re.Pattern[str], str]  # (the generated part's pattern, its text's pattern)

# what a generated call or access looks like -> how to find its WLanguage text
BUILTIN = lazy_compile(r"_B_(\w+)\(")
OPERATOR = lazy_compile(r"w_(div|mod)\(")
_SUBSCRIPT = lazy_compile(r"[vga]_(\w+)\.get\(|get_index\([vga]_(\w+),")  # t[1], aa["a", "b"]
_CALL_REF = lazy_compile(r"call_ref\([vga]_(\w+)(\.get\()?")  # p(2), t[1](2)
# an element of a variable written (`t[1, 2] = 4`, `t[i] += 1`): at the target's variable
_STORED = lazy_compile(r"(?:set_index|element_place)\([vga]_(\w+),")
# (a third argument: the name as written, `get_member(v_o, 'width', 'Width')`)
_MEMBER = lazy_compile(r"(?:get_member|variant_member)\([vga]_(\w+), '(\w+)'[,)]")
_WRITTEN = lazy_compile(r"set_member\([vga]_(\w+), '(\w+)'")  # v.m_x = 3
_METHOD = lazy_compile(r"call_(?:variant_)?method\(_rt, [vga]_(\w+), '(\w+)'")  # v.Bump()
# d..Jour, d.Year read; `d.Foo = 1`, `s..Foo = 1` set (with_part): at Foo, as WL109
_PROPERTY = lazy_compile(r"(?:[gs]et_prop|part_of|with_part(?:_of)?)\([vga]_(\w+), '(\w+)'")
_UNDECLARED = lazy_compile(r"data_(?:name|assign|item|item_set)\(_rt, '(\w+)'")  # EDT_Name
_INDIRECT = lazy_compile(r"indirect_(?:get|set|call)\(")  # {"EDT_Name"}: at its brace
# an element of a structure's member (`st.t[1, 2]`, read or written): at the member's name
_MEMBER_INDEX = lazy_compile(r"(?:get|set)_index\(\([vga]_(\w+)\.values\['(\w+)'\]")
_STEP = lazy_compile(r"for_step\([vga]_(\w+)\)")  # FOR ... STEP t: at t, as WL110
_USED = lazy_compile(r"use_block\([vga]_(\w+)\)")  # USING n IN: at n, as WL110
_SIZED = lazy_compile(r"sized_array\(")  # `new array of (-1) int`: at new, as WL110
# FOR i = 1 TO t, FOR i = v TO 3 (i a number, v a Variant's Date): at t, v, as WL110
_BOUND = lazy_compile(r"(?:for_bound\(|for_number_start\()[vga]_(\w+)[),]")
# a member of the current object, read or written (`m_n`, `:m_n`, `Object.m_n` in a method)
_OWN = lazy_compile(r"(?:get_member\(a__objet, '(\w+)'\)|a__objet\.values\['(\w+)'\]"
                    r"|set_member\(a__objet, '(\w+)')")
_OPERATOR_TEXT = {"div": r"(?<![/])/(?![/])", "mod": r"%|\bmodulo\b"}
_SEPARATOR = r"\s*(?:\.\.?|:)\s*"  # between an object and its member: `.`, `..`, `:`


def shape(failed: str) -> Shape | None:
    """The shape of the part `failed` of the generated line starts with, if it is one
    this module knows. A built-in's call whose names are unknown has none: no other
    step is tried for it."""
    found = BUILTIN.match(failed)
    if found is not None:
        return _builtin(found.group(0), found.group(1))
    for step in _STEPS:
        made = step(failed)
        if made is not None:
            return made
    return None


def _exact(found: re.Match[str]) -> re.Pattern[str]:
    """The generated part exactly as it is written."""
    return re.compile(re.escape(found.group(0)))


def _builtin(generated: str, pyname: str) -> Shape | None:
    """A built-in's call: at any of its names followed by `(`."""
    names = _spellings(pyname)
    if not names:
        return None
    return (re.compile(re.escape(generated)),
            r"(?<![\w.])(?:" + "|".join(map(re.escape, names)) + r")\s*\(")


def _operator(failed: str) -> Shape | None:
    """A division or modulo: at its operator."""
    found = OPERATOR.match(failed)
    return None if found is None else (_exact(found), _OPERATOR_TEXT[found.group(1)])


def _subscript(failed: str) -> Shape | None:
    """A subscript read `t[`. A store into the same variable is one of its `t[` too
    (`t[1] = t[2]`)."""
    found = _SUBSCRIPT.match(failed)
    held = found and (found.group(1) or found.group(2))
    if not (held and held.isidentifier()):
        return None
    name = re.escape(held)
    return (re.compile(r"[vga]_" + name + r"\.get\(|(?:set_index|element_place|get_index)"
                       r"\([vga]_" + name + ","), r"(?<![\w.])" + name + r"\s*\[")


def _stored(failed: str) -> Shape | None:
    """An element written: at the target, where the statement starts, as `wl check`
    puts WL110."""
    found = _STORED.match(failed)
    if found is None or not found.group(1).isidentifier():
        return None
    return _exact(found), r"^" + re.escape(found.group(1)) + r"\s*\["


def _call_ref(failed: str) -> Shape | None:
    """A procedure called through a variable or an element: at the procedure's holder."""
    found = _CALL_REF.match(failed)
    if found is None or not found.group(1).isidentifier():
        return None
    opener = r"\[" if found.group(2) else r"\("
    return _exact(found), r"(?<![\w.])" + re.escape(found.group(1)) + r"\s*" + opener


def _undeclared(failed: str) -> Shape | None:
    """An undeclared name: every use of it in the line, read or assigned."""
    found = _UNDECLARED.match(failed)
    if found is None:
        return None
    return (re.compile(r"data_(?:name|assign|item|item_set)\(_rt, '"
                       + re.escape(found.group(1)) + "'"),
            r"(?<![\w.:])" + re.escape(found.group(1)) + r"(?!\w)")


def _member_index(failed: str) -> Shape | None:
    """An element of a structure's member: at the member's name, where WL110 is placed
    (`m_t[`, `:m_t[` in a method)."""
    found = _MEMBER_INDEX.match(failed)
    if found is None or not found.group(1).isidentifier():
        return None
    holder, member = (re.escape(part) for part in found.groups())
    return (re.compile(r"(?:get|set)_index\(\([vga]_" + holder + r"\.values\['"
                       + member + r"'\]"),
            (r"(?<![\w.])" if found.group(1) == "_objet" else r"(?<=[.:])")
            + re.escape(fold(found.group(2))) + r"\s*\[")


def _bound(failed: str) -> Shape | None:
    """A FOR loop's bound: the variable itself."""
    return _variable(_BOUND.match(failed))


def _variable(found: re.Match[str] | None) -> Shape | None:
    """A variable alone (a bound, USING's variable): at its name, not at a longer
    name, an element, a call or a member of it."""
    if found is None or not found.group(1).isidentifier():
        return None
    return _exact(found), r"(?<![\w.:])" + re.escape(found.group(1)) + r"(?![\w\[(.:])"


def _step(failed: str) -> Shape | None:
    """A FOR loop's STEP: the variable after STEP/PAS."""
    found = _STEP.match(failed)
    if found is None or not found.group(1).isidentifier():
        return None
    return _exact(found), r"(?:(?<=\bstep )|(?<=\bpas ))" + re.escape(found.group(1)) + r"\b"


def _sized(failed: str) -> Shape | None:
    """An array's `new` whose dimension is refused: at `new` (a declaration has no
    `new`: its statement's column stays)."""
    if _SIZED.match(failed) is None:
        return None
    return re.compile(r"sized_array\("), r"(?<![\w.])(?:new|nouveau|allouer)\b"


def _used(failed: str) -> Shape | None:
    """USING's variable."""
    return _variable(_USED.match(failed))


def _indirect(failed: str) -> Shape | None:
    """An indirection: at its brace."""
    if _INDIRECT.match(failed) is None:
        return None
    return re.compile(r"indirect_(?:get|set|call)\("), r"\{"


def _own(failed: str) -> Shape | None:
    """A member of the current object: at the name, as `wl check` places WL111 in a
    GLOBAL method."""
    found = _OWN.match(failed)
    if found is None:
        return None
    name = re.escape(fold(next(g for g in found.groups() if g)))
    return (_exact(found),
            r"(?<![\w.:])(?:(?:objet|object)" + _SEPARATOR + r"|:\s*)?(?P<name>" + name
            + r")\b")


def _member(failed: str) -> Shape | None:
    """A member, property or method of a variable (`o.m_x`, `d..Jour`, `v.Bump()`):
    the path to it, then its name."""
    found = _MEMBER.match(failed) or _PROPERTY.match(failed) or _WRITTEN.match(failed) \
        or _METHOD.match(failed)
    if found is None:
        return None
    path = [re.escape(fold(part)) for part in found.group(1).split(".")]
    return (_exact(found),
            r"(?<![\w.:])" + _SEPARATOR.join(path) + _SEPARATOR
            + "(?P<name>" + re.escape(fold(found.group(2))) + r")\b")


_STEPS: tuple[Callable[[str], Shape | None], ...] = (
    _operator, _subscript, _stored, _call_ref, _undeclared, _member_index, _bound, _step,
    _sized, _used, _indirect, _own, _member)


def _spellings(pyname: str) -> list[str]:
    """The folded names a built-in is called by (English, French), longest first."""
    from .registry import load_stdlib
    builtin = load_stdlib().functions.get(pyname)
    if builtin is None:
        return []
    called = {pyname} if fold(pyname) == pyname else set()  # Sqrt: Root's other name
    return sorted({fold(builtin.en), fold(builtin.fr)} | called, key=len, reverse=True)
