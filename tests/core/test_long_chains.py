"""Long chains of `*`, `/`, AND / OR (ET / OU, _AND_ / _ET_...) and the optional
concatenation `+ [", "] +` compile and run, as `+` chains do (test_long_sums.py): each
join nested its left side one bracket deeper (two with a currency's rounding) and the
compiler, the constant folding and the semantic pass recursed once per term, so 1,000
terms stopped with "the code nests too deeply here to be compiled". A chain past 256
joins goes on from a temporary (compiler/concat_chains.py SEGMENT): 20,000 terms
generate code in proportion (100,000 `+` took 454 s, each join copying the whole chain
so far). What no program writes 200 deep (`a.b.c...`, `t[1][1]...`, `f(f(...))`) stays
a WLanguage error at its place. Counted: bracket depth, code size, calls made."""
from __future__ import annotations

import io

import pytest

from wlinterp.check import check_paths
from wlinterp.compiler.concat_chains import ConcatChainMixin
from wlinterp.engine import compile_source, run_source
from wlinterp.errors import WLSyntaxError

from test_long_sums import _depth


def _out(source: str) -> str:
    out = io.StringIO()
    run_source(source, "chain.wl", stdout=out)
    return out.getvalue()


def _checks_clean(tmp_path, source: str) -> None:
    path = tmp_path / "chain.wl"
    path.write_text(source, encoding="utf-8")
    err, out = io.StringIO(), io.StringIO()
    assert check_paths([str(path)], err=err, out=out) == 0, err.getvalue() + out.getvalue()


_CHAINS = [
    # English: a product of a thousand ints, a quotient of a thousand reals
    ("n is int = 1\nr is real = " + " * ".join(["n"] * 1000) + "\nTrace(r)\n", "1\n"),
    ("r is real = 2\nq is real = 1024 / " + " / ".join(["r"] * 10) + " * r / r" * 495 +
     "\nTrace(q)\n", "1\n"),
    # French: currencies (each join rounded to 6 decimals), accents in the names
    ("mPrix est un monétaire = 1.5\nmRésultat est un monétaire = mPrix * " +
     " / ".join(["mPrix"] * 3) + " * " + " * ".join(["1"] * 996) + "\nTrace(mRésultat)\n",
     "1\n"),
    # English: a thousand conditions, AND then OR; French: ET, OU, mixed case
    ("b is boolean = True\nIF " + " AND ".join(["b"] * 1000) + " THEN Trace(\"all\")\n",
     "all\n"),
    ("b est un booléen = Faux\nSI " + " ou ".join(["b"] * 999) + " OU Vrai ALORS "
     "Trace(\"un\")\n", "un\n"),
    # French: a generated filter, ET inside OU, 1,000 comparisons
    ("i est un entier = 499\nSI " + " OU ".join(f"i = {k} ET i <> {k + 1}" for k in range(500))
     + " ALORS\n Trace(\"trouvé\")\nFIN\n", "trouvé\n"),
    # English: short-circuit _AND_ / _OR_, a thousand each
    ("b is boolean = True\nTrace(" + " _AND_ ".join(["b"] * 1000) + ")\n", "1\n"),
    ("b est un booléen = Faux\nTrace(" + " _OU_ ".join(["b"] * 1000) + ")\n", "0\n"),
    # English and French: the optional separator `+ [", "] +` between a thousand texts
    ('s is string = "a"\nx is string = ' + ' + [","] + '.join(["s"] * 1000) +
     "\nTrace(Length(x), Right(x, 3))\n", "1999, a,a\n"),
    ('sNom est une chaîne = "é"\nsListe est une chaîne = ' +
     ' + [", "] + '.join(["sNom"] * 1000) + "\nTrace(Taille(sListe))\n", "2998\n"),
]


@pytest.mark.parametrize("source, expected", _CHAINS)
def test_a_chain_of_1000_terms_runs_and_checks(tmp_path, source, expected):
    assert _out(source) == expected
    assert _depth(compile_source(source, "chain.wl").source_py) < 40
    _checks_clean(tmp_path, source)


