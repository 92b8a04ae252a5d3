"""The items of the data files a query names, in the forms translating its SQL needs
(query.py run_query, sqldialect.translate).

Each form is worked out the first time it is asked for: a query needing none (most of
them on SQLite, which needs neither the Boolean items nor the kinds LIKE goes by) builds
none. run_query built every set on every query, SQLite's too.
"""
from __future__ import annotations

__all__ = ["QueryItems"]

from collections.abc import Sequence
from functools import cached_property

from ..syntax.names import fold
from .analysis import FileDesc
from .itemtypes import TEXT_KINDS

_DATED = ("date", "time", "datetime")


class QueryItems:
    """The items of `files` (the data files a query names), by folded name."""

    def __init__(self, files: Sequence[FileDesc]) -> None:
        self._files = files

    @cached_property
    def dated(self) -> dict[str, str]:
        """The Date, Time and DateTime items with their kind (their texts: dated_sql.py)."""
        return {fold(i.name): i.type.kind for d in self._files for i in d.items
                if i.type.kind in _DATED}

    @cached_property
    def dates(self) -> frozenset[str]:
        """The Date items (`OrderDate + 30`: sqldatecalc.py)."""
        return frozenset(k for k, kind in self.dated.items() if kind == "date")

    @cached_property
    def booleans(self) -> frozenset[str]:
        """The Boolean items (`VIP = 1` written `VIP = TRUE` on PostgreSQL)."""
        return frozenset(fold(i.name) for d in self._files for i in d.items
                         if i.type.kind == "bool")

    @cached_property
    def exact(self) -> frozenset[str]:
        """The currency and decimal items (like_kinds: a name of one kind in every file),
        divided exactly on SQLite (sqldivision.py)."""
        return frozenset(k for k, kind in self.like_kinds.items()
                         if kind in ("currency", "decimal"))

    @cached_property
    def like_kinds(self) -> dict[str, str]:
        """Each item's kind, "text" for every text kind (TEXT_KINDS: their columns are
        texts on both databases), for PostgreSQL's LIKE (pg_like.py): a name two of the
        files give different kinds is left out (which one a query means is not known)."""
        kinds: dict[str, str] = {}
        mixed: set[str] = set()
        for desc in self._files:
            for item in desc.items:
                name = fold(item.name)
                kind = "text" if item.type.kind in TEXT_KINDS else item.type.kind
                if kinds.setdefault(name, kind) != kind:
                    mixed.add(name)
        for name in mixed:
            del kinds[name]
        return kinds
