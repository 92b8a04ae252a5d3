"""Folder lookups made once per folder for the length of one run (`wl check`'s
check_paths): a file's project (find_layout), its analysis and queries (data_beside).
`wl check` of 200 files found every file's project again: 402 find_layout calls and
2,221 folder listings, though every file of a folder has the same answer. The cache ends
with the run, so that the REPL or `wl test` sees a file created between two runs."""
from __future__ import annotations

__all__ = ["lookups_cached", "run_memo"]

from contextlib import contextmanager
from typing import Any, Callable, Iterator

_MEMO: dict[tuple[Any, ...], Any] | None = None  # a dict only inside lookups_cached


@contextmanager
def lookups_cached() -> Iterator[None]:
    """While it lasts, run_memo keeps its answers; a nested block shares the outer one's
    (the outer run decides when the cache ends)."""
    global _MEMO
    if _MEMO is not None:
        yield
        return
    _MEMO = {}
    try:
        yield
    finally:
        _MEMO = None


def run_memo(key: tuple[Any, ...], compute: Callable[[], Any]) -> Any:
    """`compute()`, once per key inside lookups_cached, every time outside it."""
    if _MEMO is None:
        return compute()
    if key not in _MEMO:
        _MEMO[key] = compute()
    return _MEMO[key]
