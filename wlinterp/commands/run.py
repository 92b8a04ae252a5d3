"""`wl run` and the short form `wl [OPTIONS] FILE [ARGS...]`: read a script, run it.

The same option parser serves both forms, so every `run` option can also be written
before the script in the short form (`wl -w --timeout 5 x.wl args`). Everything after the
script's name belongs to the script, as with `python` and `node` — but a word there that is
one of wl's own long options (`wl run x.wl --call P`) is refused with a usage error saying where
to put it, rather than silently handed to the script; `--` after the script passes such
words on (`wl run x.wl -- --call P`). A first line starting with `#!` is ignored, so a
script can be made executable with `#!/usr/bin/env wl`.
"""
from __future__ import annotations

__all__ = ["main", "build_parser", "option_after_script", "add_data_options",
           "add_limit_options", "limit_options", "run_options", "read_script", "run_text"]

import argparse
import os
import sys
from typing import Any, Sequence

from .collector import START_UP
from .exits import EXIT_NOINPUT, EXIT_USAGE, exit_codes_text
from .limits import stop_reporting
from .resources import call_depth, memory_limit, size_limit, timeout_seconds


def add_data_options(p: argparse.ArgumentParser) -> None:
    """--db and --analysis: shared by `wl run` and `wl test` (same meaning in both)."""
    data = p.add_argument_group("data files (HFSQL)")
    data.add_argument("--db", metavar="URL",
                      help="database: sqlite:PATH (default: beside the analysis), sqlite::memory:"
                           " or postgresql://... (env WL_DB)")
    data.add_argument("--analysis", metavar="FILE.xdd",
                      help="the analysis export (default: the .xdd in the script's folder; "
                           "env WL_ANALYSIS)")


def add_limit_options(p: argparse.ArgumentParser) -> None:
    """--max-depth, --max-string, --max-array, --max-memory: shared by `wl run` and `wl test`
    (docs/security.md, "Limits of a run")."""
    p.add_argument("--max-depth", type=call_depth, metavar="N",
                   help="how deep procedure calls may nest before the catchable 'Stack "
                        "overflow' error (default 6000)")
    p.add_argument("--max-string", type=size_limit, metavar="N",
                   help="longest string a script may build, in characters (K, M, G "
                        "suffixes; default 1G): past it, a catchable 'String too long' error")
    p.add_argument("--max-array", type=size_limit, metavar="N",
                   help="most elements an array may hold (default 50000000): past it, a "
                        "catchable 'Array too large' error")
    p.add_argument("--max-memory", type=memory_limit, metavar="N",
                   help="most memory the run may hold, in bytes (K, M, G suffixes; default "
                        "half the machine's memory, at most 8G; checked on Linux): past it, "
                        "a catchable 'Not enough memory' error")


def limit_options(args: argparse.Namespace) -> dict[str, Any]:
    """The run options of add_limit_options' flags (None: the default)."""
    return {name: getattr(args, name, None)
            for name in ("max_depth", "max_string", "max_array", "max_memory")}


def add_run_options(p: argparse.ArgumentParser) -> None:
    """The options of `wl run`, also accepted before the script in the short form."""
    p.add_argument("--call", metavar="PROCEDURE",
                   help="after the main code, call PROCEDURE with the script arguments and "
                        "print its result")
    p.add_argument("--json", action="store_true",
                   help="with --call: print the result as JSON (arrays, structures...)")
    p.add_argument("-w", "--no-warnings", action="store_true",
                   help="do not print compile warnings (undeclared variables...)")
    p.add_argument("--strict", action="store_true",
                   help="refuse to run a program with any error 'wl check' reports "
                        "(undeclared variables, unknown functions, wrong argument counts)")
    p.add_argument("--timeout", type=timeout_seconds, metavar="SECONDS",
                   help="stop the script (exit 1) if it runs longer than SECONDS, naming "
                        "the line that was running")
    add_limit_options(p)
    p.add_argument("--color", "--colour", choices=("auto", "always", "never"), default="auto",
                   metavar="WHEN",
                   help="colour error labels: auto (a terminal without NO_COLOR), always or never")
    add_data_options(p)
    from ..project.determinism import add_determinism_arguments
    add_determinism_arguments(p)  # --now, --seed, --tz
    mail = p.add_argument_group("e-mail")
    mail.add_argument("--smtp-route", action="append", default=[], metavar="HOST[:PORT]=HOST:PORT",
                      help="send sessions opened for HOST[:PORT] to another address; TLS still "
                           "checks the certificate against the original host (env WL_SMTP_ROUTE)")
    mail.add_argument("--ca-file", metavar="PEM",
                      help="trust an extra CA certificate file (env WL_CA_FILE)")
    mail.add_argument("--allow-cleartext-auth", action="store_true",
                      help="allow SMTP AUTH without TLS to non-loopback servers")
    mail.add_argument("--capture", metavar="DIR",
                      help="send every SMTP session to an embedded capture server storing "
                           "messages in DIR (a Maildir); no network needed")
    mail.add_argument("--capture-fault", action="append", default=[], metavar="PHASE=REPLY",
                      help="with --capture: make the server answer e.g. RCPT=550, DATA=451, "
                           "AUTH=535, CONNECT=refuse")


