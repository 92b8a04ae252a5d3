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


BOOLEAN_EN = ("Level is enumeration\n\tLow\n\tHigh\nEND\ne is Level = High\n"
              "FOR EACH Customer WHERE {cond}\n\tTrace(Customer.Name)\nEND\nTrace(e)\n")
BOOLEAN_FR = ("Niveau est une énumération\n\tBas\n\tHaut\nFIN\ne est un Niveau = Haut\n"
              "POUR TOUT Customer OÙ {cond}\n\tTrace(Customer.Name)\nFIN\nTrace(e)\n")
PRODUCT_EN = BOOLEAN_EN.replace("Customer.Name", "Product.Label").replace("Customer", "Product")
PRODUCT_FR = BOOLEAN_FR.replace("Customer.Name", "Product.Label").replace("Customer", "Product")


@pytest.mark.parametrize("template, cond, value, enum, item, kind", [
    (BOOLEAN_EN, "VIP = Low", "Low", "Level", "VIP", "boolean"),
    (BOOLEAN_FR, "VIP <> Niveau.Bas", "Niveau.Bas", "Niveau", "VIP", "boolean"),
    (BOOLEAN_EN, "VIP = e", "e", "Level", "VIP", "boolean"),
    (PRODUCT_EN, "Price > e", "e", "Level", "Price", "number"),
    (PRODUCT_FR, "Price > e", "e", "Niveau", "Price", "number"),
    (PRODUCT_EN, "Price > Low + 0", "Low", "Level", "Price", "number"),
    (PRODUCT_FR, "Price > 2 * Haut", "Haut", "Niveau", "Price", "number")],
    ids=["en-boolean", "fr-boolean-qualified", "en-boolean-variable", "en-variable",
         "fr-variable", "en-arithmetic", "fr-arithmetic"])
def test_a_boolean_item_a_variable_arithmetic(tmp_path: Path, template: str, cond: str,
                                              value: str, enum: str, item: str,
                                              kind: str) -> None:
    """R3's finding 3: the run stopped at the loop and check said nothing, for a Boolean
    item ("... cannot be used as a boolean."), a variable of the enumeration, arithmetic
    on its value."""
    source = template.format(cond=cond)
    words = (f"a value of type enumeration cannot be used as a {kind}: {value}, a value "
             f"of the enumeration {enum}, is compared with the item {item}, which holds "
             f"{kind}s")
    assert _check(tmp_path, source) == [("WL110", 6, 1, words)]
    _, err = _run(tmp_path, source)
    assert err is not None and err.message == \
        f"A value of type enumeration cannot be used as a {kind}."
    assert (err.line, err.column) == (6, 1)


@pytest.mark.parametrize("template, cond", [
    (BOOLEAN_EN, "VIP = True"), (PRODUCT_FR, "Price > 2 + 1"),
    (BOOLEAN_EN.replace("e is Level = High", "Low is boolean = True")
     .replace("Trace(e)", "Trace(Low)"), "VIP = Low")],
    ids=["en-boolean", "fr-number", "en-shadowing-local"])
def test_no_enumeration_is_said_nothing_and_runs(tmp_path: Path, template: str,
                                                 cond: str) -> None:
    source = template.format(cond=cond) + "Trace(\"done\")\n"
    assert _check(tmp_path, source) == []
    out, err = _run(tmp_path, source)
    assert err is None and out.endswith("done\n")


@pytest.mark.parametrize("template, cond", [
    (ENGLISH, "Price >= Low AND Price <= High"), (FRENCH, "Price >= Bas ET Price <= Haut")],
    ids=["en", "fr"])
def test_said_once_per_loop(tmp_path: Path, template: str, cond: str) -> None:
    """R2 finding 9 (M2): two comparisons of one loop gave two WL110 at one place, where
    the run stops once."""
    source = template.format(cond=cond)
    assert [d[:3] for d in _check(tmp_path, source)] == [("WL110", 5, 1)]
    _, err = _run(tmp_path, source)
    assert err is not None and err.message == RUN_WORDS
