"""A built-in's TextArg/NumberArg/IntArg annotations (registry.py) are what `wl check`
reports WL115 and WL206 from, so each one must tell the truth about the built-in when it
runs: given a structure or an array there, the call fails with an error naming that type
(WL115 says "it fails when it runs"); a number parameter given a non-numeric text does
what it does with 0 (WL206 says "read as 0"); an integer parameter given 1.75 does what
it does with 1 (WL206 says "read as 1"). Every annotated parameter of every family is run
here, so an annotation that says more than the built-in does fails this test."""
from __future__ import annotations

import io
from pathlib import Path

import pytest

from wlinterp.engine import run_source
from wlinterp.errors import WLError
from wlinterp.registry import Builtin, load_every_family

_PRELUDE = ("STRUCTURE Point\n\tx is int\nEND\n"
            "p is Point\nt is array of strings = [\"a\"]\n")
_SAMPLE = {"Text": '"abc"', "Number": "1", "Int": "1"}  # any other parameter: "abc"


def _annotated(kinds: tuple[str, ...] = ("Text", "Number", "Int")) -> list[tuple[Builtin, int, str]]:
    seen: dict[int, Builtin] = {}
    for b in load_every_family().functions.values():
        seen.setdefault(id(b), b)
    # sorted: the registry's order follows which families a worker loaded first, and
    # pytest-xdist refuses a run whose workers collected the cases in different orders
    return sorted(((b, i, kind) for b in seen.values() for i, kind in enumerate(b.param_kinds())
                   if kind in kinds),  # (ProcArg is not WL115's)
                  key=lambda case: (case[0].en, case[1]))


CASES = _annotated()
# WholeArg: a number read as an integer, a text the built-in's own (not WL115's nor "read as 0")
WHOLE_CASES = _annotated(("Whole",))


def _sample(b: Builtin, rank: int, kind: str) -> str:
    """A value for a parameter other than the one tried: an array function's first
    parameter is the array `t` (the prelude's), so the call gets as far as the tried one."""
    if rank == 0 and b.family == "Arrays":
        return "t"
    return _SAMPLE.get(kind, '"abc"')


def _call(b: Builtin, rank: int, value: str) -> str:
    """`b`'s English name called as a statement with `value` as parameter `rank` (from
    0), and sample values for the parameters before it and the other required ones."""
    kinds = b.param_kinds()
    count = max(rank + 1, b.min_args)
    args = [value if i == rank else _sample(b, i, kinds[i] if i < len(kinds) else "")
            for i in range(count)]
    return f"{b.en}({', '.join(args)})"


def _outcome(call: str) -> str:
    """What running `call` does: its error, or what ErrorInfo says after a non-fatal
    failure, or "ok"."""
    out = io.StringIO()
    source = _PRELUDE + call + "\nIF ErrorOccurred THEN Trace(\"failed: \" + ErrorInfo())\n"
    try:
        run_source(source, "t.wl", stdout=out, stderr=io.StringIO())
    except WLError as exc:
        return f"error: {exc}"
    return out.getvalue().strip() or "ok"


def test_there_are_annotations_in_every_kind_of_family() -> None:
    families = {b.family for b, _, _ in CASES}
    for kind in ("Str", "Num", "Math", "Date", "File", "Email"):
        assert any(f.startswith(kind) for f in families), (kind, families)
    assert len({id(b) for b, _, _ in CASES}) >= 60


@pytest.mark.parametrize("b,rank,kind", CASES,
                         ids=[f"{b.en}-{rank + 1}" for b, rank, _ in CASES])
def test_a_composite_argument_fails_when_it_runs(b: Builtin, rank: int, kind: str,
                                                 tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # file built-ins act on "abc" here
    for var, what in (("p", "structure"), ("t", "array")):
        outcome = _outcome(_call(b, rank, var))
        assert outcome.startswith(("error:", "failed:")) and what in outcome, outcome


NUMBER_CASES = [c for c in CASES if c[2] in ("Number", "Int")]


@pytest.mark.parametrize("b,rank,kind", NUMBER_CASES,
                         ids=[f"{b.en}-{rank + 1}" for b, rank, _ in NUMBER_CASES])
def test_a_non_numeric_text_is_read_as_zero(b: Builtin, rank: int, kind: str,
                                            tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    text, zero = _outcome(_call(b, rank, '"abc"')), _outcome(_call(b, rank, "0"))
    assert text == zero


INT_CASES = [c for c in CASES if c[2] == "Int"] + WHOLE_CASES


def test_integer_parameters_are_found() -> None:
    """Left's count and Middle's start are among them (stdlib/strings.py)."""
    found = {(b.en, rank) for b, rank, _ in INT_CASES}
    assert {("Left", 1), ("Middle", 1), ("Middle", 2)} <= found


def test_an_open_files_positions_and_counts_are_integer_parameters() -> None:
    """fSeek, fRead, fLock, fUnlock and fFind read them as integers (stdlib/file_locks.py,
    handle_reads.py): `wl check` says so of a real literal given there."""
    found = {(b.en, rank) for b, rank, _ in INT_CASES}
    assert {("fSeek", 1), ("fSeek", 2), ("fRead", 1), ("fLock", 1), ("fLock", 2),
            ("fUnlock", 1), ("fUnlock", 2), ("fFind", 3), ("fFind", 4)} <= found


@pytest.mark.parametrize("b,rank,kind", INT_CASES,
                         ids=[f"{b.en}-{rank + 1}" for b, rank, _ in INT_CASES])
def test_a_real_is_truncated(b: Builtin, rank: int, kind: str, tmp_path: Path,
                             monkeypatch: pytest.MonkeyPatch) -> None:
    """What `wl check`'s WL206 says of `Left(s, 1.75)`: the call does what it does with 1
    (its result shown, or its error)."""
    monkeypatch.chdir(tmp_path)
    real, whole = (_outcome(f"Trace({_call(b, rank, value)})") for value in ("1.75", "1"))
    assert real == whole


def test_the_keyed_or_worded_parameters_are_integer_parameters() -> None:
    """ArrayDelete's index (a key for an associative array: not judged there), fSplit's
    size and ErrorPropagate's code (a text there is refused in words, or is the message)
    read a number as an integer: `wl check` says what a real literal loses there."""
    found = {(b.en, rank) for b, rank, _ in INT_CASES}
    assert {("ArrayDelete", 1), ("fSplit", 1), ("ErrorPropagate", 0)} <= found
    assert {("fSplit", 1), ("ErrorPropagate", 0)} <= {(b.en, rank) for b, rank, _ in WHOLE_CASES}
