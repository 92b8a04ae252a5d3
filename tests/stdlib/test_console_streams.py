"""ConsoleRead / ConsoleLit: one line of standard input per call (docs/builtins.md,
"Console streams"); its writing partners are pinned by the console_streams goldens."""

import io

import pytest

from wlinterp.errors import WLRuntimeError
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



def test_an_unreadable_standard_input_is_a_wlanguage_error(
        rt: Runtime, monkeypatch: pytest.MonkeyPatch) -> None:
    """A stdin that refuses reading (closed, or pytest's own capture) is a WLanguage error
    naming ConsoleRead, never a Python exception (the runtime fuzz test drew it)."""
    class Closed:
        def readline(self) -> str:
            raise OSError("reading from a closed input")
    monkeypatch.setattr("sys.stdin", Closed())
    with pytest.raises(WLRuntimeError, match="ConsoleRead: the standard input cannot be read"):
        call(rt, "ConsoleRead")
