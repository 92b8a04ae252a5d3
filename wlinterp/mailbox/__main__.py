"""`python -m wlinterp.mailbox ...`: the `wl mailbox` commands without the rest of the CLI.

Used by the subprocess tests (and by anyone who wants the capture server
without going through `wl`), so they exercise exactly the parser and handlers
that `wl mailbox` mounts through `add_mailbox_parser`.
"""

from __future__ import annotations

import argparse
import sys

from .commands import add_mailbox_parser


def main(argv: list[str] | None = None) -> int:
    """Parse `argv` as the arguments of `wl mailbox` and run the chosen handler."""
    parser = argparse.ArgumentParser(prog="wl")
    add_mailbox_parser(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(["mailbox", *(sys.argv[1:] if argv is None else argv)])
    return int(args.func(args))


if __name__ == "__main__":
    sys.exit(main())
