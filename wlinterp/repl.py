"""The interactive prompt: `wl` on a terminal (or `wl repl`).

Each input is compiled against what earlier inputs declared (a `Session`) and run in one
namespace, so variables and procedures live on. An input that is an expression is shown
(`1 + 2` prints 3). A block stays open until its END (the real parser decides, not a
heuristic); a line ending with `...` continues. History never keeps a line that could
hold a password (see history_filter.py). A PROCEDURE, which has
no END, is closed by an empty line.
"""
from __future__ import annotations

__all__ = ["ReplSession", "run_repl", "is_complete", "keep_in_history", "main"]

import os
import re
from typing import Any, Iterable, TextIO

from .compiler.program import compile_program
from .repl_state import Session
from .engine import run_compiled
from .errors import WLError, WLSyntaxError, format_error
from .history_filter import may_hold_secret
from .syntax.parser import parse
from .registry import load_stdlib
from .runtime.state import Runtime

BANNER = ("wlinterp {version} — WLanguage, English and French. END/FIN closes a block, "
          "Ctrl-D quits.")
_PROC_RE = re.compile(r"\s*(procedure|procédure|function|fonction)\b", re.I)


def is_complete(text: str) -> bool:
    """Can `text` run as it is, or is a block (or a `...` line) still open?"""
    if text.rstrip().endswith("..."):
        return False
    if _PROC_RE.match(text) and not text.endswith("\n"):
        return False  # a PROCEDURE has no END: an empty line closes it
    try:
        parse(text, "<repl>")
    except WLSyntaxError as err:
        return not err.incomplete
    return True


def keep_in_history(text: str) -> bool:
    """Lines that may carry a password are never written to the history file."""
    return not may_hold_secret(text)


class ReplSession:
    """Compiles and runs one input after another in a shared namespace."""

    def __init__(self, stdout: TextIO | None = None, stderr: TextIO | None = None,
                 options: dict[str, Any] | None = None) -> None:
        self.rt = Runtime(stdout=stdout, stderr=stderr, options=options, filename="<repl>")
        self.session = Session()
        self.ns: dict[str, Any] = {}
        self.registry = load_stdlib()
        _register_show()
        self.count = 0

    def execute(self, text: str) -> bool:
        """Run one input; report errors on stderr. True if it ran without error."""
        self.count += 1
        name = "<repl>"
        try:
            compiled = self._compile(text, name)
            for code, warning in zip(compiled.warning_codes, compiled.warnings):
                if code != "WL101":  # undeclared names are the REPL's way to create them
                    self.rt.write_err(warning)
            run_compiled(compiled, self.rt, self.ns, finish=False)
        except WLError as err:
            self.rt.write_err(format_error(err))
            return False
        return True

    def _compile(self, text: str, name: str) -> Any:
        """Compile as statements; an expression that is not a statement is shown instead,
        and so is the result of a lone call (`Carre(12)` shows 144)."""
        try:
            program = parse(text, name)
            _show_lone_call(program)
            return compile_program(program, self.registry, self.session)
        except WLSyntaxError as first:
            shown = f"Trace({text.strip()})"
            try:
                program = parse(shown, name)
                return compile_program(program, self.registry, self.session)
            except WLError:
                raise first from None

    def close(self) -> None:
        """End of session: flush what the run still owes (queued e-mail...)."""
        try:
            self.rt.finish()
        except WLError as err:
            self.rt.write_err(format_error(err))


_SHOW = "WLReplShow"


def _show_lone_call(program: Any) -> None:
    """`P(x)` typed alone: wrapped so that a returned value is shown (like Python's)."""
    from .syntax import nodes as N
    stmts = program.main.stmts
    if len(stmts) == 1 and not program.procedures and isinstance(stmts[0], N.ExprStmt) \
            and isinstance(stmts[0].expr, N.Call):
        call = stmts[0].expr
        stmts[0] = N.ExprStmt(call.line, call.col,
                              N.Call(call.line, call.col, N.Name(call.line, call.col, _SHOW),
                                     [call]))


def _register_show() -> None:
    """The REPL's own helper, registered once (not part of the WLanguage library)."""
    from .registry import REGISTRY, Family
    if _SHOW.lower() in REGISTRY.functions:
        return
    family = Family("REPL")

    @family.function(_SHOW, _SHOW)
    def repl_show(rt: Runtime, value: object) -> None:
        """Show a call's result when there is one."""
        if value is not None and value != "":
            from .runtime.values import to_str
            try:
                rt.write_out(to_str(value).replace("\r\n", "\n"))
            except WLError:
                rt.write_out(f"<{type(value).__name__}>")


def run_lines(lines: Iterable[str], session: ReplSession) -> None:
    """Feed lines as a user would type them (used by tests and non-interactive callers)."""
    buffer: list[str] = []
    for line in lines:
        buffer.append(line)
        text = "\n".join(buffer)
        if is_complete(text):
            if text.strip():
                session.execute(text)
            buffer = []
    if buffer and "\n".join(buffer).strip():
        session.execute("\n".join(buffer))


def _history_path() -> str:
    return os.environ.get("WL_HISTORY") or os.path.join(os.path.expanduser("~"), ".wl_history")


def _prompt_session(session: ReplSession, input: Any = None, output: Any = None) -> Any:
    """A prompt_toolkit session: multi-line blocks, completion of names, safe history."""
    from prompt_toolkit import PromptSession
    from prompt_toolkit.completion import WordCompleter
    from prompt_toolkit.history import FileHistory
    from prompt_toolkit.key_binding import KeyBindings

    class SafeHistory(FileHistory):
        def store_string(self, string: str) -> None:
            if keep_in_history(string):
                super().store_string(string)

    bindings = KeyBindings()

    @bindings.add("enter")
    def _(event: Any) -> None:
        buf = event.current_buffer
        if is_complete(buf.text):
            buf.validate_and_handle()
        else:
            buf.insert_text("\n")

    from .syntax.lexer import KEYWORDS
    words = sorted({b.en for b in session.registry.functions.values()} |
                   {b.fr for b in session.registry.functions.values()} |
                   {k.upper() for k in KEYWORDS if k.isalpha()})
    try:
        history: Any = SafeHistory(_history_path())
    except OSError:
        history = None
    return PromptSession(message="wl> ", multiline=True, key_bindings=bindings,
                         completer=WordCompleter(words, ignore_case=True),
                         history=history, prompt_continuation="... ",
                         input=input, output=output)


def run_repl(options: dict[str, Any] | None = None, input: Any = None,
             output: Any = None) -> int:
    """The interactive loop; returns the exit code (0)."""
    from . import __version__
    session = ReplSession(options=options)
    prompt = _prompt_session(session, input, output)
    if output is None:
        print(BANNER.format(version=__version__))
    while True:
        try:
            text = prompt.prompt()
        except KeyboardInterrupt:
            continue
        except EOFError:
            break
        if text.strip():
            session.execute(text)
            if session.rt.ended:  # EndProgram() / FinProgramme() leaves the prompt
                break
    session.close()
    return session.rt.exit_code


def main(argv: list[str]) -> int:
    """`wl repl [OPTIONS]` (the e-mail options of `wl run` apply to the session)."""
    import argparse
    from .commands.run import add_run_options, run_options
    parser = argparse.ArgumentParser(prog="wl repl", description="The interactive prompt.")
    add_run_options(parser)
    return run_repl(options=run_options(parser.parse_args(argv)))
