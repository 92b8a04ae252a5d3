"""The interactive prompt: `wl` on a terminal, `wl repl`, or `wl -i script.wl`.

One module per part: `session` (compile and run inputs in a shared namespace, Ctrl-C
returns to the prompt), `display` (readable values), `meta` (.help .load .reset .quit),
`completeness` (is a block or bracket still open?), `reader` (piped lines cut into
inputs), `completion` (Tab), `history` (never keeps a
password), `loop` (the prompt_toolkit session). Highlighting uses the project's Pygments
lexer, `wlinterp.pygments_lexer`.
"""
from __future__ import annotations

__all__ = ["ReplSession", "run_repl", "run_lines", "run_piped", "is_complete", "keep_in_history",
           "main", "run_interactive"]

import argparse
import sys
from typing import Any

from .completeness import is_complete
from .history import keep_in_history
from .loop import run_lines, run_piped, run_repl
from .session import ReplSession


def run_interactive(path: str, options: dict[str, Any], args: list[str]) -> int:
    """`wl -i FILE ARGS`: run FILE in a session, then open the prompt on its state (an
    error in FILE is reported and the prompt opens anyway, as `python -i` does)."""
    from .meta import run_meta
    session = ReplSession(options=options, args=args)
    run_meta(f".load {path}", session)
    if session.rt.ended:
        session.close()
        return session.rt.exit_code
    if not sys.stdin.isatty():
        return run_piped(session, sys.stdin)
    return run_repl(session=session)


def main(argv: list[str]) -> int:
    """`wl repl [OPTIONS]` (the e-mail options of `wl run` apply to the session)."""
    from ..commands.run import capturing
    from ..commands.run_options import add_run_options, run_options
    parser = argparse.ArgumentParser(prog="wl repl", description="The interactive prompt.")
    add_run_options(parser)
    args = parser.parse_args(argv)
    with capturing(args, run_options(args)) as options:  # --capture: for the whole session
        if not sys.stdin.isatty():  # `wl repl < FILE`, a pipe: no prompt_toolkit at all
            return run_piped(ReplSession(options=options), sys.stdin)
        return run_repl(options=options)
