"""The REPL's history file, which never keeps an input that could hold a password
(what may hold one is decided in wlinterp/history_filter.py)."""
from __future__ import annotations

__all__ = ["keep_in_history", "history_path", "safe_history"]

import os
from typing import Any

from ..history_filter import may_hold_secret


def keep_in_history(text: str) -> bool:
    """Lines that may carry a password are never written to the history file."""
    return not may_hold_secret(text)


def history_path() -> str | None:
    """`WL_HISTORY`, else ~/.wl_history; None when WL_HISTORY is set but empty (no
    history file at all)."""
    if "WL_HISTORY" in os.environ:
        return os.environ["WL_HISTORY"] or None
    return os.path.join(os.path.expanduser("~"), ".wl_history")


def safe_history() -> Any:
    """A prompt_toolkit FileHistory that drops secret lines (None if it cannot be opened)."""
    from prompt_toolkit.history import FileHistory

    class SafeHistory(FileHistory):
        def store_string(self, string: str) -> None:
            if keep_in_history(string):
                super().store_string(string)

    path = history_path()
    if path is None:
        return None
    try:
        return SafeHistory(path)
    except OSError:
        return None
