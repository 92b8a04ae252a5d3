"""Inputs for fuzzing the `wl` commands themselves: real-shaped files mutated, and hostile
texts built on purpose (issue 8, area F).

`wl_strategies.py` draws programs from the grammar and feeds the compiler; this module
feeds what a user feeds: whole files through `wl run`, `wl check`, `wl test`, the REPL
and the `.wdg`/`.wdc` loader.

- `mutants()`: a file of the repository (WINDEV text-format samples of tests/realcode,
  golden programs) cut short, with lines dropped, repeated or swapped, keywords turned
  into the other language or another case, junk tokens inserted (BOMs, NULs, quotes,
  comment openers, the loader's own `|1+` and `code :` markers...).
- `hostile()`: the classes of bad input named by the issue: code nested 10,000 levels
  deep, huge numeric literals, very long lines and names, unterminated strings and
  comments, other encodings (UTF-16/32 with and without BOM, ANSI, invalid UTF-8), NULs.

`outcome_problems` is the property: what a command printed and returned is a WLanguage
outcome (an exit code docs/cli.md lists, every error placed at file:line:col with the
line and a caret), never Python's words.
"""
from __future__ import annotations

import contextlib
import io
import re
from functools import lru_cache
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from wlinterp.registry import REGISTRY
from wlinterp.syntax import words
from wlinterp.syntax.names import fold

ROOT = Path(__file__).resolve().parents[2]

# Goldens that touch the world outside the process (files, network, programs, time,
# threads, the console, the end of the process) are checked and loaded but never run:
# a mutant of `fDelete(sTemp)` must not become `fDelete(s)`. Writers named inside a
# word (XMLSave, MemoryToFile/MémoireVersFichier, DeleteParameter/SupprimeParamètre:
# the user's own parameter store) in any case, and `fÉcrit`, are such too.
_UNSAFE = re.compile(r"\b(?:f[A-ZÀ-Ý]|Exe|Lance|Email|HTTP|Socket|Net|Ping|FTP|Sys[A-Z]|Delay|"
                     r"Tempo|Multitask|Thread|Parallel|Service|zip|INI|Sauve|Save|Load|Charge|"
                     r"H[A-Z]|SQL|EndProgram|FinProgramme|Console|DNS|URL|Registry|Registre|"
                     r"dbg|Test|Ouvre|Open|Compile|Execute|Exécute|Evaluate|Evalue|Random|"
                     r"Hasard|Now|Today|Date[A-Z]|Time[A-Z]|Heure|Process|Event)"
                     r"|(?i:save|sauve|tofile|versfichier|deleteparameter|supprimeparam[eè]tre|relance)")

_WORD = re.compile(r"[^\W\d]\w*")
_COMMENT = re.compile(r'"[^"\n]*"|//[^\n]*|/\*.*?\*/', re.S)

# Tokens a mutation inserts: the loader's own markers, encodings' marks, openers of every
# literal and comment, and the pieces of the constructs the grammar nests.
_JUNK = ["\x00", "\ufeff", "\r", "\n", "\t", "|1+", "|1-", " :", "  -\n", "code :", "type : 720896",
         "name :", '"', "'", "/*", "*/", "//", "[%", "%]", "(", ")", "[", "]", "...", "::", ":",
         ",", "=", "<-", "<=", "&", "?", "é", "\udcff", "\u2028", "\u202e", "\x1b[2J", "«",
         "9" * 60, "0x" + "F" * 40, "1e999", "1 min 5 s", "PROCEDURE P()\n", "PROCÉDURE ",
         " is Class\n", " est une Classe\n", "CONSTANT\n", "STRUCTURE\n", "END\n", "FIN\n"]
_KEYWORDS = sorted(words.KEYWORDS)


@lru_cache(maxsize=None)
def _sources() -> tuple[tuple[str, str], ...]:
    """(relative path, text) of every sample file, sorted (the draws stay reproducible)."""
    found = []
    for pattern in ("tests/realcode/**/*.wd?", "tests/golden/**/*.wl", "samples/*.wl"):
        for path in sorted(ROOT.glob(pattern)):
            if path.stat().st_size <= 16_000:
                found.append((str(path.relative_to(ROOT)), path.read_text("utf-8", "replace")))
    return tuple(found)


