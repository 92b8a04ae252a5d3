"""`wl help [TOPIC]`: the overview, a command's options, a topic, or a built-in.

    wl help                 the overview (same as `wl --help`)
    wl help run             a command's options (any command of `wl help`)
    wl help exit-codes      what each exit code means
    wl help environment     the environment variables `wl` reads
    wl help Length          a built-in function, constant or type, English or French name
"""
from __future__ import annotations

__all__ = ["main", "TOPICS"]

import difflib
import sys
from typing import Callable, Sequence

from .exits import EXIT_OK, EXIT_USAGE, exit_codes_text

ENVIRONMENT = """environment variables:
  WL_DEBUG=1          show the Python traceback of an internal error
  WL_HISTORY=FILE     the REPL's history file (default ~/.wl_history; empty: no history)
  WL_SMTP_ROUTE       SMTP routes, as --smtp-route (comma-separated)
  WL_CA_FILE=PEM      an extra trusted CA certificate, as --ca-file
  WL_CACHE_DIR=DIR    cache of parser tables and built-in index (default: user's cache folder)
  NO_COLOR=1          never colour the output (FORCE_COLOR=1 colours even into a pipe)
"""

TOPICS: dict[str, Callable[[], str]] = {
    "exit-codes": exit_codes_text,
    "environment": lambda: ENVIRONMENT,
}


def _overview() -> int:
    from ..cli import overview_parser
    overview_parser().print_help()
    return EXIT_OK


def _command_help(name: str) -> int:
    from ..cli import command_main
    try:
        return command_main(name)(["--help"])
    except SystemExit as exc:  # argparse's --help
        return int(exc.code or 0) if isinstance(exc.code, int) else EXIT_OK


def main(argv: Sequence[str]) -> int:
    """Print the help for `argv[0]` (the overview when there is none)."""
    from ..cli import COMMANDS
    if not argv or argv[0] in ("-h", "--help"):
        return _overview()
    topic = argv[0]
    if topic in COMMANDS:
        return _command_help(topic)
    if topic in TOPICS:
        print(TOPICS[topic](), end="")
        return EXIT_OK
    from .builtin_help import describe
    text = describe(topic)
    if text is not None:
        print(text)
        return EXIT_OK
    known = [*COMMANDS, *TOPICS]
    close = difflib.get_close_matches(topic, known, n=1)
    hint = f"; did you mean {close[0]}?" if close else ""
    print(f"wl help: no command, topic or built-in named '{topic}'{hint}\n"
          f"topics: {', '.join(known)}, or the name of a built-in function", file=sys.stderr)
    return EXIT_USAGE
