"""The one pattern of a quoted text in an SQL statement, for the scans that must skip it.

`'text'` and `"identifier"`, a doubled quote standing for one inside. Written as runs of
plain characters between doubled quotes (`'[^']*(?:''[^']*)*'`), not as a group repeated
per character (`'(?:''|[^'])*'`): the regex engine kept backtracking state for each
repetition of that group, about 140 bytes a character, so a 5 MB text in a query took
the run to 800 MB. Both forms match the same texts.
"""
from __future__ import annotations

__all__ = ["QUOTED"]

QUOTED = r"'[^']*(?:''[^']*)*'|\"[^\"]*(?:\"\"[^\"]*)*\""
