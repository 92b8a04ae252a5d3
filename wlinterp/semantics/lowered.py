"""A program's source lowered once for the pass's word tests ("description" in it,
"compile", "dimension"...): each test lowered the whole text again, and the pass asks
about one source at a time, so the last one is kept."""
from __future__ import annotations

__all__ = ["lowered"]

_LAST: list[tuple[str, str]] = [("", "")]  # (the source asked about last, lowered)


def lowered(source: str) -> str:
    """`source.lower()`, made once for the same text object asked again."""
    last = _LAST[0]
    if last[0] is not source:
        last = _LAST[0] = (source, source.lower())
    return last[1]
