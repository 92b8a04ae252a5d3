"""A long fuzz campaign, outside the test suite (docs/testing.md "Fuzzing (issue 8, REV,
7 Dec 2026, 17:25-20:25)"): mutants of the golden programs and WINDEV text files through
`wl check`, `wl run --timeout 2` and the REPL's input path, in process.

    .venv/bin/python tools/fuzz_campaign.py --workers 1 --minutes 60 --out /tmp/fuzz [--seed N]
    .venv/bin/python tools/fuzz_campaign.py --summary /tmp/fuzz

Mutations: tokens deleted, doubled, swapped; lines deleted, doubled, swapped; a cut at a
random point; EN/FR keywords inserted in any case, with and without accents; accents
removed or added; unbalanced brackets and quotes; huge numbers; nesting thousands deep
(brackets, calls, members, blocks); long lines; NUL and control characters; invalid
UTF-8, ANSI and UTF-16 encodings; CRLF/CR/LF mixes. A mutant may be run (not only
checked) when it touches nothing outside the process (tests/hardening/wl_mutations.py
runnable). A failure is a traceback, an internal error (exit 70), an exit code
docs/cli.md does not list, an error without file:line:col and caret (wl_mutations.
outcome_problems), a RecursionError, a timer left armed, or a hang.

A supervisor starts the workers; each draws mutants without end, notes the case it is on
in its folder, and appends a JSON line per failure (the case kept under OUT/cases). A
worker that spends --hang seconds of CPU on one case (or ten times that of wall time) is
killed, its case recorded as a hang, its folder emptied and a new worker started.
"""
from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import random
import re
import subprocess
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "hardening"))

KEYWORDS_EXTRA = ["IF", "SI", "THEN", "ALORS", "ELSE", "SINON", "END", "FIN", "FOR", "POUR", "TO", "À",
                  "A", "_À_", "EACH", "TOUT", "OF", "DE", "LOOP", "BOUCLE", "WHILE", "TANTQUE",
                  "SWITCH", "SELON", "CASE", "CAS", "OTHER", "AUTRE", "RESULT", "RENVOYER",
                  "RETURN", "RETOUR", "PROCEDURE", "PROCÉDURE", "FUNCTION", "FONCTION", "is",
                  "est", "un", "une", "a", "an", "local", "LOCAL", "GLOBAL", "GLOBALE", "CONSTANT",
                  "CONSTANTE", "STRUCTURE", "Class", "Classe", "inherits", "hérite", "new",
                  "nouveau", "allouer", "NULL", "Null", "NOT", "PAS", "AND", "ET", "OR", "OU",
                  "WHEN EXCEPTION IN", "QUAND EXCEPTION DANS", "DO", "FAIRE", "CONTINUE",
                  "CONTINUER", "BREAK", "SORTIR", "GOTO", "ALLER A", "array", "tableau",
                  "associative", "associatif", "dynamic", "dynamique", "string", "chaîne",
                  "chaine", "int", "entier", "real", "réel", "boolean", "booléen", "Variant",
                  "date", "heure", "DateTime", "DateHeure", "Duration", "Durée", "buffer",
                  "on", "sur", "STEP", "PAS", "ELSE IF", "SINON SI", "WHERE", "OÙ", "FROM",
                  "DEPUIS", "BY", "PAR", "EXTERN", "EXTERNE", "<IHM>", "<compile IF", "Myself",
                  "MoiMême", "MySelf", "::", "..", "...", ":", "[%", "%]", "%"]
OPENERS = ["(", ")", "[", "]", "{", "}", '"', "'", '"""', "[\n", "/*", "*/", "//", "<", ">",
           "[[", "]]", '"[%', "%]\""]
HUGE = ["9" * 40, "9" * 400, "1e309", "1e-400", "0x" + "F" * 30, "-" + "9" * 30, "1.7976931348623157e308",
        "99999999999999999999999999999999.5", "0n" + "9" * 60, "2147483648", "-9223372036854775809",
        "18446744073709551616", "1" * 5000, "0b" + "1" * 200, "0o777777777777777777777777",
        "999999999 min", "99999999999 ms", "1_000_000_000_000_000_000_000", "123 456 789 123 456 789 123"]
