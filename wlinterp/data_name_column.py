"""The column of a data file's name, item or key that a run stopped on.

`Customer.Nme = "a"`, `HReadSeekFirst(Customer, "Nme", x)`, `FOR EACH Customer ON
NoSuchKey`, `POUR TOUT Client`: the data layer says which name it does not know
("'Nme' is not an item of the data file Customer.", hfsql/context.py; "FOR EACH:
'Client' is not a data file of the analysis.", hfsql/hooks.py), not where it was
written; the caret went to the statement's start. `wl check --analysis` puts WL109 /
WL101 at the name (semantics/data_items.py): the run's caret goes there too, when the
line names it once (inside its quotes when written as a text), else it stays.
"""
from __future__ import annotations

__all__ = ["data_name_column"]

import re

from .dated_column import code_of
from .lazy_regex import lazy_compile
from .syntax.names import fold

_UNKNOWN = lazy_compile(r"(?:[\w ]+: )?'(\w+)' is not (?:a key or an item|an item|"
                        r"a data file) of the")


def data_name_column(message: str, written: str) -> int | None:
    """The 1-based column in the WLanguage line `written` of the name the error
    `message` says unknown, when the line writes it once; else None."""
    said = _UNKNOWN.match(message)
    if said is None:
        return None
    name = said.group(1)
    quoted = [m.start() + 2 for m in re.finditer(f'"{re.escape(name)}"', written)]
    if quoted:
        return quoted[0] if len(quoted) == 1 else None
    bare = [m.start() + 1 for m in re.finditer(r"(?<!\w)" + re.escape(fold(name)) + r"(?!\w)",
                                                code_of(written))]
    return bare[0] if len(bare) == 1 else None
