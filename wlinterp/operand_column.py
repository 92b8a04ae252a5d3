"""The column of a structure or object the run refused as an operand of `+ - * / %`
(`p + 1`, `n / p`, `(p + 1) + p`, `Trace(p.n, p + p)`): where `wl check` puts WL113.

The failing call of the compiled line is known (`w_add(v_p, 1)`, error_column.py); the
operand refused is its first argument holding a value of the refused type (the left one
is converted first). A name written once as an operand in the line is found by its name
alone. Otherwise the compiled program's tree tells which written operation it is: the
operations of the statement's line with the call's operator whose operands match the
call's (the refused name on the same side, the other a literal, a variable of the same
name, or an expression the compiler held in a temporary `_tN`); when exactly one
matches, the caret goes under its operand. The compiled text cannot tell it (its fast
paths repeat the operands and a nested operation is written before the one holding it).
A compound assignment of one variable (`s += p`, `v -= p`: converted apart, or held in a
temporary) is at that variable (`added_operand`). Anything less certain returns None:
the statement's column.
"""
from __future__ import annotations

__all__ = ["refused_operand", "added_operand", "stored_operand"]

import re
from typing import Any, Callable, Iterator

from .syntax.names import fold
from .lazy_regex import lazy_compile

Arguments = Callable[[str, int], list[tuple[int, str]]]

_VARIABLE = lazy_compile(r"[vga]_(\w+)")  # an argument that is a variable: `v_p`
# `s += p`, `v -= p`: a compound assignment of one variable (the compiler converts it on
# a line of its own, `_t1 = to_str(v_p)`, or holds it in a temporary, `w_add(v_v, _t1)`)
_COMPOUND = lazy_compile(r"\s*[^\W\d]\w*\s*[-+]=\s*(?P<name>[^\W\d]\w*)\s*$")
_HELPER = lazy_compile(r"w_(add|sub|mul|div|mod)\(")
# a constant the compiler names (`_K2`): an enumeration's value written `Low`, `Level.Low`
_CONSTANT = lazy_compile(r"_K\d+")
_LOOP_WHERE = lazy_compile(r"\s*(?:for|pour)\s", re.IGNORECASE)
_OPERATOR = {"add": "+", "sub": "-", "mul": "*", "div": "/", "mod": "%"}


def refused_operand(generated: str, start: int, written: str, kind: str, frame: Any,
                    tree: Any, line: int, arguments: Arguments) -> int | None:
    """The 1-based column in WLanguage line `line` (its text `written`) of the operand of
    the arithmetic call at `start` in `generated` that holds a value of type `kind` the
    run refused as a number, or None when not certain. `frame` holds the variables,
    `tree` is the compiled program (its nodes carry their line and column)."""
    from .runtime.values import type_name
    from .dated_column import code_of
    texts = [text for _, text in arguments(generated, start)]
    for side, text in enumerate(texts):
        found = _VARIABLE.fullmatch(text)
        if (found is not None or _CONSTANT.fullmatch(text)) and type_name(
                frame.f_locals.get(text, frame.f_globals.get(text))) == kind:
            break
    else:  # held in a temporary: `v += p` is `w_add(v_v, _t1)`
        return added_operand(written, kind, frame)
    if found is None:  # `Low + 0`: an enumeration's value, placed through the tree
        if _LOOP_WHERE.match(written):  # (in a FOR EACH ... WHERE: at the loop, as WL110)
            return None
        helper = _HELPER.match(generated, start)
        return _in_tree(tree, line, _OPERATOR[helper.group(1)], texts, side) \
            if helper is not None and tree is not None and len(texts) == 2 else None
    name = found.group(1)
    uses = sum(_VARIABLE.fullmatch(text) is not None and text[2:] == name for text in texts)
    hits = [m.start() for m in re.finditer(r"(?<![\w.:])" + re.escape(name)
                                           + r"\b(?!\s*(?:\.|:|\[|\())", code_of(written))]
    if len(hits) == uses:  # the name is written only as this call's operands
        return hits[0] + 1
    helper = _HELPER.match(generated, start)
    if helper is None or tree is None or len(texts) != 2:
        return None
    return _in_tree(tree, line, _OPERATOR[helper.group(1)], texts, side)


