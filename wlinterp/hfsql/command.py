"""`wl hfsql init|describe|import|export`: create a database from an analysis, print the
analysis, load data files from CSV/JSON and dump them.

    wl hfsql init     [--analysis A.xdd] [--db URL]
    wl hfsql describe [--analysis A.xdd]
    wl hfsql import   [--analysis A.xdd] [--db URL] [--file NAME] DATA.csv|DATA.json...
    wl hfsql export   [--analysis A.xdd] [--db URL] [--format csv|json] [-o OUT] FILE
"""
from __future__ import annotations

__all__ = ["main"]

import argparse
import os
import sys
from typing import Sequence

from ..errors import WLError
from .analysis import Analysis, AnalysisError, find_analysis, read_xdd
from .backends import DatabaseError
from .database import Database, database_url
from .transfer import dump_file, fixture_name, load_file, read_rows, write_rows


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="wl hfsql", description="HFSQL data files on SQLite or "
                                "PostgreSQL, described by a WINDEV analysis export (.xdd).")
    sub = p.add_subparsers(dest="action", required=True)
    for name, text in (("init", "create the tables and indexes of every data file"),
                       ("describe", "print the data files, items, keys and links"),
                       ("import", "add records from CSV or JSON files"),
                       ("export", "write a data file's records as CSV or JSON")):
        s = sub.add_parser(name, help=text)
        s.add_argument("--analysis", metavar="FILE.xdd",
                       help="the analysis (default: the only .xdd of the current folder)")
        if name != "describe":
            s.add_argument("--db", metavar="URL", help="sqlite:PATH or postgresql://... "
                           "(env WL_DB; default: beside the analysis)")
        if name == "import":
            s.add_argument("--file", metavar="NAME", help="data file to fill (default: the "
                           "data file's name is the file name: Customer.csv fills Customer)")
            s.add_argument("data", nargs="+", metavar="DATA")
        if name == "export":
            s.add_argument("--format", choices=("csv", "json"), default="csv")
            s.add_argument("-o", "--output", metavar="OUT", help="output file (default: stdout)")
            s.add_argument("name", metavar="FILE", help="the data file")
    return p


def _analysis(path: str | None) -> Analysis:
    path = path or os.environ.get("WL_ANALYSIS") or find_analysis(os.getcwd())
    if not path:
        raise ValueError("no analysis: give --analysis FILE.xdd (none, or several, in the "
                         "current folder)")
    return read_xdd(path)


def describe(ana: Analysis) -> str:
    lines = []
    for f in ana.files.values():
        null = ", NULL supported" if f.null_supported else ""
        lines.append(f"{f.name} (table {f.physical}{null})")
        for i in f.shown_items:  # an array item once, with its number of elements
            key = {1: "  unique key", 2: "  key with duplicates"}.get(i.key, "")
            size = f" {i.size}" if i.size and i.type.kind == "text" else ""
            size += f"  array of {i.elements}" if i.elements > 1 else ""
            null_item = "  NULL allowed" if i.null_allowed else ""
            lines.append(f"  {i.name}: {i.type.label}{size}{key}{null_item}")
        for k in f.keys:
            if k.composite:
                kind = "unique" if k.unique else "with duplicates"
                lines.append(f"  {k.name}: composite key {kind} ({' + '.join(k.items)})")
    for link in ana.links:
        lines.append(f"link: {link.child_file}.{link.child_item} -> "
                     f"{link.parent_file}.{link.parent_item}")
    return "\n".join(lines)


def _run(args: argparse.Namespace) -> int:
    ana = _analysis(args.analysis)
    if args.action == "describe":
        print(describe(ana))
        return 0
    db = Database(ana, database_url({"db": args.db}, ana.path))
    try:
        if args.action == "init":
            names = db.create_all()
            print(f"{len(names)} data file(s) ready in {db.url}: {', '.join(names)}")
        elif args.action == "import":
            for path in args.data:
                name = args.file or fixture_name(path)
                ctx = db.context(name)
                if ctx is None:
                    raise ValueError(f"{path}: '{name}' is not a data file of the analysis")
                count = load_file(ctx, read_rows(path), path)
                print(f"{path}: {count} record(s) added to {ctx.name}")
        else:
            ctx = db.context(args.name)
            if ctx is None:
                raise ValueError(f"'{args.name}' is not a data file of the analysis")
            text = write_rows(ctx, dump_file(ctx), args.output, args.format)
            if not args.output:
                sys.stdout.write(text)
    finally:
        db.close()
    return 0


def main(argv: Sequence[str]) -> int:
    """Entry point of `wl hfsql`; returns the exit code (2 for usage errors)."""
    try:
        args = _parser().parse_args(list(argv))
    except SystemExit as exc:
        return int(exc.code or 0) if isinstance(exc.code, int) else 2
    try:
        return _run(args)
    except (AnalysisError, DatabaseError, ValueError, OSError, WLError) as exc:
        print(f"wl hfsql: error: {exc}", file=sys.stderr)
        return 1