CONTROL = ["\x00", "\x01", "\x07", "\x08", "\x0b", "\x0c", "\x1b", "\x7f", "\x85", "\u2028",
           "\u2029", "\ufeff", "\u200b", "\u202e", "\ud800", "\udcff", "\U0001F600", "\t",
           "\r", "\r\n", "\n\r", "é", "É", "ß", "\u0301"]
ACCENTS = str.maketrans("eaiouEAIOUc", "éàîôùÉÀÎÔÙç")
TOKEN = re.compile(r'"(?:[^"\n]|"")*"?|\w+|\s+|.', re.DOTALL)


def sources() -> list[tuple[str, str]]:
    out = []
    for pattern in ("tests/golden/**/*.wl", "tests/golden/**/*.wd?", "tests/realcode/**/*.wd?",
                    "samples/*.wl"):
        for p in sorted(ROOT.glob(pattern)):
            if p.stat().st_size <= 24_000:
                out.append((str(p.relative_to(ROOT)), p.read_text("utf-8", "replace")))
    return out


def unaccent(s: str) -> str:
    import unicodedata
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


def mutate(text: str, rng: random.Random) -> tuple[str, list[str]]:
    """One to five mutations; returns the text (str, may hold lone surrogates to become
    invalid bytes later) and the operators' names."""
    ops = []
    for _ in range(rng.choice([1, 1, 2, 2, 3, 4, 5])):
        op = rng.choice(["tok_del", "tok_dup", "tok_swap", "line_del", "line_dup", "line_swap",
                         "cut", "kw", "kw_case", "unaccent", "accent", "opener", "huge",
                         "nest_paren", "nest_block", "long_line", "control", "crlf",
                         "tok_del", "kw", "opener", "line_dup", "junk_tok"])
        ops.append(op)
        toks = TOKEN.findall(text)
        lines = text.split("\n")
        if not toks:
            text = rng.choice(KEYWORDS_EXTRA)
            continue
        i = rng.randrange(len(toks))
        li = rng.randrange(len(lines))
        if op == "tok_del":
            del toks[i]
            text = "".join(toks)
        elif op == "tok_dup":
            toks.insert(i, toks[i])
            text = "".join(toks)
        elif op == "tok_swap":
            j = rng.randrange(len(toks))
            toks[i], toks[j] = toks[j], toks[i]
            text = "".join(toks)
        elif op == "line_del":
            del lines[li]
            text = "\n".join(lines)
        elif op == "line_dup":
            lines.insert(li, lines[rng.randrange(len(lines))])
            text = "\n".join(lines)
        elif op == "line_swap":
            lj = rng.randrange(len(lines))
            lines[li], lines[lj] = lines[lj], lines[li]
            text = "\n".join(lines)
        elif op == "cut":
            text = text[:rng.randrange(len(text) + 1)]
        elif op == "kw":
            kw = rng.choice(KEYWORDS_EXTRA)
            kw = rng.choice([kw, kw.upper(), kw.lower(), kw.swapcase(), kw.title(), unaccent(kw)])
            toks.insert(i, rng.choice([" ", ""]) + kw + rng.choice([" ", "", "\n"]))
            text = "".join(toks)
        elif op == "kw_case":
            toks = [t.swapcase() if t[:1].isalpha() and rng.random() < 0.3 else t for t in toks]
            text = "".join(toks)
        elif op == "unaccent":
            text = unaccent(text) if rng.random() < 0.5 else "\n".join(
                unaccent(x) if rng.random() < 0.3 else x for x in lines)
        elif op == "accent":
            toks = [t.translate(ACCENTS) if t[:1].isalpha() and rng.random() < 0.2 else t for t in toks]
            text = "".join(toks)
        elif op == "opener":
            toks.insert(i, rng.choice(OPENERS))
            text = "".join(toks)
        elif op == "huge":
            nums = [k for k, t in enumerate(toks) if t[:1].isdigit()]
            k = rng.choice(nums) if nums else i
            toks[k] = rng.choice(HUGE)
            text = "".join(toks)
        elif op == "nest_paren":
            words_at = [k for k, t in enumerate(toks) if t[:1].isalnum()]
            k = rng.choice(words_at) if words_at else i
            depth = rng.choice([50, 200, 1000, 5000, 20000])
            o, c = rng.choice([("(", ")"), ("[", "]"), ("-", ""), ("NOT ", ""), ("Abs(", ")"),
                               ("(", ""), ("", ")"), ("{", "}"), ("[", ""), ("x[", "]"),
                               ("f(", ")"), ("a.", ""), ("(1+", ")")])
            toks[k] = o * depth + toks[k] + c * depth
            text = "".join(toks)
        elif op == "nest_block":
            depth = rng.choice([30, 200, 1000, 3000])
            o, c = rng.choice([("IF True THEN\n", "END\n"), ("SI Vrai ALORS\n", "FIN\n"),
                               ("LOOP\n", "END\n"), ("WHEN EXCEPTION IN\n", "DO\nEND\n"),
                               ("SWITCH 1\nCASE 1:\n", "END\n"), ("POUR i = 1 A 1\n", "FIN\n"),
                               ("IF 1 THEN\n", ""), ("", "END\n"),
                               ("PROCEDURE p()\n", ""), ("x is Class\n", "END\n"),
                               ("TANTQUE Faux\n", "FIN\n")])
            lines.insert(li, o * depth + lines[li] + "\n" + c * depth)
            text = "\n".join(lines)
        elif op == "long_line":
            n = rng.choice([1000, 10000, 100000])
            toks.insert(i, (toks[i] + rng.choice([" ", "+", ",", "", ";", "."])) * n)
            text = "".join(toks)
        elif op == "control":
            for _ in range(rng.randint(1, 5)):
                k = rng.randrange(len(text) + 1)
                text = text[:k] + rng.choice(CONTROL) + text[k:]
        elif op == "crlf":
            nl = rng.choice(["\r\n", "\r", "mix", "\n\r"])
            if nl == "mix":
                text = "".join(x + rng.choice(["\n", "\r\n", "\r"]) for x in lines)
            else:
                text = text.replace("\n", nl)
        elif op == "junk_tok":
            toks.insert(i, rng.choice(["|1+", "code :", "type : 720896", "name :", "  -\n",
                                       "\u00a0", "«", "»", "£", "§", "µ", "€", "¤", "@", "#", "$",
                                       "\\", "`", "^", "~", "!", "=>", "->", "<-", "&", "|"]))
            text = "".join(toks)
    return text, ops


