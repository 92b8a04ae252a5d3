"""Everything the semantic pass says about a corpus, to compare two checkouts: a change
meant only to make `wl check` faster must leave every diagnostic (code, message,
position, hint, order) and every name's verdict as it was.

    python benchmarks/check_dump.py OUT [--code CHECKOUT] [--corpus CHECKOUT] [--mutants N]
    # e.g. before/after a change (the corpus read from one checkout for both):
    git worktree add /tmp/before main
    python benchmarks/check_dump.py /tmp/a.txt --code /tmp/before
    python benchmarks/check_dump.py /tmp/b.txt
    cmp /tmp/a.txt /tmp/b.txt

The corpus: every .wl, .wdg, .wdc and WINDEV text file of the checkout (`wl check` on
each, as JSON), the multi-line strings of the tests (WLanguage or not: parse errors and
odd programs are corpus too), and N mutants of each (default 6 per file, 2 per string:
a line deleted, duplicated or swapped, a name misspelt, re-cased or accented, a RETURN,
BREAK, declaration or unknown call inserted, a number made a decimal or a text, an
argument added or dropped), each analysed four ways (plain, inferring data files,
without unused-variable warnings, with names declared outside the code).
"""
from __future__ import annotations

import argparse
import ast
import io
import os
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_EXTS = (".wl", ".wdg", ".wdc", ".wdw", ".wdr", ".wwh", ".wde")
_IDENT = re.compile(r"\b[^\W\d]\w*\b")
_INSERTS = ["RETURN", "BREAK", "CONTINUE", "RESULT 1", "x = 1", "Trace(zz)",
            "n is int = 2.5", "ArrayAdd(1)", "PROCEDURE Extra(a)", "END", "Unknown_Fn(1)"]


def mutants(text: str, seed: str, count: int) -> list[str]:
    """`count` variants of `text`, each one small edit away, the same for the same seed."""
    rnd = random.Random(seed)
    lines = text.split("\n")
    out = []
    for _ in range(count):
        mutant = list(lines)
        op, j = rnd.randrange(10), rnd.randrange(len(mutant))
        words = list(_IDENT.finditer(mutant[j]))
        if op == 0:
            del mutant[j]
        elif op == 1:
            mutant.insert(j, mutant[j])
        elif op in (2, 3, 4, 9) and words:
            m = rnd.choice(words)
            w = m.group()
            if op == 2 and len(w) > 1:
                cut = rnd.randrange(len(w))
                w = w[:cut] + w[cut + 1:]
            elif op == 3:
                w = w.upper() if rnd.random() < .5 else w.swapcase()
            elif op == 4:
                w = w.replace("e", "é", 1).replace("a", "à", 1)
            elif op == 9:
                w = "New" + w
            mutant[j] = mutant[j][:m.start()] + w + mutant[j][m.end():]
        elif op == 5 and j + 1 < len(mutant):
            mutant[j], mutant[j + 1] = mutant[j + 1], mutant[j]
        elif op == 6:
            mutant.insert(j, rnd.choice(_INSERTS))
        elif op == 7:
            mutant[j] = re.sub(r"\b\d+\b", rnd.choice(["1.5", '"abc"', "x"]), mutant[j], 1)
        elif op == 8:
            mutant[j] = mutant[j].replace(")", ", x)", 1) if rnd.random() < .5 \
                else mutant[j].replace(", ", ")", 1)
        out.append("\n".join(mutant))
    return out


def test_strings(corpus: Path) -> list[tuple[str, str]]:
    """(where, text) of each multi-line string constant of the tests."""
    found = []
    for path in sorted(corpus.glob("tests/**/*.py")):
        try:
            tree = ast.parse(path.read_text(encoding="utf-8"))
        except (SyntaxError, UnicodeDecodeError):
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) \
                    and "\n" in node.value and len(node.value) < 20000:
                found.append((f"{path.relative_to(corpus)}:{node.lineno}", node.value))
    return found


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("out")
    p.add_argument("--code", default=str(ROOT), help="checkout whose wlinterp runs")
    p.add_argument("--corpus", default=str(ROOT), help="checkout whose files are read")
    p.add_argument("--mutants", type=int, default=6)
    args = p.parse_args()
    sys.path.insert(0, args.code)
    import wlinterp
    assert Path(wlinterp.__file__).resolve().is_relative_to(Path(args.code).resolve())
    from wlinterp.check import CheckOptions, check_paths
    from wlinterp.registry import load_stdlib
    from wlinterp.semantics import analyze
    from wlinterp.syntax.parser import parse
    registry = load_stdlib()
    corpus = Path(args.corpus).resolve()
    out = open(args.out, "w", encoding="utf-8")

    def dump(label: str, text: str) -> None:
        for options in ({}, {"infer_data": True}, {"unused": False},
                        {"known": {"Client", "EDT_X", "x"}}):
            try:
                a = analyze(parse(text, "g.wl"), registry, **options)
            except Exception as exc:  # noqa: BLE001 - what fails is part of the answer
                out.write(f"== {label} {sorted(options)} {type(exc).__name__}: {exc}\n")
                continue
            out.write(f"== {label} {sorted(options)}\n")
            for d in a.diagnostics:
                out.write(repr((d.code, d.message, d.line, d.column, d.length, d.hint,
                                d.source_line, d.deferred)) + "\n")
            for at, d in a.call_errors.items():
                out.write(f"call {at} {d.code} {d.message}\n")
            for verdict in sorted((n.line, n.col, type(n).__name__, str(getattr(n, "name", "")),
                                   str(r)) for n, r in a.refs._refs.values()):
                out.write(f"ref {verdict}\n")

    files = sorted(p for p in corpus.glob("**/*") if p.suffix.lower() in _EXTS
                   and not {".venv", "build", ".git"} & set(p.relative_to(corpus).parts))
    os.chdir(corpus)
    for path in files:
        rel = str(path.relative_to(corpus))
        text = path.read_text(encoding="utf-8", errors="replace")
        if path.suffix.lower() == ".wl":
            for i, variant in enumerate([text] + mutants(text, rel, args.mutants)):
                dump(f"{rel}#{i}", variant)
        json_out, text_err = io.StringIO(), io.StringIO()
        rc = check_paths([rel], options=CheckOptions(format="json"), out=json_out, err=text_err)
        out.write(f"== wl check {rel}: {rc}\n{json_out.getvalue()}{text_err.getvalue()}")
    for where, text in test_strings(corpus):
        for i, variant in enumerate([text] + mutants(text, where, max(args.mutants // 3, 1))):
            dump(f"{where}#{i}", variant)
    out.close()
    print(f"{len(files)} files and the tests' strings, with mutants: {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
