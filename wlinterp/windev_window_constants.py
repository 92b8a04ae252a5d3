"""Constants of the window families, by name: what ported code compares a window
function's answer or a control's state with (`IF YesNo("Go?") = No`, `GRP_Input..State =
Active`). Outside a window function's arguments (where `wl check` already accepts any
name: they are controls and window constants) they were undeclared names (WL101).

Decided (docs/check.md, "Window controls"): such a name, undeclared, is a window constant
as a control is a window control: `wl check` says so (WL212, a warning, as for a
control), and `wl run` stops where one is read, with an error saying what it is (the
window function or the control beside it would stop there anyway: no value is made up
for them). A variable the program declares with such a name is its variable.

The names, English and French: `Active` VERIFIED (?2510039, the State property's
example `STC_Static1.State = Active`), `Actif` seen in real code (`GRP_X..Etat =
Actif`); `No` seen in real code (`YesNo(...) = No`), `Yes`, `Oui` and `Non` INFERRED (the
other answers of YesNo / OuiNon; no stored page lists them). Seen in PC SOFT's own
example windows (English): `Grayed` (`MySelf..State = Grayed`), `toColumn`,
`toTotal` (`oTable.Occurrence(toColumn)`); their French
(`PastelRed`, seen there too, is a colour constant since: stdlib/colors.py)
names and `Inactive`/`Inactif`, the third state, INFERRED. One window *variable*:
`_EVE` (VERIFIED ?9000126: "_EVE.LPARAM and _EVE.WPARAM variables" of a window's optional
events), the same in both languages.
"""
from __future__ import annotations

__all__ = ["WINDOW_CONSTANT_KEYS", "window_constant", "window_constant_message"]

from .syntax.names import fold

# (English, French, what it is)
_CONSTANTS = (
    ("Active", "Actif", "a control's state (State property)"),
    ("Yes", "Oui", "an answer of YesNo / OuiNon"),
    ("No", "Non", "an answer of YesNo / OuiNon"),
    ("Grayed", "Grisé", "a control's state (State property)"),
    ("Inactive", "Inactif", "a control's state (State property)"),
    ("toColumn", "toColonne", "a Table control's count of columns (Occurrence)"),
    ("toTotal", "toTotal", "a Table control's count of rows and columns (Occurrence)"),
    ("_EVE", "_EVE", "the Windows message of a window's optional event"),
)
# the names that are variables of a window's events, not constants
_VARIABLES = frozenset({"_eve"})
_BY_KEY: dict[str, tuple[str, str, str]] = {fold(n): c for c in _CONSTANTS for n in c[:2]}
WINDOW_CONSTANT_KEYS = frozenset(_BY_KEY)  # their folded names


def window_constant(name: str) -> str | None:
    """"window constant" or "window variable" when `name` is one, else None."""
    key = fold(name)
    if key not in _BY_KEY:
        return None
    return "window variable" if key in _VARIABLES else "window constant"


def window_constant_message(key: str) -> str:
    """The run-time error for reading the window constant whose folded name is `key`."""
    en, fr, what = _BY_KEY[key]
    shown = fr if fold(fr) == key else en
    kind = "window variable" if key in _VARIABLES else "window constant"
    return (f"{shown} is a {kind} ({what}): not available outside a window "
            f"(wlinterp runs code without windows).")
