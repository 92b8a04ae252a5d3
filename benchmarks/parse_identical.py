"""Does a change to the parser keep its output? The tokens, trees and errors of many sources,
written as one digest line per source, to compare between two checkouts.

    python benchmarks/parse_identical.py OUT.txt [--root DIR] [--fragments N]
    diff OUT-before.txt OUT-after.txt        (or: --compare BEFORE.txt AFTER.txt)

Run it once with the interpreter of each checkout (each imports its own wlinterp) over the
same `--root` (default: this checkout), then compare the two files: any line that differs
names a source whose tokens (type, value, positions), tree (every node with its line and
column) or error (message with file:line:col, source line and caret) changed. `--show ID`
prints that source and its outcome in full.

Sources: every .wl file; every WINDEV text-format file (.wdg .wdc .wdw .wdp) whole and block
by block; the code blocks of docs/*.md; every string constant of tests/**/*.py (3
characters or more, once each: most are WLanguage code; the rest are bad input, as useful).
Fragments: each source mutated at random but reproducibly (seeded by its position): a line
dropped or doubled, a cut at any character, a span deleted or moved, a token-like word inserted,
lines shuffled, brackets and quotes unbalanced.
"""
from __future__ import annotations

import ast
import hashlib
import random
import re
import sys
from pathlib import Path
from typing import Iterator

from wlinterp.errors import WLError, format_error
from wlinterp.syntax.lexer import tokenize
from wlinterp.syntax.parser import parse

_WINDEV = (".wdg", ".wdc", ".wdw", ".wdp")
_SKIP = {".venv", "build", ".git", "node_modules", "__pycache__"}
_WORDS = ["IF", "THEN", "ELSE", "END", "FIN", "SI", "ALORS", "SINON", "FOR", "EACH", "POUR",
          "TOUT", "TO", "A", "à", "DE", "OF", "SWITCH", "CASE", "OTHER", "AUTRE", "CAS",
          "WHILE", "LOOP", "BOUCLE", "PROCEDURE", "PROCÉDURE", "INTERNAL", "RESULT",
          "RETOUR", "RENVOYER", "is", "est", "un", "entier", "int", "string", "chaîne",
          "array", "tableau", "(", ")", "[", "]", "[[", "]]", ",", ";", ":", "::", ".", "..",
          "...", "=", "<-", ">>", "=>", "{", "}", "+", "-", "*", "/", "<", ">", "<>", "\"",
          "\"x\"", "1", "2.5", "0x1F", "3 min", "//", "/*", "*/", "\n", "NOT", "AND", "OR",
          "_AND_", "IN", "DANS", "STRUCTURE", "CLASSE", "GLOBAL", "LOCAL", "PRIVÉ", "PUBLIC",
          "CONSTANT", "new", "allouer", "x", "obj", "MyResult", "WHEN", "EXCEPTION", "USING",
          "CASE ERROR:", "&", "|", "~", "?", "%", "^", "++", "--", "+=", "<§", "§>", "“"]


def _files(root: Path) -> Iterator[Path]:
    for path in sorted(root.rglob("*")):
        if _SKIP & set(path.relative_to(root).parts) or not path.is_file():
            continue
        yield path


def sources(root: Path) -> list[tuple[str, str]]:
    """(id, text) of every source, in a fixed order."""
    from wlinterp.syntax.winfile import code_blocks, program_source
    out: list[tuple[str, str]] = []
    seen: set[str] = set()  # (a test's strings repeat: each is parsed once)
    for path in _files(root):
        rel = str(path.relative_to(root))
        suffix = path.suffix.lower()
        if suffix not in (".wl", ".md", ".py") + _WINDEV:
            continue
        try:
            text = path.read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            continue
        if suffix == ".wl":
            out.append((rel, text))
        elif suffix in _WINDEV:
            out.append((rel, text))
            for k, block in enumerate(code_blocks(text)):
                out.append((f"{rel}#block{k}", block.text))
            try:
                out.append((f"{rel}#program", program_source(text, rel)))
            except ValueError:
                pass
        elif suffix == ".md" and rel.startswith("docs"):
            for k, m in enumerate(re.finditer(r"```[a-z]*\n(.*?)```", text, re.S)):
                out.append((f"{rel}#fence{k}", m.group(1)))
        elif suffix == ".py" and rel.startswith("tests"):
            try:
                tree = ast.parse(text)
            except SyntaxError:
                continue
            k = 0
            for node in ast.walk(tree):
                if isinstance(node, ast.Constant) and isinstance(node.value, str) \
                        and len(node.value) >= 3 and node.value not in seen:
                    seen.add(node.value)
                    out.append((f"{rel}#str{k}", node.value))
                    k += 1
    return out


