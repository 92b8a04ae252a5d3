"""`PROC_Auth.VerifierAcces("WIN_Caisse")` where the set of procedures PROC_Auth was not
given (its file not beside the script nor checked with it): WL101 naming PROC_Auth,
caret under it, saying a set or an object of that name is missing, its hint how to give
it (it said "declare it first, e.g. 'PROC_Auth is string'"); `wl run` stops there with
the same words (it said
"Unknown method 'VerifierAcces' for a value of type string" at the dot); and its
literals are no secrets: the name's "Auth" is a set's, not a value's (they were starred
in the excerpt, and "WIN_Caisse" in every message of the run). English and French.
(semantics/undeclared_names.py `_set_call`, secret_args.py `_holds_method`.)"""
from __future__ import annotations

from pathlib import Path

import pytest

from wl_test_helpers import check_json, check_places, run_stop
from wlinterp.secret_args import masked_line

CALLS = {
    "en": 'IF PROC_Auth.CheckAccess("WIN_Till") THEN\n\tTrace("ok")\nEND\n',
    "fr": 'SI PROC_Auth.VerifierAcces("FEN_Caisse") ALORS\n\tTrace("ok")\nFIN\n',
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_check_names_the_set_under_its_name(lang: str, tmp_path: Path) -> None:
    script = tmp_path / "main.wl"
    script.write_text(CALLS[lang], encoding="utf-8")
    found = check_json(script)
    method = "CheckAccess" if lang == "en" else "VerifierAcces"
    assert [(d["code"], d["line"], d["column"], d["message"]) for d in found] == [
        ("WL101", 1, 4, f"'PROC_Auth' is not declared: PROC_Auth.{method}() calls a set of "
                        "procedures or an object of that name, and none is loaded")]
    hint = str(found[0]["hint"])
    assert hint.startswith("give the set's file (PROC_Auth.wdg or PROC_Auth.wl)"), hint
    assert found[0]["source_line"] == CALLS[lang].splitlines()[0]  # (nothing starred)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_run_stops_at_the_name_with_the_check_s_words(lang: str) -> None:
    error = run_stop(CALLS[lang])
    assert "'PROC_Auth' is not declared: PROC_Auth." in str(error), str(error)
    assert str(error).endswith("calls a set of procedures or an object of that name, and "
                               "none is loaded."), str(error)
    assert (error.line, error.column) == (1, 4)  # type: ignore[attr-defined]
    assert "Unknown method" not in str(error)


@pytest.mark.parametrize("text", [
    "PROC_Auth.Length()\n",  # a built-in's method: an empty variant's, as before
    "Trace(SET_Shop.ReadFirst())\n",  # a data file's prefix syntax (HReadFirst)
    "Trace(Logger.Verbose(1))\n",  # not named as a set: the object of a component
])
def test_other_undeclared_objects_keep_the_plain_hint(text: str) -> None:
    from wlinterp.registry import load_stdlib
    from wlinterp.semantics import analyze
    from wlinterp.syntax.parser import parse
    found = [d for d in analyze(parse(text, "t.wl"), load_stdlib()).diagnostics
             if d.code == "WL101"]
    assert len(found) == 1 and found[0].hint is not None
    assert found[0].hint.startswith("declare it first"), found[0].hint
    assert check_places(text, "WL101") == [(found[0].line, found[0].column)]


@pytest.mark.parametrize("line, shown", [
    ('SI PROC_Auth.VerifierAcces("FEN_Caisse") ALORS',
     'SI PROC_Auth.VerifierAcces("FEN_Caisse") ALORS'),
    ('COL_Auth.Check("x1234")', 'COL_Auth.Check("x1234")'),
    # the method's own name still counts, and a secret word that is one anywhere
    ('PROC_Auth.Login("u", "hunter22")', 'PROC_Auth.Login("*", "********")'),
    ('PROC_Password.Check("hunter22")', 'PROC_Password.Check("********")'),
    ('sAuth = "hunter22"', 'sAuth = "********"'),
    ('DB_PW.Send("hunter22")', 'DB_PW.Send("********")'),
    ('Trace(PROC_Auth + "hunter22")', 'Trace(PROC_Auth + "********")'),  # (a value)
])
def test_a_set_s_name_is_no_secret_where_its_method_is_called(line: str, shown: str) -> None:
    assert masked_line(line) == shown
