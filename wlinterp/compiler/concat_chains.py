"""A long chain of texts joined with `+`, generated flat.

Each join of two texts is `(a + b if len(a) + len(b) <= _big_str else w_add(a, b))` with
its left side bound by `len((_t := ...))`: three brackets around the left side, so the
chain `s1 + s2 + ... + sN` nested 3N brackets deep and CPython's compiler (200 nested
brackets at most) refused a chain of about 66 texts: "the code nests too deeply here to
be compiled", for a line WINDEV runs (a long SQL text, a CSV line of many fields). From
the `FLAT_FROM`-th join of a chain on, the chain is one tuple instead, evaluated left to
right, each join a flat element reading the one before through one temporary:
`(_t := <the first joins>, _t := (_t + s9 if ... else w_add(_t, s9)), ...)[-1]`. The same
values in the same order; a chain of fewer joins is generated as before.
"""
from __future__ import annotations

__all__ = ["CHAINED", "FLAT_FROM", "LOGIC_CHAINED", "LONG_SUM", "ConcatChainMixin", "Chain"]

from typing import TYPE_CHECKING, Any, Callable, NamedTuple

from ..runtime.kinds import SType
from ..syntax import nodes as N
from .base import CompilerBase

FLAT_FROM = 8  # the join of a chain from which the chain is generated flat
LONG_SUM = 32  # a `+` chain of more terms is generated from its first term up
SEGMENT = 256  # ... in segments of so many joins, each one's value kept in a temporary
CHAINED = ("+", "-", "*", "/")  # the operators of such a chain (`n - a - b`, `s + a - b + c`)
LOGIC_CHAINED = ("and", "or", "sand", "sor")  # a chain of conditions (`a AND b OR c`)


class Chain(NamedTuple):
    """The last join generated: its code (the object itself: a chain's next join has it
    as its left side), how many joins it ends, and once flat, its earlier elements, its
    temporary and its last value."""

    code: str
    joins: int
    elements: tuple[str, ...] = ()
    acc: str = ""
    value: str = ""


class ConcatChainMixin(CompilerBase):
    """Joins of texts (operators.py _concat) kept flat along a chain."""

    last_join: Chain | None = None

    def chain_before(self, left: str) -> Chain | None:
        """The chain whose last join is `left` when it is long enough to go flat."""
        last = self.last_join
        if last is None or last.code is not left or last.joins < FLAT_FROM - 1:
            return None
        return last

    def flat_join(self, chain: Chain, join: Callable[[str], str]) -> str:
        """The next join of `chain`, `join(acc)` joining its temporary and the right
        side, as one more element of the chain's tuple."""
        if not chain.elements:  # the chain goes flat here: its nested code first
            acc = self.temp()
            elements: tuple[str, ...] = (f"{acc} := {chain.code}",)
        else:
            acc = chain.acc
            elements = chain.elements + (f"{acc} := {chain.value}",)
        value = join(acc)
        code = f"({', '.join(elements)}, {value})[-1]"
        self.last_join = Chain(code, chain.joins + 1, elements, acc, value)
        return code

    def chained(self, left: str, join: Callable[[str], str]) -> str:
        """`join(left)`, one join of a `+` (or `-`, `*`) chain whose left side is `left`:
        nested up to the chain's FLAT_FROM-th join, one flat element from there on.
        Texts and numbers alike: `n1 + n2 + ... + n60` nested one bracket per join (two
        for a Variant's guarded `+`) and 200 terms passed CPython's 200 brackets."""
        chain = self.chain_before(left)
        if chain is not None:
            return self.flat_join(chain, join)
        return self.note_join(left, join(left))

    def note_join(self, left: str, code: str) -> str:
        """Remember `code`, a nested join of `left` and a right side."""
        last = self.last_join
        joins = last.joins + 1 if last is not None and last.code is left else 1
        self.last_join = Chain(code, joins)
        return code


    def long_chain(self, e: N.BinOp | N.Logic,
                   build: Callable[[Any], tuple[str, SType]]) -> tuple[str, SType]:
        """`build(e)`, `e` a `+ - * /` whose left side is one too (or an AND / OR whose
        left side is one too): a chain of more than LONG_SUM terms is generated from its
        innermost join outwards, each join's code handed to the next as its left side's
        (bound_leaves, as expr reads a nullable operand's), so that the compiler does not
        recurse once per term (five frames per term: a chain of 200 texts ran out of
        Python's stack, "nests too deeply"). Shorter: as before."""
        bound = self.bound_leaves
        if id(e.left) in bound:  # (a join of the chain being generated: its left is done)
            return build(e)
        kind = type(e)
        ops = CHAINED if kind is N.BinOp else LOGIC_CHAINED
        spine: list[N.Expr] = []
        node: Any = e.left
        while type(node) is kind and node.op in ops:
            spine.append(node)
            node = node.left
        if len(spine) <= LONG_SUM:
            return build(e)
        spine.reverse()
        parts: list[str] = []  # the chain's segments, each kept in a temporary
        try:
            for k, join in enumerate(spine):
                code, t = bound[id(join)] = self.expr(join)  # (its left side's is bound)
                if k >= 2:  # (the code of a join two back is no join's left side: a
                    del bound[id(spine[k - 2])]  # long chain's codes held quadratic memory)
                if k % SEGMENT == SEGMENT - 1:  # the next join starts from a temporary
                    kept = self.temp()
                    parts.append(f"{kept} := {code}")
                    bound[id(join)] = (kept, t)
            code, t = build(e)
        finally:
            for join in spine:
                bound.pop(id(join), None)
        return (f"({', '.join(parts)}, {code})[-1]", t) if parts else (code, t)