def _mutate(text: str, rng: random.Random) -> str:
    """One random change of `text` (see the module's docstring)."""
    lines = text.splitlines(keepends=True) or [""]
    kind = rng.randrange(9)
    n = len(text)
    if kind == 0 and len(lines) > 1:
        del lines[rng.randrange(len(lines))]
        return "".join(lines)
    if kind == 1:
        i = rng.randrange(len(lines))
        lines.insert(i, lines[i])
        return "".join(lines)
    if kind == 2:
        return text[:rng.randrange(n + 1)]
    if kind == 3 and n:
        i = rng.randrange(n)
        return text[:i] + text[i + rng.randrange(1, 12):]
    if kind == 4:
        i = rng.randrange(n + 1)
        sep = rng.choice(["", " ", "\n"])
        return text[:i] + sep + rng.choice(_WORDS) + rng.choice(["", " "]) + text[i:]
    if kind == 5 and len(lines) > 2:
        i, j = sorted(rng.sample(range(len(lines)), 2))
        lines[i], lines[j] = lines[j], lines[i]
        return "".join(lines)
    if kind == 6 and n:
        i = rng.randrange(n)
        span = text[i:i + rng.randrange(1, 30)]
        rest = text[:i] + text[i + len(span):]
        j = rng.randrange(len(rest) + 1)
        return rest[:j] + span + rest[j:]
    if kind == 7:
        i = rng.randrange(n + 1)
        return text[:i] + rng.choice("()[]{}\"“”`'") + text[i:]
    # a line's case changed, or its accents dropped (keywords are case/accent-blind)
    i = rng.randrange(len(lines))
    lines[i] = lines[i].upper() if rng.random() < 0.5 else lines[i].lower()
    return "".join(lines)


def outcome(text: str) -> str:
    """The tokens and the tree (or the error) of `text`, in full."""
    parts = []
    try:
        toks = tokenize(text, "f.wl")
        parts.append(" ".join(f"{t.type}:{t.value!r}@{t.start_pos},{t.line},{t.column},"
                              f"{t.end_pos}" for t in toks))
    except RecursionError:
        parts.append("tokens: RecursionError")
    except Exception as err:  # noqa: BLE001 - any error is part of the outcome
        parts.append(f"tokens: {_error(err)}")
    try:
        program = parse(text, "f.wl")
        program.source = ""  # (the text itself)
        parts.append(repr(program))
    except RecursionError:
        parts.append("parse: RecursionError")
    except Exception as err:  # noqa: BLE001
        parts.append(f"parse: {_error(err)}")
    return "\n".join(parts)


def _error(err: Exception) -> str:
    """An error as the user sees it (position, message, source line and caret)."""
    if isinstance(err, WLError):
        return f"{type(err).__name__} {getattr(err, 'incomplete', '')} {format_error(err)}"
    return f"{type(err).__name__}: {err}"


def cases(root: Path, fragments: int) -> Iterator[tuple[str, str]]:
    found = sources(root)
    yield from found
    if not found:
        return
    for k in range(fragments):
        rng = random.Random(k)
        ident, text = found[k % len(found)]
        for _ in range(rng.randrange(1, 4)):
            text = _mutate(text, rng)
        yield f"{ident}~{k}", text


def main(argv: list[str]) -> int:
    if argv[:1] == ["--compare"]:
        before = Path(argv[1]).read_text().splitlines()
        after = Path(argv[2]).read_text().splitlines()
        differ = [b.split("\t")[0] for b, a in zip(before, after) if b != a]
        print(f"{len(before)} and {len(after)} outcomes, {len(differ)} differ")
        for ident in differ[:20]:
            print("  ", ident)
        return 0 if not differ and len(before) == len(after) else 1
    if not argv or argv[0].startswith("-") and argv[0] not in ("--show", "--root", "--fragments"):
        print(__doc__)  # `--help` and the like: never taken for the output file's name
        return 0 if argv[:1] in (["--help"], ["-h"]) else 2
    if "--show" not in argv and argv[0].startswith("-"):
        print(__doc__)
        return 2
    root = Path(argv[argv.index("--root") + 1]) if "--root" in argv else \
        Path(__file__).resolve().parent.parent
    fragments = int(argv[argv.index("--fragments") + 1]) if "--fragments" in argv else 50000
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 1000))
    if "--show" in argv:
        wanted = argv[argv.index("--show") + 1]
        for ident, text in cases(root, fragments):
            if ident == wanted:
                print(text, "\n=====\n", outcome(text))
        return 0
    with open(argv[0], "w", encoding="utf-8") as f:
        for ident, text in cases(root, fragments):
            digest = hashlib.sha1(outcome(text).encode("utf-8", "replace")).hexdigest()
            f.write(f"{ident}\t{digest}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
