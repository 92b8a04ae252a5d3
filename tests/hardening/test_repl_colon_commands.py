"""`:help`, `:quit`... typed at the REPL as other REPLs spell their commands (GHCi, and
users of Python tools) were refused twice as a member of no current object; alone on the
prompt they are the dot meta-commands. Other `:` lines stay WLanguage (docs/cli.md)."""
from __future__ import annotations

from wlinterp.repl.meta import is_meta


def test_colon_commands_run_as_the_dot_ones(wl_cli):
    ran = wl_cli("repl", stdin=b":help\n:HELP Left\nx is int = 3\n:reset\n:help x\n"
                             b":quit\nTrace(9)\n")
    assert ran.code == 0, ran
    assert ran.out.startswith("WLanguage, English and French keywords"), ran
    assert "Left / Gauche  (function, family Strings)" in ran.out, ran
    assert "session reset: every variable and procedure forgotten" in ran.out, ran
    assert "9" not in ran.out.split(), ran  # :quit left before Trace(9)
    assert ran.err == "no built-in, procedure or variable named 'x'\n", ran


def test_only_a_command_word_alone_is_a_command():
    assert is_meta(":help") and is_meta("  :Quit ") and is_meta(":help ArrayAdd")
    assert is_meta(":load my file.wl") and is_meta(".anything")
    assert not is_meta(":m_nTotal = 3") and not is_meta(":help = 3")
    assert not is_meta(":helper") and not is_meta("x = :help")
