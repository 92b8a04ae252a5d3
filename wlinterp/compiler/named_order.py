"""Named arguments evaluated in the order written (`P(nB : Next(), nA : Next())` calls
Next for nB first), though the call passes them in its parameters' order: the semantic
pass placed them and noted, in `Call.order`, the arguments with effects in the order
written when it differs (semantics/named_args.py). Decided, INFERRED (docs/semantics.md
"Named arguments"). Only such calls pay for it: every other call has no order."""
from __future__ import annotations

__all__ = ["in_written_order"]

from typing import Callable


def in_written_order(order: tuple[int, ...], codes: list[str],
                     temp: Callable[[], str]) -> list[str]:
    """`codes` (one per argument, in the parameters' order) rewritten so that Python,
    evaluating them left to right, computes the arguments of `order` in that order: the
    first of them in the list computes them all into temporaries, in `order`'s order, and
    each place reads its temporary."""
    if not order or max(order) >= len(codes):
        return codes
    names = {i: temp() for i in order}
    first = min(order)
    out = list(codes)
    computed = ", ".join(f"({names[i]} := {codes[i]})" for i in order)
    for i in order:
        out[i] = names[i]
    out[first] = f"({computed}, {names[first]})[-1]"
    return out
