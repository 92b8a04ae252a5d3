"""The `wl` command: run scripts, start the REPL, manage the capture mailbox.

    wl run FILE [ARGS...]      run a script (also `wl FILE.wl`, `wl run -` for stdin)
    wl -c CODE                 run a line of WLanguage
    wl                         the REPL on a terminal; piped input runs as a script
    wl mailbox ...             the capture mailbox (see `wl mailbox --help`)

Exit codes: 0 ok, 1 uncaught WLanguage error, 2 usage, 65 syntax error, 66 unreadable
input, 70 internal error (please report), 130 interrupted, 141 output pipe closed. Set WL_DEBUG=1 to see the
Python traceback of an internal error.
"""
from __future__ import annotations

__all__ = ["main"]

import argparse
import contextlib
import os
import signal
import sys
import traceback
from typing import Any, Iterator, Sequence

from . import __version__
from .errors import WLError, WLSyntaxError, format_error

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_SYNTAX, EXIT_NOINPUT, EXIT_INTERNAL = 0, 1, 2, 65, 66, 70
EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE, as a shell reports a process killed by it
_COMMANDS = {"run", "mailbox", "repl", "check"}


def _add_run_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--call", metavar="PROCEDURE",
                   help="after the main code, call PROCEDURE with the script arguments and "
                        "print its result")
    p.add_argument("-w", "--no-warnings", action="store_true",
                   help="do not print compile warnings (undeclared variables...)")
    p.add_argument("--timeout", type=float, metavar="SECONDS",
                   help="stop the script (exit 1) if it runs longer than SECONDS")
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


def build_parser(with_mailbox: bool = True) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="wl", description="Run WLanguage (WINDEV/WEBDEV) code.",
        epilog="Exit codes: 0 ok, 1 WLanguage error, 2 usage, 65 syntax error, "
               "66 unreadable input, 70 internal error. WL_DEBUG=1 shows internal tracebacks.")
    parser.add_argument("--version", action="version", version=f"wl {__version__}")
    parser.add_argument("-c", dest="code", metavar="CODE", help="run CODE and exit")
    sub = parser.add_subparsers(dest="command")
    run = sub.add_parser("run", help="run a .wl script ('-' reads standard input)")
    run.add_argument("file", nargs="?", help="the script, or - for standard input")
    run.add_argument("args", nargs=argparse.REMAINDER, help="arguments for the script")
    _add_run_options(run)
    check = sub.add_parser("check", help="check scripts and WINDEV text files (.wdg, .wdc, "
                                         ".wdw...) without running them; folders recurse")
    check.add_argument("paths", nargs="+", metavar="PATH")
    check.add_argument("-w", "--no-warnings", action="store_true",
                       help="do not print compile warnings")
    sub.add_parser("repl", help="the interactive WLanguage prompt")
    if with_mailbox:
        from .mailbox.commands import add_mailbox_parser
        add_mailbox_parser(sub)
    else:  # the mailbox's imports (aiosmtpd, TLS) are only paid for when it is used
        sub.add_parser("mailbox", help="capture mail locally and look at it")
    _add_run_options(parser)
    return parser


def _normalise_argv(argv: list[str]) -> list[str]:
    """`wl FILE.wl ARGS` means `wl run FILE.wl ARGS`."""
    if argv and not argv[0].startswith("-") and argv[0] not in _COMMANDS:
        return ["run", *argv]
    if argv and argv[0] == "-":
        return ["run", *argv]
    return argv


def run_options(args: argparse.Namespace) -> dict[str, Any]:
    """rt.options from the command line and the environment (WL_SMTP_ROUTE, WL_CA_FILE)."""
    from .mail.routing import parse_route, parse_routes
    routes: dict[str, tuple[str, int]] = {}
    env_routes = os.environ.get("WL_SMTP_ROUTE", "")
    if env_routes.strip():
        routes.update(parse_routes(env_routes))
    for text in getattr(args, "smtp_route", []) or []:
        key, target = parse_route(text)
        routes[key] = target
    ca_file = getattr(args, "ca_file", None) or os.environ.get("WL_CA_FILE") or None
    if ca_file and not os.path.isfile(ca_file):
        raise ValueError(f"CA file not found: {ca_file}")
    return {"smtp_routes": routes, "ca_file": ca_file,
            "no_warnings": bool(getattr(args, "no_warnings", False)),
            "allow_cleartext_auth": bool(getattr(args, "allow_cleartext_auth", False))}