@lru_cache(maxsize=None)
def _unsafe_builtin(word: str) -> bool:
    """Is `word` (folded) a built-in function whose English or French name the rule
    refuses? WLanguage ignores case, so `fsupprime`, `EXERUN` and `hsupprimetout` are
    fSupprime, ExeRun and HSupprimeTout: the rule reads the name as the registry spells it."""
    found = REGISTRY.functions.get(word)
    return found is not None and bool(_UNSAFE.search(found.en) or _UNSAFE.search(found.fr))


def runnable(name: str, text: str) -> bool:
    """May a mutant of this file be run (not only checked and loaded)?"""
    return (not name.endswith((".wdw", ".wdp")) and not _UNSAFE.search(text)
            and not any(_unsafe_builtin(fold(word))
                        for word in set(_WORD.findall(_COMMENT.sub(_kept_string, text)))))


def _kept_string(found: re.Match[str]) -> str:
    """A string literal stays (its words are not code, but a mutation can open it); a
    comment goes: prose ("exécute", "now") is not a call."""
    return found.group() if found.group().startswith('"') else " "


def _other_spelling(word: str, draw: st.DrawFn) -> str:
    """A keyword of the same meaning in either language, in a drawn case."""
    terminal = words.KEYWORDS[word.lower()]
    choices = sorted(w for w, t in words.KEYWORDS.items() if t == terminal)
    chosen = draw(st.sampled_from(choices))
    return draw(st.sampled_from([chosen, chosen.upper(), chosen.title(), chosen.swapcase()]))


@st.composite
def _mutated(draw: st.DrawFn, text: str) -> str:
    """`text` after one to four mutations."""
    lines = text.split("\n")
    for _ in range(draw(st.integers(1, 4))):
        op = draw(st.sampled_from(["cut", "drop", "repeat", "swap", "insert", "keyword",
                                   "indent", "erase"]))
        at = draw(st.integers(0, max(len(lines) - 1, 0)))
        line = lines[at] if lines else ""
        if op == "cut":  # a truncated file: a copy or a download that stopped
            whole = "\n".join(lines)
            lines = whole[:draw(st.integers(0, len(whole)))].split("\n")
        elif op == "drop" and lines:
            del lines[at]
        elif op == "repeat" and lines:
            lines.insert(at, lines[draw(st.integers(0, len(lines) - 1))])
        elif op == "swap" and lines:
            other = draw(st.integers(0, len(lines) - 1))
            lines[at], lines[other] = lines[other], lines[at]
        elif op == "insert" and lines:
            cut = draw(st.integers(0, len(line)))
            lines[at] = line[:cut] + draw(st.sampled_from(_JUNK)) + line[cut:]
        elif op == "keyword" and lines:
            found = [m for m in re.finditer(r"[^\W\d]+", line) if m.group().lower() in words.KEYWORDS]
            if found:
                m = draw(st.sampled_from(found))
                lines[at] = line[:m.start()] + _other_spelling(m.group(), draw) + line[m.end():]
        elif op == "indent" and lines:
            lines[at] = line.lstrip() if draw(st.booleans()) else " " * draw(st.integers(1, 9)) + line
        elif op == "erase" and lines:
            cut = draw(st.integers(0, len(line)))
            lines[at] = line[:cut] + line[cut + draw(st.integers(1, 6)):]
    return "\n".join(lines)


_CORPUS_KINDS = (".wl", ".wdg", ".wdc", ".wdw", ".wdp")


@lru_cache(maxsize=None)
def _corpus(folder: str) -> tuple[tuple[str, str], ...]:
    """(path under `folder`, text) of each code file of a real-code corpus kept outside
    the repository (tests/realcode/README.md), sorted; at most 64 KB each."""
    root = Path(folder)
    return tuple((str(path.relative_to(root)), path.read_text("utf-8", "replace"))
                 for path in sorted(root.rglob("*"))
                 if path.suffix.lower() in _CORPUS_KINDS and path.is_file()
                 and path.stat().st_size <= 64_000)