def _in_tree(tree: Any, line: int, op: str, texts: list[str], side: int) -> int | None:
    """The column of operand `side` of the one operation `op` of line `line` whose two
    operands match the compiled call's arguments `texts`, or None (none, or several)."""
    matched = [operation for operation in _operations(tree).get(line, ())
               if operation.op == op
               and _matches(operation.left, texts[0]) and _matches(operation.right, texts[1])]
    if len(matched) != 1:
        return None
    operand = (matched[0].left, matched[0].right)[side]
    if _CONSTANT.fullmatch(texts[side]) and type(getattr(operand, "obj", None)).__name__ \
            == "Name":  # `Level.High`: at `Level`, where WL113 is
        operand = operand.obj
    return int(operand.col)


def _matches(operand: Any, text: str) -> bool:
    """Can the written `operand` be what the compiler wrote as `text`? A variable only as
    its own name; a temporary (`_t3`), a literal or a call as anything but a variable."""
    from .syntax import nodes as N
    found = _VARIABLE.fullmatch(text)
    if _CONSTANT.fullmatch(text):  # an enumeration's value, written by its name
        return isinstance(operand, (N.Name, N.Member))
    if isinstance(operand, N.Name):
        return found is not None and fold(operand.name) == fold(found.group(1))
    return found is None


_WALKED: dict[int, tuple[Any, dict[int, list[Any]]]] = {}  # id(tree) -> (tree, its lines)


def _operations(tree: Any) -> dict[int, list[Any]]:
    """The binary operations of `tree` by line, walked once per program (a WHEN
    EXCEPTION loop places each error it catches: one walk, not one per error)."""
    from .syntax import nodes as N
    held = _WALKED.get(id(tree))
    if held is not None and held[0] is tree:
        return held[1]
    lines: dict[int, list[Any]] = {}
    for node in _nodes(tree):
        if isinstance(node, N.BinOp):
            lines.setdefault(node.line, []).append(node)
    if len(_WALKED) >= 4:  # (the programs of a run: few; a bound all the same)
        _WALKED.clear()
    _WALKED[id(tree)] = (tree, lines)
    return lines


def _nodes(tree: Any) -> Iterator[Any]:
    """Every node of `tree` (syntax/walk.py `walk_nodes`, imported when an error is
    first placed, not when the run starts)."""
    from .syntax.walk import walk_nodes
    return walk_nodes(tree)


def added_operand(written: str, kind: str, frame: Any) -> int | None:
    """The column of the variable added or subtracted by the compound assignment that
    is the WLanguage line `written` (`s += p`, `v -= p`) when it holds a value of type
    `kind` the run refused (as a number, as a text), where `wl check` puts WL113; None
    for any other line."""
    from .runtime.values import type_name
    from .dated_column import code_of
    from .syntax.names import fold
    found = _COMPOUND.match(code_of(written))
    if found is None:
        return None
    name = "v_" + fold(found.group("name"))
    held = frame.f_locals.get(name, frame.f_globals.get(name, frame.f_globals.get(
        "g_" + name[2:])))
    return found.start("name") + 1 if held is not None and type_name(held) == kind else None


# `t[1] = p`, `ArrayAdd(t, p)`; a subscript read, `t[p]`, `aa[p]`, `s[[p]]`
_STORES = lazy_compile(r"(?:set_index|_B_\w+|get_index|[vga]_\w+\.get|substr_\w+)\(")


def stored_operand(generated: str, start: int, written: str, kind: str, frame: Any,
                   arguments: Arguments) -> int | None:
    """The column of the one variable given to the store, built-in call or subscript at
    `start` (`set_index(v_t, v_p, 1)`, `_B_arrayadd(_rt, v_t, v_p)`, `v_t.get(v_p)`,
    `substr_one(v_s, v_p)`) that holds a value of type `kind` the run refused as a
    number or a text (a structure stored into an array of numbers, or used as its
    subscript: where `wl check` puts WL110), when the line writes it once; else None."""
    from .runtime.values import type_name
    from .dated_column import named
    if _STORES.match(generated, start) is None:
        return None
    held = {found.group(1) for _, text in arguments(generated, start)
            if (found := _VARIABLE.fullmatch(text)) is not None
            and type_name(frame.f_locals.get(text, frame.f_globals.get(text))) == kind}
    return named(held.pop(), written) if len(held) == 1 else None

