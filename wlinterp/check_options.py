"""`wl check`'s options: what it prints and how, and the flags that set them.

Kept apart from check.py (the pass itself) so that the command line's parsing and
validation of codes (--select/--ignore) stand in one short module.
"""
from __future__ import annotations

__all__ = ["CheckOptions", "add_check_options", "options_from"]

import argparse

from .records import field, record


@record
class CheckOptions:
    """What `wl check` prints and how (the command-line flags). A record, not a dataclass:
    `dataclasses` imports `inspect`, `ast` and `dis`, which no plain check needs."""

    format: str = "text"  # text, json, github
    select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    warnings: bool = True
    python: bool = False  # print the generated Python of each .wl file
    analysis: str | None = None  # --analysis (else WL_ANALYSIS, else found: project_data.py)


def add_check_options(p: argparse.ArgumentParser) -> None:
    """The flags of `wl check` (besides -w)."""
    p.add_argument("--format", choices=("text", "json", "github"), default="text",
                   help="text (default, on stderr), json (docs/check.md, on stdout) or "
                        "github (Actions annotations, on stdout)")
    p.add_argument("--select", action="append", default=[], metavar="CODES",
                   type=_known_codes,
                   help="only these codes (comma-separated; a prefix such as WL1 selects "
                        "a range)")
    p.add_argument("--ignore", action="append", default=[], metavar="CODES",
                   type=_known_codes,
                   help="leave out these codes (comma-separated prefixes)")
    p.add_argument("--python", action="store_true",
                   help="print the Python code generated for each script (on stdout)")
    p.add_argument("--analysis", metavar="FILE.xdd",
                   help="the HFSQL analysis whose data files and items the code names "
                        "(default: env WL_ANALYSIS, else the one .xdd beside each file or "
                        "at its project's root); the project's .wdr queries are known too")


def _codes(values: list[str]) -> list[str]:
    """The codes of repeated, comma-separated flag values, as one flat list."""
    return [c.strip() for v in values for c in v.split(",") if c.strip()]


def _known_codes(text: str) -> str:
    """`--select`/`--ignore`'s value, refused (exit 2) when a code names none of wl
    check's codes, nor starts one (`WL1`): a mistyped `--select WL1O1` selected nothing,
    and the check passed clean without a word."""
    from .semantics.diagnostics import KINDS
    for code in _codes([text]):
        if not any(known.startswith(code.upper()) for known in KINDS):
            raise argparse.ArgumentTypeError(
                f"unknown code '{code}': no wl check code starts so (WL101, WL2..., "
                f"docs/check.md lists them)")
    return text


def options_from(args: argparse.Namespace) -> CheckOptions:
    """The parsed flags as the options `check_paths` takes."""
    return CheckOptions(args.format, _codes(args.select), _codes(args.ignore),
                        not args.no_warnings, args.python, args.analysis)
