"""The one-line summary of a captured message, and the text cleaning it needs, without
the mail parser.

Split from listing.py (the `list` and `show` views, which parse mail): the child of
`wl run --capture` makes a summary line for every message it captured, at its stop,
which the run waits for. Reading the records' subjects needs no mail parser for simple
messages (quicksummary.py), so formatting their lines should not load it either: the
`email` package's parser and policies cost 10-30 ms of processor time to import on
this project's machine, paid while the run waits.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["cut", "format_size", "plural", "printable", "summary_line"]

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def printable(text: str, *, single_line: bool = True) -> str:
    """Replace control characters (escape sequences, NUL, ...) by U+FFFD for terminal output."""
    if single_line:
        text = text.replace("\r", " ").replace("\n", " ").replace("\t", " ")
    return _CONTROL.sub("\ufffd", text)


def format_size(size: int) -> str:
    """Human size: 812 B, 12.3 kB, 1.1 MB (decimal units, as mail clients show them)."""
    if size < 1000:
        return f"{size} B"
    if size < 1_000_000:
        return f"{size / 1000:.1f} kB"
    return f"{size / 1_000_000:.1f} MB"


def cut(text: str, width: int) -> str:
    """Shorten to `width` characters with an ellipsis, so one message stays one line."""
    text = printable(text)
    return text if len(text) <= width else text[: width - 1] + "\u2026"


def plural(count: int, word: str) -> str:
    return f"{count} {word}" + ("" if count == 1 else "s")


def summary_line(record: dict[str, Any]) -> str:
    """One line per captured message, printed by `wl run --capture` and `serve`."""
    subject = cut(str(record.get("subject") or ""), 60)
    parts = [format_size(int(record.get("size") or 0))]
    if record.get("attachments"):
        parts.append(plural(int(record["attachments"]), "attachment"))
    parts.append(str(record.get("tls") or "plain"))
    if record.get("user"):
        parts.append(f"user {printable(str(record['user']))}")
    if record.get("requested_host"):
        parts.append(f"asked for {printable(str(record['requested_host']))}:{record.get('requested_port')}")
    to = ", ".join(printable(str(a)) for a in record.get("rcpt_tos") or [])
    return (f"captured {record['id']}: from {printable(str(record.get('mail_from') or '<>'))} to {to}"
            f" \"{subject}\" ({', '.join(parts)})")