def _stdin_text() -> str:
    """Standard input as text ("" when there is none, as under some CI runners)."""
    return sys.stdin.read() if sys.stdin is not None else ""


def _read_script(name: str) -> tuple[str, str]:
    """The program text (stdin), or a file's text read once to report an unreadable file
    early (the project loader converts .wdg/.wdc files)."""
    from .engine import read_source
    if name == "-":
        return _stdin_text(), "<stdin>"
    return read_source(name), name


def _run_text(text: str | None, filename: str, args: argparse.Namespace,
              script_args: list[str]) -> int:
    """Run `text`, or (text None) the file `filename` with its whole project."""
    from .engine import run_source
    from .project import run_script
    options = run_options(args)
    capture = None
    if getattr(args, "capture", None):
        from .mailbox.commands import start_capture
        capture = start_capture(args.capture, list(args.capture_fault or []))
        options["capture"] = capture
    elif getattr(args, "capture_fault", None):
        raise ValueError("--capture-fault needs --capture DIR")
    try:
        with _time_limit(getattr(args, "timeout", None), filename):
            if text is None:
                rt = run_script(filename, options=options, args=script_args,
                                call=getattr(args, "call", None), json=getattr(args, "json", False))
            else:
                rt = run_source(text, filename, options=options, args=script_args,
                                call=getattr(args, "call", None))
    finally:
        if capture is not None:
            capture.close()
            for line in capture.summary_lines():
                print(line, file=sys.stderr)
    return rt.exit_code


class _TimeLimit(BaseException):
    """Raised in the main thread when --timeout expires (WHEN EXCEPTION cannot catch it)."""


@contextlib.contextmanager
def _time_limit(seconds: float | None, filename: str) -> Iterator[None]:
    """Stop the script after `seconds` (POSIX interval timer on the main thread)."""
    if not seconds or not hasattr(signal, "setitimer"):
        yield
        return

    def expire(signum: int, frame: Any) -> None:
        raise _TimeLimit()

    old = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    except _TimeLimit:
        raise WLError(f"the script ran longer than {seconds:g} s (--timeout)",
                      filename=filename) from None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def _report(err: WLError) -> int:
    print(format_error(err), file=sys.stderr)
    return EXIT_SYNTAX if isinstance(err, WLSyntaxError) else EXIT_ERROR


def _internal(exc: BaseException) -> int:
    print(f"wl: internal error: {type(exc).__name__}: {exc}", file=sys.stderr)
    print("wl: this is a bug in wlinterp; please report it with the script that caused it "
          "(set WL_DEBUG=1 for the Python traceback).", file=sys.stderr)
    if os.environ.get("WL_DEBUG"):
        traceback.print_exc()
    return EXIT_INTERNAL


def _dispatch(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    if args.code is not None:
        return _run_text(args.code, "<string>", args, [])
    if args.command == "run":
        if not args.file:
            print("wl run: error: a FILE to run is needed (or - for standard input)",
                  file=sys.stderr)
            return EXIT_USAGE
        try:
            text, filename = _read_script(args.file)
        except OSError as exc:
            print(f"wl: error: cannot read {args.file}: {exc.strerror or exc}", file=sys.stderr)
            return EXIT_NOINPUT
        return _run_text(text if args.file == "-" else None, filename, args, list(args.args))
    if args.command == "check":
        from .check import check_paths
        return check_paths(args.paths, args.no_warnings)
    if args.command == "mailbox":
        if not hasattr(args, "func"):
            parser.parse_args(["mailbox", "--help"])
        return int(args.func(args))
    if args.command == "repl" or (sys.stdin is not None and sys.stdin.isatty()):
        from .repl import run_repl
        return run_repl(options=run_options(args))
    return _run_text(_stdin_text(), "<stdin>", args, [])


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `wl` console script; returns the exit code."""
    for stream in (sys.stdout, sys.stderr):  # never fail on a character the terminal lacks
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    raw = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(with_mailbox=bool(raw) and raw[0] in ("mailbox", "-h", "--help"))
    try:
        args = parser.parse_args(_normalise_argv(raw))
    except SystemExit as exc:
        return int(exc.code or 0) if isinstance(exc.code, int) else EXIT_USAGE
    try:
        return _dispatch(args, parser)
    except WLError as err:
        return _report(err)
    except ValueError as exc:
        print(f"wl: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("wl: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # `wl run x.wl | head`: the reader left; stop quietly
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_BROKEN_PIPE
    except Exception as exc:  # anything else is our bug
        return _internal(exc)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