def encode(text: str, rng: random.Random) -> bytes:
    data = text.encode("utf-8", "surrogatepass")
    r = rng.random()
    if r < 0.05:  # invalid UTF-8 bytes inserted
        k = rng.randrange(len(data) + 1)
        data = data[:k] + rng.choice([b"\xff", b"\xc3", b"\xe9", b"\xed\xa0\x80", b"\xf8\x88\x80\x80\x80",
                                      b"\xc0\xaf", b"\x80\x80"]) + data[k:]
    elif r < 0.07:
        data = text.encode("cp1252", "replace")
    elif r < 0.085:
        data = text.encode("utf-16", "surrogatepass")
    elif r < 0.09:
        data = b"\xef\xbb\xbf" + data
    return data


# ------------------------------------------------------------------ the worker

SIG_RE = re.compile(r'File "([^"]+)", line (\d+), in (\w+)')


def signature(printed: str, problems: list[str], code: int) -> str:
    frames = SIG_RE.findall(printed)
    exc = re.findall(r"^(\w+(?:Error|Exception|Interrupt|Exit)\w*):", printed, re.MULTILINE)
    internal = re.search(r"wl: internal error: (\w+)", printed)
    if frames:
        ours = [f for f in frames if "wlinterp" in f[0] or "stdlib" in f[0]] or frames
        f = ours[-1]
        return f"{(internal.group(1) if internal else (exc[-1] if exc else '?'))} @ {Path(f[0]).name}:{f[2]}"
    if internal:
        return f"internal {internal.group(1)}: {printed[internal.end():internal.end()+60].strip()}"
    return f"exit {code}: " + re.sub(r"\d+", "N", (problems[0] if problems else "?"))[:80]


