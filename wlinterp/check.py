"""`wl check PATH...`: syntax-check WLanguage scripts and WINDEV text-format files.

A `.wl` file is parsed and compiled (like `wl run` without running). A WINDEV text file
(.wdg .wdc .wdw ...) is cut into its code blocks, each parsed on its own, errors reported
at the line of the original file. Folders are searched recursively. Prints one error per
problem and a summary line; exit code 65 when anything failed.
"""
from __future__ import annotations

__all__ = ["check_paths", "main"]

import argparse
import os
import re
import sys
from typing import Iterator, Sequence, TextIO

from .engine import compile_source, read_source
from .errors import WLError, WLSyntaxError, format_error
from .syntax.parser import parse
from .syntax.winfile import code_blocks, is_windev_file


def _files(paths: list[str]) -> Iterator[str]:
    for path in paths:
        if os.path.isdir(path):
            for root, dirs, names in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(names):
                    full = os.path.join(root, name)
                    if name.lower().endswith(".wl") or is_windev_file(name):
                        yield full
        else:
            yield path


def _check_windev(path: str, text: str, err: TextIO) -> tuple[int, int]:
    """(blocks, failures) of one text-format file."""
    blocks = code_blocks(text)
    failures = 0
    for block in blocks:
        try:
            parse(block.text, path)
        except WLSyntaxError as exc:
            failures += 1
            message = re.sub(r"opened at line (\d+)",
                             lambda m: f"opened at line {int(m.group(1)) + block.first_line - 1}",
                             exc.message)
            located = WLSyntaxError(f"{message} (in {block.name})",
                                    block.first_line + exc.line - 1,
                                    exc.column + block.indent, path, text)
            print(format_error(located), file=err)
    return len(blocks), failures


def check_paths(paths: list[str], quiet_warnings: bool = False,
                err: TextIO | None = None) -> int:
    """Check every file; returns the exit code (0, 65 on any error, 66 unreadable)."""
    err = err if err is not None else sys.stderr
    files = blocks = failures = unreadable = 0
    for path in _files(paths):
        files += 1
        try:
            if path == "-":
                text = sys.stdin.read() if sys.stdin is not None else ""
            else:
                text = read_source(path)
        except OSError as exc:
            print(f"wl: error: cannot read {path}: {exc.strerror or exc}", file=err)
            unreadable += 1
            continue
        if is_windev_file(path):
            n, bad = _check_windev(path, text, err)
            blocks, failures = blocks + n, failures + bad
            continue
        blocks += 1
        try:
            compiled = compile_source(text, "<stdin>" if path == "-" else path)
        except WLError as exc:
            failures += 1
            print(format_error(exc), file=err)
            continue
        if not quiet_warnings:
            for warning in compiled.warnings:
                print(warning, file=err)
    if files > 1 or blocks > files:
        print(f"wl check: {files} file(s), {blocks} code block(s), {failures} with errors",
              file=err)
    if unreadable:
        return 66
    return 65 if failures else 0


def main(argv: Sequence[str]) -> int:
    """`wl check [-w] PATH...`."""
    parser = argparse.ArgumentParser(
        prog="wl check", description="Check scripts and WINDEV text files (.wdg, .wdc, "
                                     ".wdw...) without running them; folders recurse.")
    parser.add_argument("paths", nargs="+", metavar="PATH")
    parser.add_argument("-w", "--no-warnings", action="store_true",
                        help="do not print compile warnings")
    args = parser.parse_args(list(argv))
    return check_paths(args.paths, args.no_warnings)
