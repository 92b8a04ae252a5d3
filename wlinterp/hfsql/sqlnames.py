"""An item of the analysis named in hand-written SQL without its accents, or in capitals
(`WHERE Societe = 'ACME'`, `ORDER BY SOCIÉTÉ` for the item `Société`), written as the
analysis spells it (docs/hfsql.md, "Queries, data sources, aliases").

WLanguage's names ignore case and accents (`Customer.Societe` reads `Société`), and
HFSQL's SQL reads the analysis's names as the code does (*decided*, INFERRED: no stored
page says whether HFSQL's SQL engine ignores accents; WINDEV code written on keyboards
without accents does so). Both databases saw another column: SQLite ("no such column:
Societe") ignores the case of ASCII letters only, PostgreSQL folds only those to lower
case ("column "societe" does not exist"). Quoted text and names, and a name followed by
`(` (a function) are left as written; so is every name when no item named has an
accent or other non-ASCII letter.
"""
from __future__ import annotations

__all__ = ["accented_items"]

import re
from typing import Sequence

from ..syntax.names import fold
from .analysis import FileDesc
from .sql_quoted import QUOTED

_NAME = re.compile(rf"{QUOTED}|(?<![\w$])(?P<name>[^\W\d]\w*)(?!\s*\(|\w)", re.U)


def accented_items(sql: str, files: Sequence[FileDesc]) -> str:
    """`sql` with each bare name that names a non-ASCII item of `files` but for its case
    or accents written as the analysis spells the item."""
    spelled = {fold(i.name): i.name for d in files for i in d.items if not i.name.isascii()}
    if not spelled:
        return sql

    def one(m: re.Match[str]) -> str:
        name = m.group("name")
        if name is None:
            return m.group(0)
        item = spelled.get(fold(name))
        return name if item is None else item  # (`SOCIÉTÉ`: only ASCII's case is ignored)
    return _NAME.sub(one, sql)