class _Formatter(argparse.RawDescriptionHelpFormatter):
    """argparse's formatter, sized without `shutil`: argparse makes one for every option
    it adds, and importing shutil (with its compression modules) was a visible part of a
    one-line script's start-up."""

    def __init__(self, prog: str, indent_increment: int = 2, max_help_position: int = 24,
                 width: int | None = None) -> None:
        if width is None:
            try:
                columns = int(os.environ.get("COLUMNS", "")) or os.get_terminal_size().columns
            except (ValueError, OSError):
                columns = 80
            width = columns - 2
        super().__init__(prog, indent_increment, max_help_position, width)


def build_parser(prog: str = "wl run", description: str = "", epilog: str = "",
                 short_form: bool = False) -> argparse.ArgumentParser:
    """The parser of `wl run`; with `short_form`, that of `wl [OPTIONS] [FILE]` (which
    also has -c, -i and --version)."""
    from .. import __version__
    parser = argparse.ArgumentParser(
        prog=prog, description=description or "Run a WLanguage script.",
        epilog=epilog or exit_codes_text(), formatter_class=_Formatter)
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


def run_options(args: argparse.Namespace) -> dict[str, Any]:
    """rt.options from the command line and the environment (WL_SMTP_ROUTE, WL_CA_FILE)."""
    routes: dict[str, tuple[str, int]] = {}
    env_routes = os.environ.get("WL_SMTP_ROUTE", "")
    given = getattr(args, "smtp_route", []) or []
    if env_routes.strip() or given:  # the mail package is imported only when needed
        from ..mail.routing import parse_route, parse_routes
        routes.update(parse_routes(env_routes) if env_routes.strip() else {})
        for text in given:
            key, target = parse_route(text)
            routes[key] = target
    ca_file = getattr(args, "ca_file", None) or os.environ.get("WL_CA_FILE") or None
    if ca_file and not os.path.isfile(ca_file):
        raise ValueError(f"CA file not found: {ca_file}")
    from ..project.determinism import options_from_args
    return {"smtp_routes": routes, "ca_file": ca_file,
            "no_warnings": bool(getattr(args, "no_warnings", False)),
            **limit_options(args),
            "strict": bool(getattr(args, "strict", False)),
            "db": getattr(args, "db", None), "analysis": getattr(args, "analysis", None),
            "allow_cleartext_auth": bool(getattr(args, "allow_cleartext_auth", False)),
            "input_timeout": getattr(args, "timeout", None),  # the REPL's, per input
            **options_from_args(args)}


def read_script(name: str) -> tuple[str, str]:
    """The program text and its display name: stdin, or a file's text read once here to
    report an unreadable file early (the project loader converts .wdg/.wdc files)."""
    from ..engine import read_source, read_stdin_source
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
    load_stdlib().loader.index()
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
        with stop_reporting(platform_form(filename), getattr(args, "timeout", None)):
            if text is None:
                return run_script(filename, options=options, args=script_args, call=call,
                                  json=getattr(args, "json", False))
            return run_source(text, filename, options=options, args=script_args, call=call)
    finally:
        START_UP.restore()
        if capture is not None:
            capture.close()
            for line in capture.summary_lines():
                print(line, file=sys.stderr)


def not_a_command(word: str, commands: Sequence[str]) -> str | None:
    """For `wl rnu x.wl`: the usage message when `word` is neither a file nor a command
    (None when it may well be a script name)."""
    if word == "-" or os.path.exists(word) or os.sep in word or "/" in word \
            or os.path.splitext(word)[1]:
        return None
    import difflib
    close = difflib.get_close_matches(word, list(commands), n=1, cutoff=0.5)
    guess = close[0] if close else "run"
    return (f"wl: '{word}' is neither a command nor a file; did you mean {guess}? "
            f"(`wl help` lists the commands)")


def run_parsed(args: argparse.Namespace, need_file: bool) -> int:
    """Run what the parsed command line names; the REPL when there is nothing to run.
    A WLanguage error is reported here, coloured as --color says."""
    from ..errors import WLError
    from .report import report_error
    try:
        return _run_parsed(args, need_file)
    except WLError as err:
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
            return run_repl(options=run_options(args))
        args.file = "-"  # piped input: `wl run -`, read and bounded as a file is
    if args.interactive and args.file != "-":
        from ..repl import run_interactive
        return run_interactive(args.file, run_options(args), list(args.args))
    capture = start_capture(args)
    START_UP.pause()  # reading the script imports the interpreter: its start-up begins
    try:  # the time limit bounds reading too: a FIFO or a slow device cannot hang the run
        with stop_reporting(args.file, getattr(args, "timeout", None)):
            text, filename = read_script(args.file)
    except BaseException as exc:
        if capture is not None:
            capture.close()
        if not isinstance(exc, OSError):
            raise
        from ..paths import platform_form
        print(f"wl: error: cannot read {platform_form(args.file)}: {exc.strerror or exc}",
              file=sys.stderr)
        return EXIT_NOINPUT
    return run_text(text if args.file == "-" else None, filename, args,
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


def main(argv: Sequence[str]) -> int:
    """`wl run [OPTIONS] FILE [ARGS...]`."""
    parser = build_parser()
    args = parser.parse_args(list(argv))
    message = option_after_script(parser, list(argv), args)
    if message:
        print(message, file=sys.stderr)
        return EXIT_USAGE
    return run_parsed(args, need_file=True)
