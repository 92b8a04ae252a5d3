"""CLI glue for `wl mailbox ...` and the in-process capture used by `wl run --capture`.

Contract with the rest of wlinterp:

* `add_mailbox_parser(subparsers)` adds ``mailbox`` with ``serve``, ``list``,
  ``show`` and ``clear``; each sets ``func`` to a handler ``(args) -> int``.
  Handlers print user errors as one ``wl: error: ...`` line on stderr and
  return 1; they never let a traceback out for a bad DIR, port or id.
* `start_capture(directory, faults)` starts the capture server in a
  background thread on free 127.0.0.1 ports and returns a `CaptureHandle`
  (see server.CaptureServer for its attributes). Bad fault specs, an
  unwritable DIR and a busy port raise `ValueError` subclasses whose text is
  ready to print.

Option values use ``mb_``-prefixed ``dest`` names so they can never collide
with options of the parent parser that shares the same namespace. The server
module (aiosmtpd, TLS, cryptography) is imported only when a capture starts,
so building the parser and `list`/`show`/`clear` stay quick to start.
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from types import FrameType
from typing import TYPE_CHECKING, Any, Callable, Iterator

from contextlib import contextmanager

from .faults import parse_faults
from .listing import list_json, list_table, show_text, summary_line
from .messages import body_text, header_block, parse
from .store import CaptureStore, MailboxError

if TYPE_CHECKING:
    from .server import CaptureServer

    CaptureHandle = CaptureServer

__all__ = ["CaptureHandle", "add_mailbox_parser", "start_capture"]

DEFAULT_DIR = "wl-mailbox"
DEFAULT_PORT = 1025
_WAIT_STEP = 0.2


def __getattr__(name: str) -> Any:
    """`CaptureHandle` (the server's handle class) without importing the server up front."""
    if name == "CaptureHandle":
        from .server import CaptureServer
        return CaptureServer
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def start_capture(directory: str, faults: list[str]) -> CaptureHandle:
    """Start an in-process capture into `directory` (plain+STARTTLS and implicit-TLS ports).

    Its TLS certificate is made when `ca_file` is first read (tls.py): making it is most of
    a capture's start, and a capture whose clients send in plain SMTP never needs it.
    Until then STARTTLS is not offered, so a client reads `ca_file` before it connects."""
    from .server import CaptureConfig, CaptureServer

    config = CaptureConfig(directory=directory, faults=parse_faults(faults), files_first=False,
                           tls_on_demand=True)
    return CaptureServer(config).start()


# -- parser --------------------------------------------------------------------

def add_mailbox_parser(subparsers: Any) -> None:
    """Add `mailbox` and its sub-commands to an argparse subparsers object."""
    parser = subparsers.add_parser(
        "mailbox", help="capture mail locally and look at it",
        description="A local capture mailbox: SMTP in, Maildir out, nothing is delivered.")
    commands = parser.add_subparsers(dest="mb_command", metavar="COMMAND", required=True)

    serve = commands.add_parser("serve", help="run the capture server until Ctrl-C",
                                description="Capture every message sent to 127.0.0.1:PORT into DIR.")
    serve.add_argument("--dir", dest="mb_dir", default=DEFAULT_DIR, metavar="DIR",
                       help=f"capture directory, a Maildir (default: {DEFAULT_DIR})")
    serve.add_argument("--port", dest="mb_port", type=_port, default=DEFAULT_PORT, metavar="N",
                       help=f"SMTP port, 0 for any free one (default: {DEFAULT_PORT})")
    serve.add_argument("--tls", dest="mb_tls", action="store_true",
                       help="offer STARTTLS and listen for implicit TLS on port N+1")
    serve.add_argument("--capture-fault", dest="mb_faults", action="append", default=[],
                       metavar="PHASE=REPLY", help="inject a fault, e.g. RCPT=550 or CONNECT=refuse")
    serve.set_defaults(func=serve_command)

    lister = commands.add_parser("list", help="list captured messages, newest first")
    lister.add_argument("mb_dir", metavar="DIR")
    lister.add_argument("--limit", dest="mb_limit", type=_positive, metavar="N",
                        help="show only the N newest messages")
    lister.add_argument("--json", dest="mb_json", action="store_true", help="print the index records as JSON")
    lister.set_defaults(func=list_command)

    show = commands.add_parser("show", help="show one captured message")
    show.add_argument("mb_dir", metavar="DIR")
    show.add_argument("mb_id", metavar="ID", help="message id from `list` (a unique prefix is enough)")
    views = show.add_mutually_exclusive_group()
    for view, text in (("raw", "the message exactly as received"), ("headers", "the raw header block"),
                       ("html", "the HTML part")):
        views.add_argument(f"--{view}", dest="mb_view", action="store_const", const=view, help=text)
    show.set_defaults(func=show_command, mb_view="text")

    clear = commands.add_parser("clear", help="remove every captured message")
    clear.add_argument("mb_dir", metavar="DIR")
    clear.set_defaults(func=clear_command)


def _port(text: str) -> int:
    value = _integer(text)
    if not 0 <= value <= 65535:
        raise argparse.ArgumentTypeError(f"port {text} is not between 0 and 65535")
    return value


def _positive(text: str) -> int:
    value = _integer(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text} is not a positive number")
    return value


def _integer(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None


def _fail(message: object) -> int:
    print(f"wl: error: {message}", file=sys.stderr)
    return 1


# -- serve ---------------------------------------------------------------------

def serve_command(args: argparse.Namespace) -> int:
    """`wl mailbox serve`: capture until Ctrl-C / SIGTERM, then stop cleanly (exit 0)."""
    stop = threading.Event()
    with _stop_on_signals(stop):
        try:
            server = _start_serving(args)
        except ValueError as error:  # MailboxError, FaultSpecError
            return _fail(error)
        try:
            _print_banner(server)
            while not stop.wait(_WAIT_STEP):
                pass
        except KeyboardInterrupt:
            pass
        finally:
            server.close()
    count = len(server.captured)
    print(f"wl mailbox: stopped; {count} message{'' if count == 1 else 's'} captured in this run. "
          f"Everything is kept in {server.directory} (see: wl mailbox list {server.directory})", flush=True)
    return 0


def _start_serving(args: argparse.Namespace) -> CaptureServer:
    from .server import CaptureConfig, CaptureServer

    port = args.mb_port
    if args.mb_tls and port == 65535:
        raise MailboxError("--tls needs port N+1 for implicit TLS; choose a --port below 65535.")
    config = CaptureConfig(directory=args.mb_dir, faults=parse_faults(args.mb_faults), port=port,
                           tls=args.mb_tls, tls_port=port + 1 if port else 0,
                           on_message=lambda record: print(summary_line(record), flush=True))
    return CaptureServer(config).start()


def _print_banner(server: CaptureServer) -> None:
    from .server import HOST

    starttls = "STARTTLS offered" if server.ca_file else "plain, no TLS"
    lines = [f"wl mailbox: capturing into {server.directory} (a Maildir; nothing is delivered)",
             f"  SMTP   {HOST}:{server.plain_port}  ({starttls})"]
    if server.tls_port is not None:
        lines.append(f"  SMTPS  {HOST}:{server.tls_port}  (implicit TLS)")
        lines.append(f"  trust this CA for TLS to localhost or {HOST}: {server.ca_file}")
    lines.append("  AUTH PLAIN/LOGIN: any credentials (the user name is recorded, never the password)")
    for spec in server.faults.describe():
        lines.append(f"  injected fault: {spec}")
    if server.faults.refuses_connections:
        lines.append("  (CONNECT=refuse: the ports are held but refuse every connection)")
    lines.append("Press Ctrl-C to stop.")
    print("\n".join(lines), flush=True)


@contextmanager
def _stop_on_signals(stop: threading.Event) -> Iterator[None]:
    """SIGINT and SIGTERM set `stop` (even if SIGINT was ignored by whoever started us)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def handler(signum: int, frame: FrameType | None) -> None:
        stop.set()

    previous = {sig: signal.signal(sig, handler) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for sig, old in previous.items():
            signal.signal(sig, old)


# -- list / show / clear -------------------------------------------------------------

def _with_store(args: argparse.Namespace, action: Callable[[CaptureStore], int]) -> int:
    """Open DIR and run `action`, turning mailbox problems into one error line."""
    try:
        return action(CaptureStore.existing(args.mb_dir))
    except MailboxError as error:
        return _fail(error)


def list_command(args: argparse.Namespace) -> int:
    """`wl mailbox list DIR`: newest first; a damaged entry is reported, the rest listed."""
    def run(store: CaptureStore) -> int:
        entries, damaged = store.entries()
        entries.reverse()
        shown = entries[: args.mb_limit] if args.mb_limit else entries
        if args.mb_json:
            list_json(shown, sys.stdout)
        elif not entries and not damaged:
            print(f"No messages in {store.path}.")
        elif shown:
            list_table(shown, sys.stdout)
            if len(shown) < len(entries):
                print(f"({len(shown)} of {len(entries)} messages shown; raise --limit to see more)")
        sys.stdout.flush()
        for error in damaged:
            _fail(f"{store.path}: {error}")
        return 1 if damaged else 0
    return _with_store(args, run)


def show_command(args: argparse.Namespace) -> int:
    """`wl mailbox show DIR ID [--raw | --headers | --html]`."""
    def run(store: CaptureStore) -> int:
        key = store.resolve(args.mb_id)
        try:
            entry = store.entry(key)
        except KeyError:
            raise MailboxError(f"no message {args.mb_id!r} in {store.path}.") from None
        raw = store.raw(key)
        if args.mb_view == "raw":
            _write_bytes(raw)
        elif args.mb_view == "headers":
            _write_bytes(header_block(raw))
        elif args.mb_view == "html":
            html = body_text(parse(raw), "html")
            if html is None:
                return _fail(f"message {key} has no HTML part.")
            sys.stdout.write(html if html.endswith("\n") else html + "\n")
        else:
            show_text(entry, raw, sys.stdout)
        sys.stdout.flush()
        return 0
    return _with_store(args, run)


def clear_command(args: argparse.Namespace) -> int:
    """`wl mailbox clear DIR`: remove every message and its record, keep the Maildir."""
    def run(store: CaptureStore) -> int:
        count = store.clear()
        print(f"Removed {count} message{'' if count == 1 else 's'} from {store.path}.")
        return 0
    return _with_store(args, run)


def _write_bytes(data: bytes) -> None:
    """Raw views go out byte for byte when stdout is a real stream."""
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:
        sys.stdout.write(data.decode("utf-8", errors="replace"))
        return
    sys.stdout.flush()
    buffer.write(data)
    buffer.flush()
