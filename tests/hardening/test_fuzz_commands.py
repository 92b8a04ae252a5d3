"""The `wl` commands given mutated real files and hostile texts (issue 8, area F).

`wl run`, `wl check` and `wl test` (in this process, through the real entry point), the
`.wdg`/`.wdc` loader behind them, and the REPL's line handling and `.load`: whatever the
input, the outcome is a WLanguage one (wl_mutations.outcome_problems: an exit code
docs/cli.md lists, errors at file:line:col with the line and a caret, never Python's
words). Bounded for CI: fixed draws, a few seconds per test; `run_fuzz.py --commands`
runs the same properties with fresh draws for as long as asked.
"""
from __future__ import annotations

import argparse
import io
import re
import time
from pathlib import Path

import pytest
from hypothesis import given, settings

from wl_mutations import CI_DRAWS, _NESTED, _corpus, _nested, commands_on, hostile, mutants
from wlinterp.commands.run_options import add_run_options, run_options
from wlinterp.repl import ReplSession, run_lines
from wlinterp.repl.meta import run_meta

pytestmark = pytest.mark.usefixtures("in_scratch_dir")


@settings(CI_DRAWS, max_examples=60)
@given(mutants())
def test_mutated_files_are_checked_cleanly(mutant: tuple[str, str]) -> None:
    """Every sample, `.wdg`/`.wdc`/`.wdw` text files included: the loader and the checker."""
    name, text = mutant
    commands_on(Path.cwd() / name, text.encode("utf-8", "surrogatepass"), ("check",))


@settings(CI_DRAWS, max_examples=30)
@given(mutants(run_only=True))
def test_mutated_programs_run_and_test_cleanly(mutant: tuple[str, str]) -> None:
    name, text = mutant
    commands_on(Path.cwd() / name, text.encode("utf-8", "surrogatepass"), ("run", "test"))


@settings(CI_DRAWS, max_examples=40)
@given(hostile())
def test_hostile_sources_get_wlanguage_outcomes(data: bytes) -> None:
    commands_on(Path.cwd() / "test_hostile.wl", data, ("run", "check", "test"))


@pytest.mark.parametrize("kind", sorted(_NESTED))
def test_ten_thousand_levels_of_nesting(kind: str) -> None:
    """The issue's figure: 10,000 levels of every construct that nests, through each
    command (RecursionError in any pass must be a placed syntax error)."""
    commands_on(Path.cwd() / "test_deep.wl", _nested(kind, 10_000).encode(),
                ("run", "check", "test"))


def _session() -> tuple[ReplSession, io.StringIO, io.StringIO]:
    parser = argparse.ArgumentParser(prog="wl repl")
    add_run_options(parser)
    options = run_options(parser.parse_args(["--timeout", "1", "--max-string", "1M"]))
    out, err = io.StringIO(), io.StringIO()
    return ReplSession(out, err, options=options), out, err


@settings(CI_DRAWS, max_examples=25)
@given(mutants(run_only=True), mutants())
def test_the_repl_takes_mutants_typed_and_loaded(typed: tuple[str, str],
                                                 loaded: tuple[str, str]) -> None:
    """A mutant typed line by line, another `.load`ed (a `.wdg`/`.wdc` among them): the
    session reports errors in WLanguage's words and still runs the next input."""
    session, out, err = _session()
    run_lines(typed[1].split("\n"), session)
    run_lines(["", "END", ""], session)
    path = Path.cwd() / loaded[0]
    path.write_text(loaded[1], encoding="utf-8", errors="surrogatepass")
    run_meta(f".load {path}", session)
    session.options["input_timeout"] = 60
    run_lines(['"alive"'], session)
    assert "Traceback" not in err.getvalue() and "internal error" not in err.getvalue()
    assert out.getvalue().endswith("alive\n"), (typed, loaded, err.getvalue()[-2000:])


# a seed whose first round takes "corpus mutants" first (the generators' order is
# shuffled from the seed: test_run_fuzz_shuffles_the_generators_with_its_seed)
_MUTANTS_FIRST = 0


def _fuzz_a_corpus(tmp_path: Path, capsys: pytest.CaptureFixture[str], examples: int) -> str:
    """What `run_fuzz.py --minutes 0.001 --only corpus` prints on a one-file corpus."""
    import run_fuzz
    first = next(run_fuzz.schedule(["corpus mutants", "corpus programs"], _MUTANTS_FIRST))
    assert first[0][0] == "corpus mutants"
    corpus = tmp_path / "corpus" / "fr"
    corpus.mkdir(parents=True)
    (corpus / "Calcul.wl").write_text("PROCÉDURE Double(n)\nRENVOYER n * 2\n", "utf-8")
    (corpus / "notes.txt").write_text("not code", "utf-8")
    try:
        assert run_fuzz.main(["--minutes", "0.001", "--round", str(examples), "--only",
                              "corpus", "--corpus", str(tmp_path / "corpus"),
                              "--seed", str(_MUTANTS_FIRST)]) == 0
    finally:
        for name in ("corpus mutants", "corpus programs"):
            run_fuzz.GENERATORS.pop(name, None)
    return capsys.readouterr().out


