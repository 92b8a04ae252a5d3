"""`wl run` and the short form `wl [OPTIONS] FILE [ARGS...]`: read a script, run it.

The same option parser serves both forms, so every `run` option can also be written
before the script in the short form (`wl -w --timeout 5 x.wl args`). Everything after the
script's name belongs to the script, as with `python` and `node` — but a word there that is
one of wl's own long options (`wl run x.wl --call P`) is refused with a usage error saying where
to put it, rather than silently handed to the script; `--` after the script passes such
words on (`wl run x.wl -- --call P`). A first line starting with `#!` is ignored, so a
script can be made executable with `#!/usr/bin/env wl`. The options themselves:
run_options.py (`wl repl` and `wl test` share them).
"""
from __future__ import annotations

__all__ = ["main", "build_parser", "capturing", "option_after_script", "read_script",
           "run_text"]

import os
import sys
from contextlib import contextmanager
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any, Iterator, Sequence

from .collector import START_UP
from .exits import EXIT_NOINPUT, EXIT_USAGE, exit_codes_text
from .limits import stop_reporting
from .run_options import add_run_options, run_options

if TYPE_CHECKING:
    import argparse


def _formatter() -> "type[argparse.HelpFormatter]":
    """argparse's formatter, sized without `shutil`: argparse makes one for every option
    it adds, and importing shutil (with its compression modules) was a visible part of a
    one-line script's start-up. (Made when a parser is: `wl run FILE` without options
    imports no argparse, plain_run.)"""
    import argparse

    class _Formatter(argparse.RawDescriptionHelpFormatter):
        def __init__(self, prog: str, indent_increment: int = 2,
                     max_help_position: int = 24, width: int | None = None) -> None:
            if width is None:
                try:
                    columns = int(os.environ.get("COLUMNS", "")) or \
                        os.get_terminal_size().columns
                except (ValueError, OSError):
                    columns = 80
                width = columns - 2
            super().__init__(prog, indent_increment, max_help_position, width)
    return _Formatter


def build_parser(prog: str = "wl run", description: str = "", epilog: str = "",
                 short_form: bool = False) -> argparse.ArgumentParser:
    """The parser of `wl run`; with `short_form`, that of `wl [OPTIONS] [FILE]` (which
    also has -c, -i and --version)."""
    import argparse
    from .. import __version__
    parser = argparse.ArgumentParser(
        prog=prog, description=description or "Run a WLanguage script.",
        epilog=epilog or exit_codes_text(), formatter_class=_formatter())
    if short_form:
        parser.add_argument("-V", "--version", action="version", version=f"wl {__version__}")
        parser.add_argument("-c", dest="code", metavar="CODE", help="run CODE and exit")
    parser.add_argument("-i", dest="interactive", action="store_true",
                        help="after the script, open the REPL with its variables and procedures")
    parser.add_argument("file", nargs="?", help="the script (.wl, .wdg, .wdc), or - for "
                                                "standard input")
    parser.add_argument("args", nargs=argparse.REMAINDER, help="arguments for the script")
    add_run_options(parser)
    return parser


def read_script(name: str) -> tuple[str, str]:
    """The program text and its display name: stdin, or a file's text read once here to
    report an unreadable file early (the project loader converts .wdg/.wdc files)."""
    from ..source_text import read_source, read_stdin_source
    if name == "-":
        return read_stdin_source(), "<stdin>"
    return read_source(name), name


def _start_up() -> None:
    """Import the interpreter and load its caches (built-in index, parser tables) before
    the script's time starts (--timeout counts the script, not the start-up); without
    cyclic garbage collection, and what it made frozen after (commands/collector.py)."""
    START_UP.pause()
    from ..engine import warm_up_run
    from ..project import run_script  # noqa: F401
    from ..registry import load_stdlib
    from ..syntax.parser import warm_up
    load_stdlib().loader.modules()
    warm_up()
    warm_up_run()
    START_UP.settle()