def mutants(run_only: bool = False,
            corpus: str | None = None) -> st.SearchStrategy[tuple[str, str]]:
    """(file name to write, mutated text) of a sample file, or of a file of the real-code
    `corpus` folder; `run_only`: of files whose mutants may be run."""
    sources = _corpus(corpus) if corpus else _sources()
    pool = [(name, text) for name, text in sources if not run_only or runnable(name, text)]
    drawn = st.sampled_from(pool).flatmap(
        lambda item: _mutated(item[1]).map(lambda text: ("test_" + Path(item[0]).name, text)))
    # a mutation can join two words into a writer's name (erasing `Trace(s); ` before
    # `fDelete`-like text): what runs is the mutant, so the rule reads the mutant too
    return drawn.filter(lambda mutant: runnable(*mutant)) if run_only else drawn


# ------------------------------------------------------------------ hostile texts

_NESTED = {  # construct -> (head, opening, innermost, closing, tail): a data table;
    # the opening and the closing are repeated `depth` times
    "parentheses": ("x = ", "(", "1", ")", "\n"),
    "brackets": ("x = ", "[", "1", "]", "\n"),
    "calls": ("Trace(", "Abs(", "1", ")", ")\n"),
    "IF blocks": ("", "IF 1 THEN\n", "Trace(1)\n", "END\n", ""),
    "SI blocs": ("", "si Vrai alors\n", "Trace(1)\n", "fin\n", ""),
    "LOOP": ("", "BOUCLE\n", "SORTIR\n", "END\n", ""),
    "SWITCH": ("", "SWITCH 1\nCASE 1:\n", "Trace(1)\n", "END\n", ""),
    "exceptions": ("", "WHEN EXCEPTION IN\n", "Trace(1)\n", "DO\nEND\n", ""),
    "NOT": ("x = ", "NOT ", "1", "", "\n"),
    "minus": ("x = ", "-", "1", "", "\n"),
    "members": ("x = a", "", "", ".b", "\n"),
    "concatenation": ('s is string = ""', "", "", ' + "a"', "\n"),
    "unclosed": ("x = ", "(", "", "", "\n"),
}


def _nested(kind: str, depth: int) -> str:
    head, opening, inner, closing, tail = _NESTED[kind]
    return head + opening * depth + inner + closing * depth + tail


def _number(kind: str, digits: int) -> str:
    nines = "9" * digits
    return {"integer": nines, "real": nines + ".5", "exponent": "1e" + nines,
            "hexadecimal": "0x" + "F" * digits, "numeric": "0n" + nines,
            "duration": nines + " s", "negative": "-" + nines}[kind]


_TEXTS = st.one_of(
    st.tuples(st.sampled_from(sorted(_NESTED)), st.sampled_from([50, 300, 3000, 10_000])).map(
        lambda t: _nested(*t)),
    st.tuples(st.sampled_from(["integer", "real", "exponent", "hexadecimal", "numeric",
                               "duration", "negative"]),
              st.sampled_from([38, 39, 400, 5000])).map(
        lambda t: f"n is numeric = 1\nTrace({_number(*t)})\n"),
    st.sampled_from(["n", "prénom", "_x"]).flatmap(lambda name: st.sampled_from([
        f"{name * 50_000} is int = 1\nTrace({name * 50_000})\n",   # a long declared name
        f"Trace({name * 50_000})\n",                              # a long unknown one
        "x is string = " + " + ".join(['"ab"'] * 2000) + "\n",     # a long line
        "Trace(1)" + " " * 200_000 + "\n",
    ])),
    st.sampled_from(['Trace("abc\n', 'Trace("abc', "/* never closed\nTrace(1)\n",
                     'Trace("a[%x")\n', 'x = [\n"a",\n', 's is string = [\nabc\n',
                     "PROCEDURE P(\n", "IF 1 THEN\nTrace(1)\n", "SWITCH 1\nCASE\n",
                     "x is Class\nEND\nPROCEDURE x::\n"]),
    st.sampled_from(_KEYWORDS).flatmap(lambda word: st.sampled_from(
        [word.upper() + "\n", f"{word} = 1\n", f"Trace({word})\n", f"{word}()\n"])),
)
_SAMPLE = 'si Vrai ALORS\n    Trace("héllo wörld")\nEnd\nFOR i = 1 _À_ 3\n    Trace(i)\nfin\n'