def test_run_fuzz_ends_a_round_in_its_middle(tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    """`--minutes` is honoured inside a generator's turn (a round of every generator took
    longer than a 40-minute run on a loaded machine, so the run overran by 46 minutes),
    and each turn prints its generator's count, which a run stopped from outside keeps."""
    printed = _fuzz_a_corpus(tmp_path, capsys, examples=400)
    turn = re.search(r"^  corpus mutants +(\d+) cases$", printed, re.M)
    assert turn and 1 <= int(turn.group(1)) < 100, printed  # 0.06 s: one case, a few more
    assert printed.index("corpus mutants") < printed.index("round 1:"), printed


def test_run_fuzz_shuffles_the_generators_with_its_seed() -> None:
    """Each round takes the generators in an order shuffled from `--seed` (every round
    began with the first generator, so short runs only ever fuzzed the grammar), with a
    seed for each turn's draws; the same seed gives the same rounds."""
    import run_fuzz
    names = list(run_fuzz.GENERATORS)
    rounds = [r for r, _ in zip(run_fuzz.schedule(names, 42), range(20))]
    again = [r for r, _ in zip(run_fuzz.schedule(names, 42), range(20))]
    assert rounds == again
    assert all(sorted(n for n, _ in r) == sorted(names) for r in rounds)
    assert len({r[0][0] for r in rounds}) > 3  # not always the same generator first
    assert len({d for r in rounds for _, d in r}) == 20 * len(names)  # fresh draws per turn
    assert next(run_fuzz.schedule(names, 43)) != rounds[0]


def test_run_fuzz_mutates_a_corpus_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`run_fuzz.py --corpus DIR --only corpus`: the corpus's files (a real-code corpus
    kept outside the repository) are mutated and checked, and run when they may be."""
    printed = _fuzz_a_corpus(tmp_path, capsys, examples=1)
    # one round at least: how many fit in the 0.06 s budget depends on the machine
    assert re.search(r"corpus mutants +[1-9]", printed) and "corpus programs" in printed, printed
    assert [name for name, _ in _corpus(str(tmp_path / "corpus"))] == ["fr/Calcul.wl"]


@pytest.mark.parametrize("text", [
    'XMLSave(doc, "out.xml")', "XMLSAVE(doc, s)", 'MémoireVersFichier("m", s)',
    'MemoryToFile("m", s)', 'SupprimeParamètre("Langue")', 'DeleteParameter("x")',
    "fÉcritLigne(n, s)", "fDelete(s)", 'HTTPRequest("http://x")',
    # WLanguage ignores case: the rule read the f/H/Sys/Exe prefixes case-sensitively
    'fsupprime("x")', "HSUPPRIMETOUT(Client)", 'exerun("rm x")', "sysenvironnement()",
    'httpRequest("http://x")', 'lanceappli("x")', 'fcopiefichier(a, b)'])
def test_mutants_that_write_outside_the_process_are_never_run(text: str) -> None:
    """A corpus mutant is run on the machine that fuzzes: a writer whose name the rule
    did not start with (XMLSave, MemoryToFile, DeleteParameter: the user's own
    parameter store; fÉcrit's É) was run."""
    from wl_mutations import runnable
    assert not runnable("f.wl", f"PROCEDURE P()\n{text}\n")
    assert runnable("f.wl", "PROCEDURE P(n)\nRESULT n * 2\n")


def test_words_of_comments_do_not_refuse_a_mutant() -> None:
    """The rule reads built-in names in any case, so it skips comments: a French comment
    saying "exécute" or an English one saying "now" is prose, not a call."""
    from wl_mutations import runnable
    assert runnable("f.wl", "// exécute P, now\nx = 1 /* fsupprime */\nTrace(x)\n")
    assert not runnable("f.wl", 'Trace("a") ; fsupprime("b") // c\n')


def test_run_fuzz_cuts_a_case_that_outlasts_the_run(capsys: pytest.CaptureFixture[str]) -> None:
    """A case still running some seconds after the end of the run is cut (`--minutes 8`
    ran 10.1 minutes: the time was checked only between cases), and counts neither as
    tried nor as failed; nothing of Hypothesis's own (`@seed(...)` to reproduce) is
    printed for it."""
    import time
    from hypothesis import strategies as st
    import run_fuzz
    run_fuzz.GENERATORS["endless"] = ("endless", st.integers, lambda n: time.sleep(30))
    tried: dict[str, int] = {"endless": 0}
    failures: list[str] = []
    start = time.monotonic()
    try:
        with run_fuzz.Deadline(start + 0.2, grace=0.3) as deadline:
            run_fuzz._round("endless", 5, deadline, tried, failures, 1)
    finally:
        run_fuzz.GENERATORS.pop("endless")
    printed = capsys.readouterr()
    assert time.monotonic() - start < 10 and deadline.up
    assert tried == {"endless": 0} and failures == [], printed
    assert "endless                  0 cases" in printed.out, printed
    assert "seed" not in printed.out + printed.err and "Traceback" not in printed.err, printed


def test_run_fuzz_gives_every_generator_a_case_however_short_the_run(
        capsys: pytest.CaptureFixture[str]) -> None:
    """A run whose time has passed before its first turn (a tiny --minutes on a loaded
    machine: the tests above then saw 0 cases) still tries each generator once, the
    first round being whole; the next round does not start."""
    import run_fuzz
    chosen = ["arbitrary text", "near misses"]
    tried = {name: 0 for name in chosen}
    failures: list[str] = []
    run_fuzz._rounds(chosen, 0, 100, run_fuzz.Deadline(time.monotonic() - 1, grace=5.0),
                     tried, failures)
    assert tried == {"arbitrary text": 1, "near misses": 1} and failures == []
    assert "round 1:" in capsys.readouterr().out
