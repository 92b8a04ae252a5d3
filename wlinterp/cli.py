"""The `wl` command: run scripts, start the REPL, and dispatch to the subcommands.

    wl [OPTIONS] FILE [ARGS...]   run a script (`wl run` spelled out; every run option
                                  can come before FILE: `wl -w --timeout 5 x.wl args`)
    wl -c CODE                    run a line of WLanguage
    wl                            the REPL on a terminal; piped input runs as a script
    wl COMMAND ...                one of COMMANDS below (`wl help` lists them)

Exit codes are listed in wlinterp/commands/exits.py (and by `wl --help`). Set WL_DEBUG=1
to see the Python traceback of an internal error.
"""
from __future__ import annotations

__all__ = ["main", "COMMANDS", "command_main", "overview_parser"]

import errno
import importlib
import os
import sys
from typing import TYPE_CHECKING, Callable, Sequence

from .commands.exits import (EXIT_BROKEN_PIPE, EXIT_ERROR, EXIT_INTERRUPTED, EXIT_USAGE,
                             exit_codes_text)
from .errors import WLError

if TYPE_CHECKING:
    import argparse

# The subcommands: name -> (module exposing `main(argv: list[str]) -> int`, summary).
# Adding a command is one line here; its module is imported only when it is used.
COMMANDS: dict[str, tuple[str, str]] = {
    "run": ("wlinterp.commands.run", "run a script (`wl FILE` is short for `wl run FILE`)"),
    "check": ("wlinterp.check", "check scripts and WINDEV text files (.wdg, .wdc, .wdw...) "
                                "without running them; folders recurse"),
    "repl": ("wlinterp.repl", "the interactive prompt (also `wl` alone on a terminal)"),
    "mailbox": ("wlinterp.mailbox.__main__", "capture mail locally and look at it"),
    "test": ("wlinterp.testing.command", "run WLanguage tests (test_*.wl, test_*.wdg) with "
                                         "expectations and dbg* checks"),
    "hfsql": ("wlinterp.hfsql.command", "data files: create a database from an analysis "
                                        "(.xdd), describe it, import/export CSV or JSON"),
    "help": ("wlinterp.commands.help", "help on a command, a topic (exit-codes, environment) "
                                       "or a built-in function"),
}


def command_main(name: str) -> Callable[[list[str]], int]:
    """The `main` of a subcommand's module."""
    return importlib.import_module(COMMANDS[name][0]).main


def overview_parser() -> argparse.ArgumentParser:
    """The parser of the short form, whose --help is the overview of everything."""
    from .commands.run import build_parser
    commands = "".join(f"  {name:<9} {summary}\n" for name, (_, summary) in COMMANDS.items())
    parser = build_parser(
        prog="wl", short_form=True,
        description="Run WLanguage (WINDEV/WEBDEV) code, English or French.\n\n"
                    f"commands (`wl help COMMAND` for their options):\n{commands}",
        epilog=exit_codes_text() + "\nWL_DEBUG=1 shows the traceback of an internal error; "
                                   "`wl help environment` lists the other variables.")
    parser.usage = ("wl [OPTIONS] [FILE | -c CODE | -] [ARGS...]\n"
                    "       wl COMMAND [ARGS...]")
    return parser


def _dispatch(raw: list[str]) -> int:
    if raw and raw[0] in COMMANDS:
        return command_main(raw[0])(raw[1:])
    from .commands.run import not_a_command, option_after_script, plain_run, run_parsed
    if len(raw) == 1 and not raw[0].startswith("-"):  # `wl FILE`: nothing to parse
        message = not_a_command(raw[0], list(COMMANDS))
        if message:
            print(message, file=sys.stderr)
            return EXIT_USAGE
        return run_parsed(plain_run(raw[0], short_form=True), need_file=False)
    parser = overview_parser()
    args = parser.parse_args(raw)
    message = not_a_command(args.file, list(COMMANDS)) if args.file and args.code is None \
        else None
    message = message or option_after_script(parser, raw, args, "wl")
    if message:
        print(message, file=sys.stderr)
        return EXIT_USAGE
    return run_parsed(args, need_file=False)


_WRITE_FAILURES = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO})
"""What the system refuses a write for (a full disk or quota, /dev/full, a file too
large, a device failing): the world's doing, not a bug. `wl test > /dev/full` and
`wl help X` on a full disk ended as an internal error (exit 70); they end with the
system's words and exit 1, as a WLanguage program's own output does
(runtime/state.py write_out)."""


def _output_refused() -> bool:
    """Is the standard output refusing what was written to it? Then what is left in its
    buffer is dropped (`_drop_output`), or Python's flush at exit fails again."""
    try:
        sys.stdout.flush()
    except OSError:
        return True
    return False


def _drop_output() -> None:
    """Send what is left of the standard output nowhere, so that Python's own flush at
    exit neither fails nor prints."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `wl` console script; returns the exit code."""
    if argv is None:  # the command's own process (not a test calling it): the modules'
        from .module_cache import install  # code read from one file (module_cache.py),
        install()  # the start-up's objects left frozen to the exit (commands/collector.py)
        from .commands.collector import START_UP
        START_UP.keep_to_exit()
    for stream in (sys.stdout, sys.stderr):  # never fail on a character the terminal lacks
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    raw = list(sys.argv[1:] if argv is None else argv)
    if argv is None and raw[:1] == ["check"]:  # (nothing of the program runs: its
        import atexit  # objects need no collection at exit, commands/collector.py)
        import gc
        atexit.register(gc.freeze)
    try:
        return _dispatch(raw)
    except SystemExit as exc:  # argparse: --help, --version, usage errors
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    except WLError as err:
        from .commands.report import report_error
        return report_error(err)
    except ValueError as exc:
        print(f"wl: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("wl: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # `wl run x.wl | head`: the reader left; stop quietly
        _drop_output()
        return EXIT_BROKEN_PIPE
    except OSError as exc:
        if exc.errno not in _WRITE_FAILURES:
            from .commands.report import report_internal
            return report_internal(exc)
        print(f"wl: error: cannot write {exc.filename or 'the output'}: {exc.strerror}",
              file=sys.stderr)
        if _output_refused():
            _drop_output()
        return EXIT_ERROR
    except Exception as exc:  # anything else is our bug
        from .commands.report import report_internal
        return report_internal(exc)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
