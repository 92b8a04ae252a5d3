"""The language day and month names come in (DateToString's MMMM and DDDD, the
...InAlpha functions): the run's nation once Nation() has set one, else the language of
the name the script called (DateVersChaîne, DateVersJourEnLettre: French). PC SOFT's
page of DateToString (?3027025) makes the names depend on the language settings, not
on the mask; a script run here has no project languages, and a French-named call is the
best sign of a French program (docs/builtins.md "Day and month names").
"""
from __future__ import annotations

__all__ = ["NATION_KEY", "names_language", "call_in_french"]

from typing import Any, Callable

NATION_KEY = "names.nation"  # the nation Nation(n) set (nationFrench is 2)
_FRENCH_CALL = "names.french_call"
_NATION_FRENCH = 2


def names_language(rt: Any) -> str:
    """"fr" or "en": the nation Nation() chose, else the called name's language."""
    chosen = rt.state.get(NATION_KEY)
    if chosen is not None:
        return "fr" if chosen == _NATION_FRENCH else "en"
    return "fr" if rt.state.get(_FRENCH_CALL) else "en"


def call_in_french(rt: Any, call: Callable[..., Any], *args: Any) -> Any:
    """Run a built-in marked `wl_names` that the script called by its French name."""
    state = rt.state
    before = state.get(_FRENCH_CALL)
    state[_FRENCH_CALL] = True
    try:
        return call(rt, *args)
    finally:
        state[_FRENCH_CALL] = before
