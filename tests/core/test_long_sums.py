"""A long chain of `+` (texts joined, as a long SQL text or CSV line is built) compiles and
runs: from its 8th join the chain is one flat tuple (compiler/concat_chains.py), and a
chain of more than 32 terms is generated from its first term up, not by one recursion per
term. A 66-text chain nested 200 brackets deep and a 200-term one ran out of Python's
stack: "the code nests too deeply here to be compiled". Counted: the brackets' depth of
the generated code, not a time."""
from __future__ import annotations

import io

import pytest

from wlinterp.check import check_paths
from wlinterp.engine import compile_source, run_source


def _depth(py: str) -> int:
    """The deepest bracket nesting of generated Python (strings apart: none hold one here)."""
    depth = deepest = 0
    for ch in py:
        if ch in "([{":
            depth += 1
            deepest = max(deepest, depth)
        elif ch in ")]}":
            depth -= 1
    return deepest


def _out(source: str) -> str:
    out = io.StringIO()
    run_source(source, "chain.wl", stdout=out)
    return out.getvalue()


@pytest.mark.parametrize("terms", [8, 66, 200, 400])
def test_a_long_chain_of_texts_compiles_flat(terms):
    source = 's is string = "ab"\nx is string = ' + " + ".join(["s"] * terms) + \
        "\nTrace(Length(x))\n"
    assert _out(source) == f"{2 * terms}\n"
    assert _depth(compile_source(source, "chain.wl").source_py) < 40


@pytest.mark.parametrize("source", [
    # English: texts, numbers and a Variant, as a CSV line of 200 fields is built
    'sSep is string = ";"\nn is int = 7\nv is variant = 2.5\nsLine is string = "id"' +
    ' + sSep + n + sSep + v' * 50 + "\nTrace(Length(sLine), Right(sLine, 8))\n",
    # French: the same line, with accents and French keywords
    'sSép est une chaîne = ";"\nn est un entier = 7\nv est un variant = 2.5\n'
    'sLigne est une chaîne = "id"' + " + sSép + n + sSép + v" * 50 +
    "\nTrace(Taille(sLigne), Droite(sLigne, 8))\n"])
def test_a_csv_line_of_200_terms(source):
    assert _out(source) == "302, .5;7;2.5\n"  # "id", then 50 times ";7;2.5"


def test_numbers_first_then_texts_keep_their_order():
    """`1 + 2 + "a" + ...`: the numbers are added before the first text, as before."""
    source = 'x is string = 1 + 2 + "a"' + ' + "b" + 3' * 40 + "\nTrace(Left(x, 8))\n"
    assert _out(source) == "3ab3b3b3\n"


@pytest.mark.parametrize("source, expected", [
    # English: 200 ints, as generated code and long totals write them
    ("i is int = 3\nn is int = " + " + ".join(["i"] * 200) + "\nTrace(n)\n", "600\n"),
    # French: Variants (the guarded + of each join), reals, a currency in the chain
    ("v est un variant = 2\nr est un réel = 0.5\nc est un monétaire = 1.25\n"
    "nTotal est un monétaire = c + " + " + ".join(["v", "r"] * 100) + "\nTrace(nTotal)\n",
    "251.25\n"),
    # English: subtraction keeps its left-to-right order along the flat chain
    ("i is int = 1\nn is int = 1000 - " + " - ".join(["i"] * 199) + "\nTrace(n)\n", "801\n"),
])
def test_a_long_chain_of_numbers_compiles_flat(source, expected):
    """`nTotal = n1 + ... + n200` nested one bracket per join: 'nests too deeply'."""
    assert _out(source) == expected
    assert _depth(compile_source(source, "chain.wl").source_py) < 40


@pytest.mark.parametrize("source, expected", [
    # English: a thousand ints, added
    ("i is int = 1\nn is int = " + " + ".join(["i"] * 1000) + "\nTrace(n)\n", "1000\n"),
    # French: a thousand texts joined, then numbers taken away from a total
    ("s est une chaîne = \"é\"\nx est une chaîne = " + " + ".join(["s"] * 1000) +
     "\nn est un entier = 5000 - " + " - ".join(["Taille(x)"] * 3) +
     "\nTrace(Taille(x), n)\n", "1000, 2000\n"),
])
def test_a_chain_of_1000_terms_passes_every_pass(tmp_path, source, expected):
    """The semantic pass, the linker, the integer bounds and the held types walked a
    chain by one recursion per term: 1,000 terms 'nested too deeply' before the compiler
    (`wl check` and `wl run` alike)."""
    assert _out(source) == expected
    path = tmp_path / "chain.wl"
    path.write_text(source, encoding="utf-8")
    err, out = io.StringIO(), io.StringIO()
    assert check_paths([str(path)], err=err, out=out) == 0, err.getvalue() + out.getvalue()
