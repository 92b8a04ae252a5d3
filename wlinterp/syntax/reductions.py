"""The reduction callbacks of the LALR driver, made from the rule shapes tables.py stores.

A shape says what Lark's tree builder does on reducing a rule: the builder method it
calls, which children it keeps, which it splices in (those of an inlined `_rule` and of
the `__x_star` lists Lark makes for repetitions), how many Nones it adds for missing
optional parts, whether a `?rule` passes a single child through. From it:

- no callback for a `?rule` of one symbol: the driver only changes state;
- `itemgetter` for a `?rule` that keeps one child of several (`stmt: simple _NL`);
- for a rule that filters or splices its children, a small function written from the
  shape: it builds the kept list without a loop over the shape (`[c[0], c[2]]`,
  `f += c[3]`) and calls the builder's method. It is compiled the first time the rule is
  reduced (a short script compiles a few), and its text is compiled once for all the
  rules that share it;
- an inlined rule or repetition list without a method makes the plain list of its
  children, which its parent splices in. Lark makes a Tree whose `.children` the parent
  takes: a list is the same without an object and a Python call each, and a repetition
  (`__x_star: __x_star item`, one reduction per item) grows its own list in place.

A builder with `__default__`, or with a method for an inlined rule, gets Trees for those
rules, as Lark gives them.
"""
from __future__ import annotations

__all__ = ["Tree", "reductions"]

from functools import partial
from operator import itemgetter
from types import CodeType
from typing import Any, Callable

Shape = tuple[str, bool, Any, int]  # (method name, expand1, include or None, Nones to add)
Rules = list[tuple[int, str, Any]]


class Tree:
    """What a rule without a builder method makes when it is not spliced into its parent
    (`sort_key`), or under a builder with `__default__`: Lark's Tree reduced to what the
    driver and the builder use."""

    __slots__ = ("data", "children", "meta")

    def __init__(self, data: str, children: list[Any], meta: Any = None) -> None:
        self.data = data
        self.children = children
        self.meta = meta

    def __repr__(self) -> str:
        return f"Tree({self.data!r}, {self.children!r})"


def _by_default(default: Callable[..., Any], name: str, children: list[Any]) -> Any:
    """A rule without a method of a builder that has `__default__` (as Lark calls it)."""
    return default(name, children, None)


def reductions(sizes: list[tuple[int, str]], shapes: list[Shape], builder: Any) -> Rules:
    """(size, origin, callback) for each rule, callbacks bound to `builder`. A rule's
    callback is made the first time the rule is reduced (`_first`): making all 731 was
    about 1.5 ms of every start, and a short script reduces a few dozen rules; only
    whether there is one (a `?rule` of one symbol has none) is decided here."""
    lists = getattr(builder, "__default__", None) is None and not any(
        shape[0].startswith("_") and hasattr(builder, shape[0]) for shape in shapes)
    rules: Rules = []
    for index, ((size, origin), shape) in enumerate(zip(sizes, shapes)):
        if shape[1] and shape[2] is None and size == 1:  # (callback's first case)
            rules.append((size, origin, None))
        else:
            rules.append((size, origin, partial(_first, rules, index, builder, shape, lists)))
    return rules


def _first(rules: Rules, index: int, builder: Any, shape: Shape, lists: bool,
           children: list[Any]) -> Any:
    """A rule's first reduction: its callback made and put in its place, then called."""
    size, origin, _ = rules[index]
    made = callback(builder, shape, size, lists)
    assert made is not None  # (reductions left the rules without one out)
    rules[index] = (size, origin, made)
    return made(children)


def callback(builder: Any, shape: Shape, size: int, lists: bool = True,
             rules: Rules | None = None, index: int = 0) -> Callable[[list[Any]], Any] | None:
    """The reduction of one rule (see the module's docstring). `lists`: inlined rules make
    lists (else Trees). `rules[index]`: where the rule's callback is, so that a written
    function replaces its stand-in there once compiled (without `rules`, it is compiled at
    once)."""
    name, expand1, include, append_none = shape
    if expand1 and include is None and size == 1:
        return None
    if expand1 and include is not None and len(include) == 1 and not include[0][1] \
            and not include[0][2] and not append_none:
        return itemgetter(include[0][0])  # `stmt: simple _NL`: the one kept child
    method = getattr(builder, name, None)
    default = getattr(builder, "__default__", None)
    spliced = method is None and default is None and lists and name.startswith("_")
    if method is None:
        method = partial(Tree, name) if default is None else partial(_by_default, default, name)
    if include is None:
        if spliced:
            return list  # a copy of the children the driver passes (a fresh list anyway)
        if expand1:
            inner = method
            return lambda children: children[0] if len(children) == 1 else inner(children)
        return method
    text = (include, append_none, expand1, ".children" if not lists else "",
            "" if spliced else "build")  # _source's arguments: written when first reduced
    env = {"build": method, "len": len}
    if rules is None:
        return _made(_source(*text), env)
    return _deferred(rules, index, text, env)


def _source(include: tuple[tuple[int, bool, int], ...], append_none: int, expand1: bool,
            splice: str, build: str) -> str:
    """The text of a reduction: the kept children `c[i]` in a list `f`, the spliced ones'
    items added (the first of them, with nothing before, is taken over, as Lark does),
    Nones where the shape adds them; then `build(f)` (or `f`, or the one child of a
    `?rule`)."""
    lines: list[str] = []
    run: list[str] = []
    started = False

    def flush() -> None:
        nonlocal started
        if not run:
            return
        if not started:
            lines.append(f"f = [{', '.join(run)}]")
        elif len(run) == 1:
            lines.append(f"f.append({run[0]})")
        else:
            lines.append(f"f += [{', '.join(run)}]")
        started = True
        run.clear()

    for i, expand, nones in include:
        run.extend(["None"] * nones)
        if not expand:
            run.append(f"c[{i}]")
            continue
        flush()
        lines.append(f"f {'+' if started else ''}= c[{i}]{splice}")
        started = True
    run.extend(["None"] * append_none)
    flush()
    if not started:
        lines.append("f = []")
    result = f"{build}(f)" if build else "f"
    if expand1:
        result = f"f[0] if len(f) == 1 else {result}"
    return "def reduce(c):\n    " + "\n    ".join(lines) + f"\n    return {result}\n"


_CODE: dict[str, CodeType] = {}  # the text of a reduction -> its compiled module


def _made(source: str, env: dict[str, Any]) -> Callable[[list[Any]], Any]:
    code = _CODE.get(source)
    if code is None:
        code = _CODE[source] = compile(source, "<reduction>", "exec")
    exec(code, env)
    return env["reduce"]


def _deferred(rules: Rules, index: int, text: tuple[Any, ...],
              env: dict[str, Any]) -> Callable[[list[Any]], Any]:
    """A stand-in that writes and compiles the reduction at its first call and puts it in
    its place (writing the 455 rules' texts at every start was about 1 ms: a one-line
    script reduces a few dozen)."""
    def first(children: list[Any]) -> Any:
        made = _made(_source(*text), env)
        size, origin, _ = rules[index]
        rules[index] = (size, origin, made)
        return made(children)
    return first
