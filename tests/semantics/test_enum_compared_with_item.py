"""`FOR EACH Product WHERE Price > Low` / `POUR TOUT Product OÙ Price > Bas`, Low a value of
an enumeration and Price an item holding numbers: the run stops at the loop ("A value of
type enumeration cannot be used as a number."), and `wl check --analysis` said nothing.
It now says WL110 at the same line and column in the same words (semantics/
enum_conditions.py; docs/check.md WL110). A text item compared with the value runs:
nothing said. Real SQLite file, the sample analysis samples/orders/shop.xdd."""
from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from wlinterp.check import CheckOptions, check_paths
from wlinterp.engine import run_source
from wlinterp.errors import WLRuntimeError

SHOP = Path(__file__).resolve().parents[2] / "samples" / "orders" / "shop.xdd"
RUN_WORDS = "A value of type enumeration cannot be used as a number."
ENGLISH = ("Level is enumeration\n\tLow\n\tHigh\nEND\n"
           "FOR EACH Product WHERE Stock > 0 AND {cond}\n\tTrace(Product.Label)\nEND\n"
           "Trace(\"done\")\n")
FRENCH = ("Niveau est une énumération\n\tBas\n\tHaut\nFIN\n"
          "POUR TOUT Product OÙ Stock > 0 ET {cond}\n\tTrace(Product.Label)\nFIN\n"
          "Trace(\"fini\")\n")


@pytest.fixture(autouse=True)
def _no_analysis_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("WL_ANALYSIS", raising=False)
    monkeypatch.delenv("WL_DB", raising=False)


def _check(tmp_path: Path, source: str) -> list[tuple]:
    script = tmp_path / "loop.wl"
    script.write_text(source, encoding="utf-8")
    out = io.StringIO()
    check_paths([str(script)], out=out, err=io.StringIO(),
                options=CheckOptions(format="json", analysis=str(SHOP)))
    return [(d["code"], d["line"], d["column"], d["message"])
            for d in json.loads(out.getvalue())["diagnostics"]]


def _run(tmp_path: Path, source: str) -> tuple[str, WLRuntimeError | None]:
    out = io.StringIO()
    try:
        run_source(source, "loop.wl", stdout=out, stderr=io.StringIO(),
                   options={"analysis": str(SHOP), "db": f"sqlite:{tmp_path / 'x.db'}"})
    except WLRuntimeError as err:
        return out.getvalue(), err
    return out.getvalue(), None


@pytest.mark.parametrize("template, cond, value, enum", [
    (ENGLISH, "Price > Low", "Low", "Level"),
    (ENGLISH, "Price = Level.Low", "Level.Low", "Level"),
    (ENGLISH, "Price BETWEEN 1 AND High", "High", "Level"),
    (FRENCH, "Price IN (2, Bas)", "Bas", "Niveau"),
    (FRENCH, "Price <> Haut", "Haut", "Niveau")],
    ids=["en", "en-qualified", "en-between", "fr-in", "fr"])
def test_check_says_where_the_run_stops(tmp_path: Path, template: str, cond: str,
                                        value: str, enum: str) -> None:
    source = template.format(cond=cond)
    found = _check(tmp_path, source)
    words = (f"a value of type enumeration cannot be used as a number: {value}, a value "
             f"of the enumeration {enum}, is compared with the item Price, which holds numbers")
    assert found == [("WL110", 5, 1, words)]
    _, err = _run(tmp_path, source)
    assert err is not None and err.message == RUN_WORDS
    assert (err.line, err.column) == (5, 1)


@pytest.mark.parametrize("template, cond, done", [
    (ENGLISH, "Label > Low", "done"), (FRENCH, "Label = Bas", "fini"),
    (ENGLISH, "Price > 2", "done")], ids=["en-text", "fr-text", "en-number"])
def test_a_text_item_or_a_number_is_said_nothing_and_runs(tmp_path: Path, template: str,
                                                          cond: str, done: str) -> None:
    source = template.format(cond=cond)
    assert _check(tmp_path, source) == []
    out, err = _run(tmp_path, source)
    assert err is None and out == done + "\n"
