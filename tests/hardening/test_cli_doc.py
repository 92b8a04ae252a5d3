"""docs/cli.md lists every exit code of `wl` and of `wl test` with the meaning the
program prints (commands/exits.py is the one source; the page must not drift from it)."""
from __future__ import annotations

import re
from pathlib import Path

from wlinterp.commands.exits import EXIT_CODES, TEST_EXIT_CODES

PAGE = (Path(__file__).resolve().parents[2] / "docs" / "cli.md").read_text(encoding="utf-8")


def _tables() -> list[dict[int, str]]:
    """The page's code/meaning tables, in order."""
    tables: list[dict[int, str]] = []
    for block in re.split(r"\n\s*\n", PAGE):
        rows = re.findall(r"^\| (\d+) \| (.+?) \|$", block, re.M)
        if rows:
            tables.append({int(code): text.replace("\\|", "|") for code, text in rows})
    return tables


def test_the_page_lists_every_exit_code_as_the_program_says_it() -> None:
    commands, tests = _tables()
    assert commands == dict(EXIT_CODES)
    assert tests == dict(TEST_EXIT_CODES)
