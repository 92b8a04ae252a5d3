"""ConsoleRead / ConsoleLit: one line of standard input per call (docs/builtins.md,
"Console streams"); its writing partners are pinned by the console_streams goldens."""

import io

import pytest

from wlinterp.runtime.state import Runtime
from stdlib_helpers import REG, call


def test_french_and_english_names_are_one_builtin() -> None:
    for en, fr in [("ConsoleRead", "ConsoleLit"), ("ConsoleWrite", "ConsoleEcrit"),
                   ("ConsoleError", "ConsoleErreur")]:
        assert REG.lookup(en) == REG.lookup(fr) != None  # noqa: E711


def test_console_read_gives_one_line_without_its_end_then_empty_text(
        rt: Runtime, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("Ana\r\nBob\n"))
    assert call(rt, "ConsoleLit") == "Ana"
    assert call(rt, "ConsoleRead") == "Bob"
    assert call(rt, "ConsoleRead") == ""
