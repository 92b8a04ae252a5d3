"""The interactive loop: a prompt_toolkit session (multi-line blocks, completion,
highlighting, safe history) feeding a `ReplSession`, and meta-commands."""
from __future__ import annotations

__all__ = ["run_repl", "run_lines", "run_piped", "prompt_session", "handle"]

from typing import Any, Iterable, TextIO

from ..commands.exits import EXIT_NOINPUT
from .completeness import is_complete
from .meta import QUIT, is_meta, run_meta
from .session import ReplSession

BANNER = ("wlinterp {version} — WLanguage, English and French. END/FIN closes a block, "
          ".help for help, Ctrl-D quits.")


def handle(text: str, session: ReplSession) -> bool:
    """Run one complete input (statement or meta-command); False when the REPL ends."""
    if not text.strip():
        return True
    if is_meta(text):
        return run_meta(text, session) != QUIT
    session.execute(text)
    return not session.rt.ended  # EndProgram() / FinProgramme() leaves the prompt


def run_lines(lines: Iterable[str], session: ReplSession) -> None:
    """Feed lines as a user would type them (used by tests and non-interactive callers),
    cut into inputs by reader.py (in linear time); an input left open at the end is run
    as it is (its error reported), as Ctrl-D does at the prompt."""
    from .reader import inputs
    for text in inputs(lines, session.knows):
        if not handle(text, session):
            return


def run_piped(session: ReplSession, stream: TextIO) -> int:
    """`wl repl < FILE` or a pipe (stdin is not a terminal): the inputs are read line by line
    and run as typed at the prompt (a block waits for its END, a PROCEDURE for an empty
    line) with their values shown as the prompt shows them, but with no banner, no prompt
    and no terminal codes; decoded as a source file is (source_text.stream_lines). The exit
    code: EndProgram's, else 1 if any input ended in an error (reported, and the next
    inputs still run, as at the prompt), else 0; 66 for a line over 64 MiB."""
    import sys

    from ..source_text import stream_lines
    try:
        run_lines(stream_lines(stream, "<stdin>", lambda text: print(text, file=sys.stderr)),
                  session)
    except OSError as exc:  # a line over the size of a source (/dev/zero piped in)
        session.close()
        print(f"wl: error: cannot read <stdin>: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_NOINPUT
    session.close()
    if session.rt.ended:
        return session.rt.exit_code
    return 1 if session.failed else 0


def _key_bindings() -> Any:
    """Enter runs a complete input and opens a new line inside an unfinished block."""
    from prompt_toolkit.filters import Condition
    from prompt_toolkit.key_binding import KeyBindings
    bindings = KeyBindings()

    @bindings.add("enter")
    def _(event: Any) -> None:
        buf = event.current_buffer
        if is_complete(buf.text):
            buf.validate_and_handle()
        else:
            buf.insert_text("\n")

    @bindings.add("c-d", filter=Condition(_at_end_of_input))
    def _(event: Any) -> None:
        """Ctrl-D after an unfinished input (`Trace(`, an IF without END) runs it as it
        is, so that its error is reported rather than the keys ignored; on an empty line
        it still ends the session (prompt_toolkit's own binding)."""
        event.current_buffer.validate_and_handle()

    return bindings


def _at_end_of_input() -> bool:
    """The input is not empty and the cursor is after its last character (where Ctrl-D
    has nothing to delete)."""
    from prompt_toolkit.application import get_app
    buf = get_app().current_buffer
    return bool(buf.text) and buf.cursor_position == len(buf.text)


def prompt_session(session: ReplSession, input: Any = None, output: Any = None) -> Any:
    """A prompt_toolkit session: multi-line blocks, completion of the session's names,
    WLanguage highlighting, and a history that never keeps a password."""
    from prompt_toolkit import PromptSession
    from prompt_toolkit.lexers import PygmentsLexer

    from ..pygments_lexer import WLanguageLexer
    from .completion import SessionCompleter
    from .history import safe_history
    return PromptSession(message="wl> ", multiline=True, key_bindings=_key_bindings(),
                         completer=SessionCompleter(session), complete_while_typing=False,
                         lexer=PygmentsLexer(WLanguageLexer), history=safe_history(),
                         prompt_continuation="... ", input=input, output=output)


def run_repl(options: dict[str, Any] | None = None, input: Any = None, output: Any = None,
             session: ReplSession | None = None) -> int:
    """The interactive loop; returns the exit code (0, or EndProgram's)."""
    from .. import __version__
    session = session or ReplSession(options=options)
    prompt = prompt_session(session, input, output)
    if output is None:
        print(BANNER.format(version=__version__))
    while True:
        try:
            text = prompt.prompt()
        except KeyboardInterrupt:  # Ctrl-C at the prompt clears the input
            continue
        except EOFError:
            break
        going_on = handle(text, session)
        forget = getattr(prompt.history, "forget_known_secrets", None)
        if forget is not None:  # (an input before may hold a value now known secret)
            forget()
        if not going_on:
            break
    session.close()
    return session.rt.exit_code