def _seen(op: str, first: str, terms: int) -> str:
    """A chain of `terms` calls of Seen (which traces its argument and gives `first`
    for 1, the opposite after), joined with `op`."""
    other = "False" if first == "True" else "True"
    calls = f" {op} ".join(f"Seen({k})" for k in range(1, terms + 1))
    return (f"Trace({calls})\n\nPROCEDURE Seen(n)\nTrace(n)\nIF n = 1 THEN RESULT {first}\n"
            f"RESULT {other}\n")


@pytest.mark.parametrize("op, first, seen", [
    ("AND", "False", 300), ("OR", "True", 300),  # both sides of each, as short chains
    ("_AND_", "False", 1), ("_OR_", "True", 1),  # the first settles it: no other call
    ("_ET_", "True", 2), ("_OU_", "False", 2),   # the second settles it
])
def test_a_long_chain_evaluates_as_a_short_one(op, first, seen):
    """Flat or not, AND / OR run every term in order and _AND_ / _OR_ stop at the first
    that settles the result (counted: the calls traced)."""
    lines = _out(_seen(op, first, 300)).splitlines()
    assert lines[:-1] == [str(k) for k in range(1, seen + 1)]
    assert lines[-1] in ("0", "1")


def _sizes_returned(monkeypatch, owner, name: str) -> list[int]:
    """Wrap `owner.name` so that each call adds the length of what it returns to the
    one-element counter returned (the work a compiler step does, counted, not timed)."""
    total = [0]
    original = getattr(owner, name)

    def counted(self, *args):
        found = original(self, *args)
        total[0] += len(found)
        return found
    monkeypatch.setattr(owner, name, counted)
    return total


@pytest.mark.parametrize("op", [" + ", " * ", " AND ", " _OU_ "])
def test_the_work_on_a_chain_grows_with_its_terms(monkeypatch, op):
    """20,000 terms build about ten times the code of 2,000, counted as the characters
    of every flat join's code (each join copied the whole chain so far: 100,000 `+` ran
    for 454 s, 20,000 AND for 15 s), and the generated code grows as much."""
    built = _sizes_returned(monkeypatch, ConcatChainMixin, "flat_join")

    def work(terms: int) -> tuple[int, int]:
        operand = "b" if "_" in op or "AND" in op else "n"
        source = ("n is int = 1\nb is boolean = True\nx is Variant = " +
                  op.join([operand] * terms) + "\nTrace(x)\n")
        built[0] = 0
        code = len(compile_source(source, "chain.wl").source_py)
        return built[0], code
    (small, small_code), (large, large_code) = work(2_000), work(20_000)
    assert large < 12 * small
    assert large_code < 12 * small_code


@pytest.mark.parametrize("source, column", [
    # what no program writes 200 deep: a clear error where it nests deepest
    ("o is Structure\n a is int\nEND\nx is o\nTrace(x" + ".a" * 200 + ")\n", 7),
    ("t est un tableau de 1 par 1 entiers\nTrace(t" + "[1]" * 200 + ")\n", 7),
    ("Trace(" + "Abs(" * 200 + "1" + ")" * 200 + ")\n", 803),
])
def test_deeper_than_a_program_writes_is_a_wlanguage_error(source, column):
    with pytest.raises(WLSyntaxError) as raised:
        compile_source(source, "deep.wl")
    assert "nests too deeply here to be compiled" in str(raised.value)
    assert raised.value.column == column


