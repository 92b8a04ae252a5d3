"""Regular expressions: MatchRegularExpression/VérifieExpressionRégulière.

The expression must match the whole string (the function checks a format, as in
`MatchRegularExpression(code, "[A-Z]{2}[0-9]{4}")`). Its syntax is Python's `re`, which
agrees with the usual (Perl-style) syntax WINDEV accepts for classes, quantifiers,
groups, alternatives and anchors. The sub-strings of the groups are given back in an
array passed as third argument (emptied, then one element per group; "" for a group
that did not take part), or into the variables passed after the expression, one group
each (up to ten; a variable past the last group, or every one when the string does not
match, receives ""). An invalid expression is a fatal error, like a syntax error in code.
"""
from __future__ import annotations

import re

from wlinterp.errors import WLRuntimeError
from wlinterp.registry import Family, OutArg
from wlinterp.runtime import values as V
from wlinterp.runtime.containers import WLArray
from wlinterp.runtime.state import Runtime

family = Family("Regular expressions")

_CACHE: dict[str, re.Pattern[str]] = {}


def _compiled(pattern: str, fname: str) -> re.Pattern[str]:
    """The compiled expression (kept: a loop checks the same format many times)."""
    rx = _CACHE.get(pattern)
    if rx is None:
        try:
            rx = re.compile(pattern)
        except re.error as exc:
            raise WLRuntimeError(f"{fname}: invalid regular expression '{pattern}': "
                                 f"{exc}.") from None
        if len(_CACHE) < 256:
            _CACHE[pattern] = rx
    return rx


@family.function("MatchRegularExpression", "VérifieExpressionRégulière")
def match_regular_expression(rt: Runtime, s: object, pattern: object, v1: OutArg = None,
                             v2: OutArg = None, v3: OutArg = None, v4: OutArg = None,
                             v5: OutArg = None, v6: OutArg = None, v7: OutArg = None,
                             v8: OutArg = None, v9: OutArg = None,
                             v10: OutArg = None) -> tuple[object, ...]:
    """True when the whole of `s` matches `pattern`; the groups' sub-strings go into an
    array given third, or into the variables given from the third on (see the module
    docstring). The result, then the value each output parameter receives."""
    found = _compiled(V.to_str(pattern), "MatchRegularExpression").fullmatch(V.to_str(s))
    texts = found.groups(default="") if found is not None else ()
    if isinstance(v1, WLArray):
        if any(v is not None for v in (v2, v3, v4, v5, v6, v7, v8, v9, v10)):
            raise WLRuntimeError("MatchRegularExpression: the sub-strings go into one array "
                                 "or into variables, not both.")
        _fill(v1, texts)
        return (found is not None, v1, *[None] * 9)
    return (found is not None, *(texts[i] if i < len(texts) else "" for i in range(10)))


def _fill(target: WLArray, texts: tuple[str, ...]) -> None:
    """The array form: emptied, then one element per group."""
    if len(target.dims) > 1:
        raise WLRuntimeError("MatchRegularExpression: the array of sub-strings must have "
                             "one dimension.")
    target.clear()
    for text in texts:
        target.append(text)