def _encoded(text: str, how: str) -> bytes:
    if how == "utf-8":
        return text.encode("utf-8", "surrogatepass")
    if how == "ansi":
        return text.encode("cp1252", "replace")
    if how == "bad utf-8":  # stray bytes that are no UTF-8 in a UTF-8 file
        return text.encode("utf-8", "surrogatepass").replace(b"\n", b"\xff\xc3\n", 1)
    if how == "nul":
        return text.encode("utf-8", "surrogatepass").replace(b"\n", b"\x00\n", 1)
    if how == "utf-8 twice marked":
        return b"\xef\xbb\xbf\xef\xbb\xbf" + text.encode("utf-8", "surrogatepass")
    data = text.encode(how.replace(" no mark", "").replace("odd ", ""), "surrogatepass")
    if how.startswith("odd "):
        data += b"\x41"  # a UTF-16 or UTF-32 file cut inside a character
    return data[2 if "16" in how else 4:] if how.endswith("no mark") else data


def hostile() -> st.SearchStrategy[bytes]:
    """Bytes of a hostile source file."""
    encodings = st.sampled_from(["utf-8", "ansi", "bad utf-8", "nul", "utf-8 twice marked",
                                 "utf-16", "utf-32", "utf-16 no mark", "odd utf-16",
                                 "odd utf-32"])
    return st.one_of(st.tuples(_TEXTS, st.just("utf-8")),
                     st.tuples(st.just(_SAMPLE), encodings)).map(lambda t: _encoded(*t))


# ------------------------------------------------------------------ the property

ALLOWED = {"run": {0, 1, 65, 66}, "check": {0, 65, 66}, "test": {0, 1, 5, 65}}
_PLACED = re.compile(r":(\d+):(\d+): error")


def run_wl(argv: list[str]) -> tuple[int, str]:
    """`wl ARGV` in this process: (exit code, what it printed on stdout and stderr)."""
    from wlinterp.cli import main
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
        code = main(argv)
    return code, out.getvalue()


def outcome_problems(command: str, code: int, printed: str, source: str) -> list[str]:
    """What is wrong with a command's outcome ([] when it is a WLanguage outcome);
    `source`: the file's text (an error on one of its blank lines has its caret too)."""
    from wlinterp.errors import source_lines
    problems = []
    if code not in ALLOWED[command]:
        problems.append(f"exit code {code}")
    if "Traceback (most recent call last)" in printed or "wl: internal error" in printed:
        problems.append("Python's words")
    lines = source_lines(printed)  # (what a line separator inside a line would cut)
    for k, line in enumerate(lines):
        if not re.search(r": error(?:\[WL\d+\])?: ", line) or line.startswith("wl: error: ") \
                or line.startswith("FAILED "):
            continue  # (`wl: error: cannot read X`: a file, not a place in it; `FAILED
            # case - uncaught error: ...`: wl test's summary line, after the error's block)
        placed = _PLACED.search(line)
        if placed is None:
            problems.append(f"an error without a place: {line[:200]!r}")
        elif int(placed.group(1)) < 1 or int(placed.group(2)) < 1:
            problems.append(f"a place before the first line or column: {line[:200]!r}")
        elif not any("^" in after for after in lines[k + 2:k + 3]):
            problems.append(f"an error without a caret: {line[:200]!r}")
    return problems


CI_DRAWS = settings(deadline=None, suppress_health_check=list(HealthCheck), database=None,
                    derandomize=True)
"""The settings of the fuzz tests CI runs: fixed draws, no deadline (a loaded machine)."""

ARGV = {"run": ["run", "-w", "--timeout", "5"], "check": ["check"],
        "test": ["test", "-q", "--timeout", "5"]}


def commands_on(path: Path, data: bytes, commands: tuple[str, ...],
                timeout: str = "5") -> None:
    """Write `data` to `path`, run each command on it, assert a WLanguage outcome;
    `timeout`: the --timeout of `run` and `test` (seconds)."""
    path.write_bytes(data)
    for command in commands:
        argv = [timeout if arg == "5" else arg for arg in ARGV[command]]
        code, printed = run_wl([*argv, str(path)])
        problems = outcome_problems(command, code, printed, data.decode("utf-8", "replace"))
        assert not problems, (command, problems, printed[-3000:])
