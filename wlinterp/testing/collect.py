"""Finding tests: `test_*.wl` files and `test_*.wdg` procedure sets under the given paths;
each `PROCEDURE test_*` is a case (its several syntaxes one case; a file without one is a
single case); `-k` selection.
"""
from __future__ import annotations

__all__ = ["TestCase", "TestFile", "UsageError", "find_test_files", "collect_file",
           "keyword_matcher", "conftests_for"]

import os
import re
from dataclasses import dataclass, field
from typing import Callable

from ..errors import WLError
from ..project.sources import CONFTEST, find_layout, is_test_file, read_file
from ..syntax import nodes as N
from ..syntax.names import fold
from ..syntax.parser import parse


class UsageError(ValueError):
    """Bad command line: a path that does not exist, a bad -k expression (exit 2)."""


@dataclass
class TestCase:
    """One case: a test procedure of a file, or the whole file."""

    file: str
    name: str
    line: int
    procedure: str | None
    ranges: list[tuple[int, int]] | None  # lines whose expectations apply (None = all)
    takes_params: bool = False  # the test procedure declares parameters (TestAddIteration)

    @property
    def id(self) -> str:
        return f"{self.file}::{self.name}" if self.procedure else self.file

    @property
    def keywords(self) -> str:
        """What `-k` looks in: the file's name and the case's, not the folders above it
        (a temporary folder's name must not decide what runs)."""
        base = os.path.basename(self.file)
        return f"{base}::{self.name}" if self.procedure else base


@dataclass
class TestFile:
    path: str
    cases: list[TestCase] = field(default_factory=list)
    error: WLError | None = None  # the file does not parse


def find_test_files(paths: list[str]) -> list[str]:
    """Test files under `paths` (folders recurse, hidden folders skipped), sorted."""
    found: list[str] = []
    for path in paths or ["."]:
        if os.path.isdir(path):
            for base, dirs, names in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith(".")
                                 and d not in ("__pycache__", "node_modules"))
                found.extend(os.path.join(base, n) for n in sorted(names) if is_test_file(n)
                             and os.path.isfile(os.path.join(base, n)))  # (not a FIFO)
        elif os.path.isfile(path):
            found.append(path)
        elif os.path.exists(path):
            raise UsageError(f"not a file or folder (a pipe or a device?): {path}")
        else:
            raise UsageError(f"no such file or folder: {path}")
    return list(dict.fromkeys(os.path.normpath(p) for p in found))


def collect_file(path: str) -> TestFile:
    """The cases of one test file (parsed on its own to find its test procedures)."""
    try:
        source = read_file(path, "script")
        program = parse(source.text, source.path)
    except WLError as err:
        return TestFile(path, [], err)
    procs = sorted((p for p in program.procedures if p.owner is None),
                   key=lambda p: p.line)
    first = procs[0].line if procs else 10**9
    main_range = (1, first - 1)
    cases: list[TestCase] = []
    syntaxes: dict[str, tuple[TestCase, set[object]]] = {}  # by folded name
    for k, p in enumerate(procs):
        if not fold(p.name).startswith("test"):
            continue
        lines = (p.line, procs[k + 1].line - 1 if k + 1 < len(procs) else 10**9)
        known = syntaxes.get(fold(p.name))
        params = _parameters(p)
        if known is None or params in known[1]:  # (the same twice: refused, two cases)
            case = TestCase(source.path, p.name, p.line, p.name, [main_range, lines],
                            bool(p.params))
            cases.append(case)
            syntaxes[fold(p.name)] = (case, {params})
            continue
        case, seen = known  # another syntax: the same case, whose iterations' values
        seen.add(params)  # choose the syntax each time, as calls do
        assert case.ranges is not None
        case.ranges.append(lines)
        case.takes_params = case.takes_params or bool(p.params)
    if not cases:
        return TestFile(source.path, [TestCase(source.path, os.path.basename(source.path),
                                               1, None, None)])
    return TestFile(source.path, cases)


def _parameters(p: N.Procedure) -> tuple[tuple[str, bool, bool], ...]:
    """What tells two syntaxes of a procedure apart: its parameters' types, optional
    ones and `*` (the same again is a procedure declared twice)."""
    return tuple((fold(q.type_text or ""), q.default is None, q.star) for q in p.params)


def conftests_for(path: str) -> list[str]:
    """`conftest.wl` files from the project root down to the test file's folder."""
    root = os.path.abspath(find_layout(path).root)
    folder = os.path.dirname(os.path.abspath(path))
    chain: list[str] = []
    while True:
        candidate = os.path.join(folder, CONFTEST)
        if os.path.isfile(candidate):
            chain.append(candidate)
        parent = os.path.dirname(folder)
        if folder == root or parent == folder or not folder.startswith(root):
            break
        folder = parent
    return list(reversed(chain))


_K_TOKEN = re.compile(r"\s*(\(|\)|[^\s()]+)")


def keyword_matcher(expr: str | None) -> Callable[[str], bool]:
    """pytest's -k: words matched as substrings of the case id, combined with `and`,
    `or`, `not` and parentheses; in any case and with or without accents, as WLanguage
    names (`-k echeance` selects `test_échéance`: it selected nothing)."""
    if not expr or not expr.strip():
        return lambda _id: True
    tokens = _K_TOKEN.findall(expr)
    words = [t for t in tokens if t not in ("(", ")") and t.lower() not in ("and", "or", "not")]
    code = " ".join(t.lower() if t.lower() in ("and", "or", "not") or t in "()"
                    else f"_w[{words.index(t)}]" for t in tokens)
    try:
        compiled = compile(code, "-k", "eval")
        eval(compiled, {"__builtins__": {}}, {"_w": [False] * len(words)})
    except SyntaxError:
        raise UsageError(f"-k: cannot read the expression {expr!r}") from None

    from ..syntax.names import fold
    folded = [fold(w) for w in words]

    def match(case_id: str) -> bool:
        low = fold(case_id)
        values = [w in low for w in folded]
        return bool(eval(compiled, {"__builtins__": {}}, {"_w": values}))
    return match
