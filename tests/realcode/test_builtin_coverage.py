"""tests/realcode/builtin_coverage.py: every bare call of a corpus is classed as the
project's own code, a built-in, a catalogued WINDEV function (WL103) or unknown (WL102)."""
from __future__ import annotations

from pathlib import Path

from builtin_coverage import calls_in, classify, measure

from wlinterp.registry import load_stdlib

CORPUS = Path(__file__).resolve().parent / "corpus"


def test_the_small_corpus_calls_nothing_unknown() -> None:
    r = measure([CORPUS])
    assert r["unparsed"] == 0
    assert r["calls"] == {"project": 2, "built-in": 31, "catalog": 3, "unknown": 0}
    assert r["names"]["catalog"]["TableAjouteLigne"] == 1
    assert r["names"]["built-in"]["ExécuteAncêtre"] == 1
    assert r["names"]["project"]["ChercheClients"] == 1


def test_each_class_in_both_languages() -> None:
    functions = load_stdlib().functions
    mine = {"majfiche"}
    assert classify("MajFiche", mine, functions) == "project"
    assert classify("RéseauUtilisateur", mine, functions) == "built-in"
    assert classify("NetworkUser", mine, functions) == "built-in"
    assert classify("FenEnExécution", mine, functions) == "catalog"
    assert classify("Event", mine, functions) == "catalog"
    assert classify("CalculeRemise", mine, functions) == "unknown"


def test_a_block_that_does_not_parse_is_read_by_pattern() -> None:
    text = ('PROCEDURE P()\nIF x THEN\n  s = "F(1)" + G(2) // H(3)\n  '
            'q = [\n  SELECT CAST(a) FROM t\n  ]\n  obj.M(4) + K (5)\nEND END\n')
    called, declared, parsed = calls_in(text, "t.wl")
    assert not parsed
    assert called == ["G", "K"] and declared == {"P"}


def test_a_parsed_block_gives_its_calls_and_declarations() -> None:
    called, declared, parsed = calls_in("PROCEDURE P()\nTrace(Upper(Q()))\n"
                                        "PROCEDURE Q()\nRESULT o.M()\n", "t.wl")
    assert parsed and sorted(called) == ["Q", "Trace", "Upper"] and declared == {"P", "Q"}
