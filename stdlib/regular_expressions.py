"""Regular expressions: MatchRegularExpression/VérifieExpressionRégulière.

The expression must match the whole string (the function checks a format, as in
`MatchRegularExpression(code, "[A-Z]{2}[0-9]{4}")`). Its syntax is Python's `re`, which
agrees with the usual (Perl-style) syntax WINDEV accepts for classes, quantifiers,
groups, alternatives and anchors. The sub-strings of the groups are given back in an
array passed as third argument (emptied, then one element per group; "" for a group
that did not take part). WINDEV can also write them into variables passed after the
expression; wlinterp's built-ins cannot assign their arguments, so that form is refused
with a clear error instead of leaving the variables silently unchanged. An invalid
expression is a fatal error, like a syntax error in code.
"""
from __future__ import annotations

import re

from wlinterp.errors import WLRuntimeError
from wlinterp.registry import Family
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
def match_regular_expression(rt: Runtime, s: object, pattern: object,
                             *groups: object) -> bool:
    """True when the whole of `s` matches `pattern`; an array given third receives the
    groups' sub-strings (see the module docstring)."""
    fname = "MatchRegularExpression"
    found = _compiled(V.to_str(pattern), fname).fullmatch(V.to_str(s))
    if not groups:
        return found is not None
    target = groups[0]
    if len(groups) > 1 or not isinstance(target, WLArray):
        raise WLRuntimeError(f"{fname}: wlinterp gives the sub-strings back in an array "
                             "(MatchRegularExpression(s, expression, arr)), not in "
                             "variables.")
    if len(target.dims) > 1:
        raise WLRuntimeError(f"{fname}: the array of sub-strings must have one dimension.")
    target.clear()
    if found is not None:
        for text in found.groups(default=""):
            target.append(text)
    return found is not None
