"""The names of a query's result columns, the same on SQLite and PostgreSQL (docs/hfsql.md
"Queries, data sources, aliases", "Result columns' names").

A column the SELECT computes without AS (`COUNT(*)`, `UPPER(Name)`, `LEFT(City, 2)`) is
named as it is written: SQLite named it by its text after wlinterp's translation
(`SUBSTR(City, 1, 2)` for `LEFT(City, 2)`), PostgreSQL by the function (`count`,
`upper`) or `?column?`, and two such columns made the query fail there ("column
reference "?column?" is ambiguous"). named_columns gives each one its text as the program
wrote it (select_list before the translation) as an alias, once the text is translated
(the other steps read it as written). An alias or a column written without quotes
keeps the spelling written (`AS Town`): PostgreSQL folds it to `town`, written_names
spells it back.
"""
from __future__ import annotations

__all__ = ["named_columns", "select_list", "written_names"]

import re

from ..syntax.names import fold
from .computed_columns import PLAIN, alias_name, select_list

_NAME = r"[^\W\d]\w*"
_SELECT = re.compile(r"\s*SELECT\b", re.I)


def named_columns(text: str, written: list[str]) -> str:
    """`text` (translated) with `AS "<as written>"` after each column of its outer SELECT
    computed without an alias, `written` being that SELECT's columns as the program wrote
    them (select_list of its text, [] when it is no SELECT); the text as it is when it is
    no SELECT or its columns are not the written ones."""
    if not written or _SELECT.match(text) is None:
        return text
    columns = select_list(text)
    if len(columns) != len(written):
        return text
    out, pos, given = [], 0, set[str]()
    for column, as_written in zip(columns, written):
        end = text.index(column, pos) + len(column)
        out.append(text[pos:end])
        if column and alias_name(column) is None and PLAIN.fullmatch(column) is None:
            name = _within_limit(as_written, given)
            given.add(name)
            out.append(' AS "' + name.replace('"', '""') + '"')
        pos = end
    return "".join(out) + text[pos:]


_LIMIT = 63  # the bytes of a name PostgreSQL keeps (NAMEDATALEN - 1)


def _within_limit(name: str, given: set[str]) -> str:
    """A column's written text as its name on both databases: at most 63 bytes of UTF-8,
    cut between characters, `~2`, `~3`... in place of its end when an earlier column of the
    SELECT was given the same cut name. PostgreSQL cut a longer name there itself, so two
    long columns alike in their first 63 bytes made the query fail ("column reference
    ... is ambiguous") where SQLite named them whole."""
    if len(name.encode("utf-8")) <= _LIMIT:
        return name
    cut, number = _cut(name, _LIMIT), 1
    while cut in given:
        number += 1
        cut = _cut(name, _LIMIT - len(f"~{number}")) + f"~{number}"
    return cut


def _cut(name: str, size: int) -> str:
    """The longest start of `name` of at most `size` bytes of UTF-8."""
    return name.encode("utf-8")[:size].decode("utf-8", "ignore")


def written_names(text: str, names: list[str]) -> list[str]:
    """The result's column names (`names`, as the database gave them) spelled as the
    SELECT writes them when they are the same name in another case (an alias or a
    column PostgreSQL folded to lower case); the others as given."""
    written: dict[str, str] = {}
    for column in select_list(text):
        found = alias_name(column)
        name = found if found is not None else column.rpartition(".")[2].strip()
        if re.fullmatch(_NAME, name, re.U):
            written.setdefault(fold(name), name)
    return [written.get(fold(n), n) if n == n.lower() else n for n in names]