def worker(out: Path, wid: int, seed: int, commands: list[str]) -> None:
    os.environ["WL_DEBUG"] = "1"
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 1000))
    from wl_mutations import outcome_problems, run_wl, runnable
    from wl_repl_sessions import _session, _timers_left

    from wlinterp.repl import run_lines
    rng = random.Random(seed)
    pool = sources()
    folder = out / f"w{wid}"
    folder.mkdir(parents=True, exist_ok=True)
    os.chdir(folder)
    stats = {"cases": 0, "check": 0, "run": 0, "repl": 0, "failures": 0}
    n = 0
    last_stats = time.monotonic()
    while True:
        name, text = rng.choice(pool)
        mutated, ops = mutate(text, rng)
        data = encode(mutated, rng)
        n += 1
        suffix = Path(name).suffix
        path = folder / f"case_{os.getpid()}_{n}{suffix}"
        path.write_bytes(data)
        cur = {"src": name, "ops": ops, "file": str(path), "started": time.time(),
               "cpu": _cpu(os.getpid())}
        (folder / "current.json").write_text(json.dumps(cur))
        stats["cases"] += 1
        decoded = data.decode("utf-8", "replace")
        safe = runnable(name, decoded) and suffix == ".wl"
        todo = ["check"]
        if safe and "run" in commands:
            todo.append("run")
        if safe and "repl" in commands and rng.random() < 0.25:
            todo.append("repl")
        for command in todo:
            cur["command"] = command
            (folder / "current.json").write_text(json.dumps(cur))
            stats[command] += 1
            try:
                if command == "repl":
                    err, errout = io.StringIO(), io.StringIO()
                    with contextlib.redirect_stderr(errout):
                        session = _session(2.0, io.StringIO(), err)
                        try:
                            run_lines(decoded.split("\n"), session)
                            run_lines(["", "END", ""], session)
                        finally:
                            session.close()
                    printed = err.getvalue() + errout.getvalue()
                    code = 0
                    problems = []
                    if "Traceback (most recent call last)" in printed or "internal error" in printed:
                        problems.append("Python's words")
                    problems += [f"left armed: {w}" for w in _timers_left()]
                else:
                    argv = ["check", str(path)] if command == "check" else \
                        ["run", "-w", "--timeout", "2", str(path)]
                    code, printed = run_wl(argv)
                    problems = outcome_problems(command, code, printed, decoded)
                    if "RecursionError" in printed:
                        problems.append("RecursionError")
            except BaseException as exc:  # escaped main()
                if isinstance(exc, KeyboardInterrupt):
                    raise
                printed = "".join(traceback.format_exception(exc))
                code = -1
                problems = [f"escaped: {type(exc).__name__}"]
            if problems:
                stats["failures"] += 1
                keep = out / "cases" / f"{wid}_{n}_{command}{suffix}"
                keep.parent.mkdir(exist_ok=True)
                keep.write_bytes(data)
                rec = {"sig": signature(printed, problems, code), "command": command, "code": code,
                       "problems": problems, "src": name, "ops": ops, "case": str(keep),
                       "printed": printed[-4000:]}
                with open(out / f"failures_{wid}.jsonl", "a") as fh:
                    fh.write(json.dumps(rec) + "\n")
        path.unlink(missing_ok=True)
        for extra in folder.iterdir():  # what a run wrote
            if extra.name != "current.json" and extra.is_file():
                with contextlib.suppress(OSError):
                    extra.unlink()
        if time.monotonic() - last_stats > 10:
            (out / f"stats_{wid}_{os.getpid()}.json").write_text(json.dumps(stats))
            last_stats = time.monotonic()