def start_capture(args: argparse.Namespace) -> Any:
    """`--capture`'s server in a process of its own (None without --capture). Started
    before the script is read and the interpreter loaded: it starts meanwhile."""
    if getattr(args, "capture", None):
        from ..mailbox.child import CaptureProcess
        return CaptureProcess(args.capture, list(args.capture_fault or []))
    if getattr(args, "capture_fault", None):
        raise ValueError("--capture-fault needs --capture DIR")
    return None


def end_capture(capture: Any) -> None:
    """Stop `--capture`'s server (None: there is none) and list what it captured."""
    if capture is not None:
        capture.close()
        for line in capture.summary_lines():
            print(line, file=sys.stderr)


@contextmanager
def capturing(args: argparse.Namespace, options: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """A REPL session's `options` with `--capture`'s server started and ready for the
    whole session, stopped when it ends. The REPL paths (`wl repl --capture DIR`, `wl -i
    --capture DIR x.wl`, `wl --capture DIR` on a terminal) accepted the option and never
    started the server: the session's mail went to the real servers it named."""
    capture = start_capture(args)
    try:
        if capture is not None:
            options["capture"] = capture.wait_ready()
        yield options
    finally:
        end_capture(capture)


def run_text(text: str | None, filename: str, args: argparse.Namespace,
             script_args: list[str], capture: Any = None) -> Any:
    """Run `text`, or (text None) the file `filename` with its whole project, with the
    command line's options; returns the finished Runtime. `capture`: the --capture
    process when `start_capture` started it already."""
    try:
        options = run_options(args)
        if capture is None:
            capture = start_capture(args)
    except BaseException:
        if capture is not None:
            capture.close()
        raise
    call = getattr(args, "call", None)
    try:
        _start_up()
        from ..engine import run_source
        from ..project import run_script
        if capture is not None:
            options["capture"] = capture.wait_ready()
        from ..paths import platform_form
        with stop_reporting(platform_form(filename), getattr(args, "timeout", None),
                            terminates=True, from_run=True):
            if text is None:
                return run_script(filename, options=options, args=script_args, call=call,
                                  json=getattr(args, "json", False))
            return run_source(text, filename, options=options, args=script_args, call=call)
    finally:
        START_UP.restore()
        end_capture(capture)


def not_a_command(word: str, commands: Sequence[str]) -> str | None:
    """For `wl rnu x.wl`: the usage message when `word` is neither a file nor a command
    (None when it may well be a script name)."""
    if word == "-" or os.path.exists(word) or os.sep in word or "/" in word \
            or os.path.splitext(word)[1]:
        return None
    import difflib
    close = difflib.get_close_matches(word, list(commands), n=1, cutoff=0.5)
    guess = close[0] if close else "run"
    if difflib.get_close_matches(word.lower(), ["version"], n=1, cutoff=0.7):
        guess = "--version"  # (`wl version` was "did you mean run?")
    return (f"wl: '{word}' is neither a command nor a file; did you mean {guess}? "
            f"(`wl help` lists the commands)")


def run_parsed(args: argparse.Namespace, need_file: bool) -> int:
    """Run what the parsed command line names; the REPL when there is nothing to run.
    A WLanguage error is reported here, coloured as --color says."""
    from ..errors import WLError
    try:
        return _run_parsed(args, need_file)
    except WLError as err:
        from .report import report_error  # (a run without an error does without it)
        return report_error(err, args.color)
    finally:
        START_UP.restore()


def _run_parsed(args: argparse.Namespace, need_file: bool) -> int:
    if getattr(args, "code", None) is not None:  # `wl -c CODE a b`: a is no file but an argument
        given = [args.file] if args.file is not None else []
        return run_text(args.code, "<string>", args, given + list(args.args or [])).exit_code
    if not args.file:
        if need_file:
            print("wl run: error: a FILE to run is needed (or - for standard input)",
                  file=sys.stderr)
            return EXIT_USAGE
        if args.interactive or (sys.stdin is not None and sys.stdin.isatty()):
            from ..repl import run_repl
            with capturing(args, run_options(args)) as options:
                return run_repl(options=options)
        args.file = "-"  # piped input: `wl run -`, read and bounded as a file is
    if args.interactive and args.file != "-":
        from ..repl import run_interactive
        with capturing(args, run_options(args)) as options:
            return run_interactive(args.file, options, list(args.args))
    capture = start_capture(args)
    START_UP.pause()  # reading the script imports the interpreter: its start-up begins
    try:  # the time limit bounds reading too: a FIFO or a slow device cannot hang the run
        with stop_reporting(args.file, getattr(args, "timeout", None), terminates=True):
            text, filename = read_script(args.file)
    except BaseException as exc:
        if capture is not None:
            capture.close()
        if not isinstance(exc, OSError):
            raise
        from ..paths import platform_form
        from ..errors import shown_name
        print(f"wl: error: cannot read {shown_name(platform_form(args.file))}: "
              f"{exc.strerror or exc}",
              file=sys.stderr)
        return EXIT_NOINPUT
    once = args.file == "-" or not os.path.isfile(args.file)  # a pipe cannot be read twice
    return run_text(text if once else None, filename, args,
                    list(args.args), capture).exit_code


def option_after_script(parser: argparse.ArgumentParser, raw: Sequence[str],
                        args: argparse.Namespace, command: str = "wl run") -> str | None:
    """The usage error when a script argument (before any `--`) is one of wl's own long
    options, e.g. `wl run x.wl --call P 1`: it would reach the script, and the run would go
    on without the option the user meant (--capture would send real mail). None when there
    is none, or when `--` follows the script (`wl run x.wl -- --call`: the script's). A
    short option (`-w`, `-i`) after the script stays the script's: one letter is a common
    script flag, and none of wl's changes what the run may do outside."""
    rest = list(getattr(args, "args", None) or [])
    if not rest or len(rest) >= len(raw) or raw[len(raw) - len(rest) - 1] == "--":
        return None
    longs = [name for name in parser._option_string_actions if name.startswith("--")]
    for word in rest:
        if word == "--":
            break
        name = word.split("=", 1)[0]
        if name.startswith("--") and len(name) >= 4 and any(o.startswith(name) for o in longs):
            script = "-c CODE" if getattr(args, "code", None) is not None \
                else args.file or "the script"
            return (f"{command}: error: '{name}' comes after {script}, so it would go to the "
                    f"script as an argument: put wl's options before the script "
                    f"({command} {name} ... {script} ARGS), or write -- after the script to "
                    f"pass '{name}' to it ({command} {script} -- {word} ...)")
    return None


def plain_run(file: str, short_form: bool = False) -> Any:
    """What `build_parser(short_form=...).parse_args([file])` gives, without argparse
    (about 5% of a one-line run's instructions with gettext and locale, which its
    messages import): the command line `wl run FILE` / `wl FILE`, a FILE not starting
    with `-`. tests/core/test_plain_run.py compares the two."""
    given = SimpleNamespace(
        interactive=False, file=file, args=[], call=None, json=False, no_warnings=False,
        strict=False, timeout=None, max_depth=None, max_string=None, max_array=None,
        max_memory=None, max_download=None, color="auto", db=None, analysis=None, now=None,
        seed=None, tz=None, smtp_route=[], ca_file=None, allow_cleartext_auth=False,
        capture=None, capture_fault=[])
    if short_form:
        given.code = None
    return given


def main(argv: Sequence[str]) -> int:
    """`wl run [OPTIONS] FILE [ARGS...]`."""
    if len(argv) == 1 and not argv[0].startswith("-"):  # `wl run FILE`: nothing to parse
        return run_parsed(plain_run(argv[0]), need_file=True)
    parser = build_parser()
    args = parser.parse_args(list(argv))
    message = option_after_script(parser, list(argv), args)
    if message:
        print(message, file=sys.stderr)
        return EXIT_USAGE
    return run_parsed(args, need_file=True)
