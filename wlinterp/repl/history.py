"""The REPL's history file, which never keeps an input that could hold a password
(what may hold one is decided in wlinterp/history_filter.py).

An input judged safe when typed may turn out to hold one: `s = "hunter2xyz"` (nothing
says it is a password) then `EmailStartSMTPSession("u", s, ...)`, which makes the value
a known secret (secret_values.py). After each input the REPL asks the history to forget
the inputs holding a secret known by then (`forget_known_secrets`): they are taken out of
the file, rewritten whole, and of the session's own list (the up-arrow)."""
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
            from ..secret_values import without_secrets
            if keep_in_history(string) and without_secrets(string) == string:
                super().store_string(string)  # (nor a value already known secret)

        def forget_known_secrets(self) -> None:
            """Take out of the file and of the session's list every input holding a
            value that has become a known secret since it was stored."""
            from ..secret_values import known_secrets, without_secrets
            known = known_secrets()
            if known == self.__dict__.get("checked", frozenset()):
                return  # (no new secret since the last input: no reading)
            self.__dict__["checked"] = known
            self._loaded_strings = [s for s in self._loaded_strings
                                    if without_secrets(s) == s]
            try:  # (the file itself: the session's list may be still loading)
                stored = list(reversed(list(self.load_history_strings())))
            except OSError:
                return
            kept = [s for s in stored if without_secrets(s) == s]
            if len(kept) != len(stored):
                rewrite(str(self.filename), kept)

    path = history_path()
    if path is None:
        return None
    try:
        return SafeHistory(path)
    except OSError:
        return None


def rewrite(path: str, entries: list[str]) -> None:
    """The history file `path` holding `entries` (oldest first) in prompt_toolkit's
    layout, replaced whole (a temporary file beside it, its permissions kept), so no
    part of the old file with the secret stays; left as it is when it cannot be."""
    import tempfile
    folder = os.path.dirname(os.path.abspath(path))
    temp = ""
    try:
        mode = os.stat(path).st_mode & 0o777
        fd, temp = tempfile.mkstemp(dir=folder, prefix=".wl_history.")
        with os.fdopen(fd, "wb") as out:
            for entry in entries:
                out.write(b"\n# (kept when inputs holding a secret were taken out)\n")
                for line in entry.split("\n"):
                    out.write(("+" + line + "\n").encode("utf-8", "replace"))
        os.chmod(temp, mode)
        os.replace(temp, path)
    except OSError:
        if temp and os.path.exists(temp):
            os.unlink(temp)