@pytest.mark.parametrize("source, expected", [
    # French: a question in a message is a "?" in the program (the compiler then looks
    # for nullable operands, `n is int?`): a 1,000-term sum nested too deeply there
    ('sQuestion est une chaîne = "Voulez-vous continuer ?"\nn est un entier = 1\n'
     "nTotal est un entier = " + " + ".join(["n"] * 1000) + "\nTrace(nTotal)\n", "1000\n"),
    # English: a nullable operand elsewhere in the program, none in the sum
    ("m is int? = Null\nn is int = 2\nx is int = " + " * ".join(["n"] * 10) + " + " +
     " + ".join(["n"] * 990) + "\nTrace(x, m ?? 7)\n", "3004, 7\n"),
])
def test_a_question_mark_elsewhere_keeps_a_long_chain_flat(tmp_path, source, expected):
    assert _out(source) == expected
    assert _depth(compile_source(source, "chain.wl").source_py) < 40
    _checks_clean(tmp_path, source)


def test_the_repl_runs_a_long_chain():
    """The REPL compiles as a program holding a "?" does: 300 terms nested too deeply."""
    from wlinterp.repl import ReplSession, run_lines
    out, err = io.StringIO(), io.StringIO()
    session = ReplSession(out, err)
    run_lines(["n is int = 1", "x is int = " + " + ".join(["n"] * 300), "Trace(x)"], session)
    assert out.getvalue().endswith("300\n"), err.getvalue()[-500:]
    assert "nests too deeply" not in err.getvalue()


@pytest.mark.parametrize("source, expected", [
    # English: a sum of a thousand nullable ints, then the same sum with one Null
    ("m is int? = 1\nx is int? = " + " + ".join(["m"] * 1000) + "\nTrace(x)\nm = Null\n"
     "x = " + " + ".join(["m"] * 1000) + "\nTrace(x = Null)\n", "1000\n1\n"),
    # French: one nullable operand first, then 999 plain ones, a product, mixed case
    ("nRemise est un entier? = 2\nnUn est un entier = 1\nnTotal est un entier? = nRemise * " +
     " * ".join(["nUn"] * 999) + "\nTrace(nTotal)\nnRemise = Null\nnTotal = nRemise * " +
     " * ".join(["nUn"] * 999) + "\nSI nTotal = Null ALORS Trace(\"nul\")\n", "2\nnul\n"),
    # English: a call whose result is nullable, first and last (in Abs), 1,000 terms
    ("n is int = 1\nx is int? = P() + " + " + ".join(["n"] * 1000) + "\nTrace(x)\nx = " +
     " + ".join(["n"] * 1000) + " + Abs(P())\nTrace(x)\nPROCEDURE P() : int?\nRESULT -2\n",
     "998\n1002\n"),
    # French: the same, the procedure's result Null
    ("n est un entier = 1\nx est un entier? = Remise() + " + " + ".join(["n"] * 1000) +
     "\nSI x = Null ALORS Trace(\"nul\")\nPROCÉDURE Remise() : entier?\nRENVOYER Null\n",
     "nul\n"),
])
def test_a_chain_with_a_nullable_operand_is_flat(tmp_path, source, expected):
    """A chain holding an operand declared nullable (`int?`) nested one compiler call
    per term (the chains of texts and numbers were flattened first): 200 terms stopped
    with "nests too deeply", and the Null test of 8,000 operands (`a | b | ...`) nested
    in Python's compiler."""
    assert _out(source) == expected
    assert _depth(compile_source(source, "chain.wl").source_py) < 40
    _checks_clean(tmp_path, source)


def test_the_leaves_of_a_nullable_chain_are_listed_once(monkeypatch):
    """The nullable operands of a chain are listed once for the chain, not once per join
    (a list per join: memory and time quadratic in the terms). Counted: the entries of
    the lists computed, for 1,000 and 8,000 terms."""
    from wlinterp.compiler.nullable_ops import NullableMixin
    listed = _sizes_returned(monkeypatch, NullableMixin, "spine_leaves")

    def work(terms: int) -> int:
        listed[0] = 0
        compile_source("m is int? = 1\nx is int? = " + " + ".join(["m"] * terms) +
                       "\nTrace(x)\n", "chain.wl")
        return listed[0]
    small, large = work(1_000), work(8_000)
    assert small >= 1_000
    assert large < 10 * small