def _cpu(pid: int) -> float:
    """CPU seconds (user + system) of process `pid` so far."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return 0.0


def supervise(args: argparse.Namespace) -> None:
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    end = time.monotonic() + args.minutes * 60
    seed = args.seed if args.seed is not None else random.randrange(2 ** 31)
    procs: dict[int, subprocess.Popen] = {}
    gen = 0
    hangs = 0

    def start(wid: int) -> None:
        nonlocal gen
        gen += 1
        folder = out / f"w{wid}"  # a killed worker's case would be the next cases' neighbour
        if folder.is_dir():      # (wl check reads the folder's other scripts)
            for extra in folder.iterdir():
                with contextlib.suppress(OSError):
                    extra.unlink()
        with open(out / f"w{wid}.log", "a") as log:  # (the child keeps its own copy)
            procs[wid] = subprocess.Popen(
                [sys.executable, __file__, "--worker", str(wid), "--seed",
                 str(seed * 1000 + gen), "--out", str(out), "--commands", args.commands],
                stdout=log, stderr=subprocess.STDOUT)

    for wid in range(args.workers):
        start(wid)
    totals: dict[str, int] = {}
    try:
        while time.monotonic() < end:
            time.sleep(2)
            for wid, p in list(procs.items()):
                cur_file = out / f"w{wid}" / "current.json"
                dead = p.poll() is not None
                stuck = False
                try:
                    cur = json.loads(cur_file.read_text())
                    stuck = time.time() - cur["started"] > args.hang * 10 or \
                        _cpu(p.pid) - cur.get("cpu", 0) > args.hang
                except (OSError, ValueError):
                    cur = None
                if dead or stuck:
                    _fold_stats(out, wid, totals)
                    if not dead:
                        p.kill()
                        p.wait()
                    if cur:
                        hangs += stuck
                        keep = out / "cases" / f"{wid}_hang_{gen}{Path(cur['file']).suffix}"
                        keep.parent.mkdir(exist_ok=True)
                        with contextlib.suppress(OSError):
                            keep.write_bytes(Path(cur["file"]).read_bytes())
                        rec = {"sig": "HANG" if stuck else f"worker died rc={p.returncode}",
                               "command": cur.get("command"), "src": cur["src"], "ops": cur["ops"],
                               "case": str(keep)}
                        with open(out / "failures_sup.jsonl", "a") as fh:
                            fh.write(json.dumps(rec) + "\n")
                        cur_file.unlink(missing_ok=True)
                    start(wid)
    finally:
        for wid, p in procs.items():
            p.kill()
            p.wait()
            _fold_stats(out, wid, totals)
        (out / "totals.json").write_text(json.dumps(totals))
        print("totals", totals, "hangs", hangs)


def _fold_stats(out: Path, wid: int, totals: dict[str, int]) -> None:
    for f in out.glob(f"stats_{wid}_*.json"):
        with contextlib.suppress(OSError, ValueError):
            for k, v in json.loads(f.read_text()).items():
                totals[k] = totals.get(k, 0) + v
            f.rename(f.with_suffix(".done"))


def summary(out: Path) -> None:
    """The cases run and the failures grouped by cause (signature and command)."""
    import collections
    totals: dict[str, int] = {}
    for f in [*out.glob("stats_*.json"), *out.glob("stats_*.done")]:
        for k, v in json.loads(f.read_text()).items():
            totals[k] = totals.get(k, 0) + v
    print("cases", totals)
    groups: collections.Counter[tuple[str, str]] = collections.Counter()
    first: dict[tuple[str, str], dict[str, object]] = {}
    for f in out.glob("failures_*.jsonl"):
        for line in f.read_text().splitlines():
            rec = json.loads(line)
            key = (rec["sig"], str(rec.get("command")))
            groups[key] += 1
            first.setdefault(key, rec)
    for key, count in groups.most_common():
        print(count, key, first[key]["src"], first[key]["ops"], first[key]["case"])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--minutes", type=float, default=10)
    ap.add_argument("--out", default="/tmp/REV/out")
    ap.add_argument("--seed", type=int)
    ap.add_argument("--hang", type=float, default=60)
    ap.add_argument("--worker", type=int)
    ap.add_argument("--commands", default="check,run,repl")
    ap.add_argument("--summary", metavar="OUT", help="print a finished campaign's figures")
    args = ap.parse_args()
    if args.summary:
        summary(Path(args.summary))
    elif args.worker is not None:
        worker(Path(args.out), args.worker, args.seed, args.commands.split(","))
    else:
        supervise(args)


if __name__ == "__main__":
    main()
