"""The JSON and XML conversions' depth check (runtime/json_depth.py value_depth) walks each
container once: it walked a container once for every path reaching it, so a value whose
objects are shared (each level's two Variant members referring to the level below, as
a graph of objects built by code does) took 2^depth steps and never ended, and past the
1,000-level bound it walked again to name the exact depth. The tests count the steps and
run the shared value through VariantToJSON, EN+FR (it never answered before)."""
from __future__ import annotations

import io
from typing import Any, Callable, Iterable

import pytest

from wlinterp.engine import run_source
from wlinterp.runtime.json_depth import (JSON_MAX_DEPTH, NestedTooDeep, check_depth,
                                         python_children, value_depth)


def _counted(steps: list[int]) -> Callable[[Any], Iterable[Any] | None]:
    """python_children, each call counted in `steps`."""
    def children(node: Any) -> Iterable[Any] | None:
        steps.append(1)
        return python_children(node)
    return children


def test_a_shared_container_is_walked_once() -> None:
    value: list[Any] = []
    for _ in range(60):  # 2^60 paths to the bottom
        value = [value, value, 1]
    steps: list[int] = []
    assert value_depth(value, _counted(steps)) == 61
    assert len(steps) <= 3 * 61 + 1  # each level's three elements looked at once


def test_past_the_bound_the_depth_is_named_from_one_walk() -> None:
    value: list[Any] = []
    for _ in range(JSON_MAX_DEPTH + 500):
        value = [value, value]
    steps: list[int] = []
    with pytest.raises(NestedTooDeep) as raised:
        check_depth(value, _counted(steps))
    assert raised.value.depth == JSON_MAX_DEPTH + 501
    assert len(steps) <= 2 * (JSON_MAX_DEPTH + 501) + 1


def test_a_container_inside_itself_is_nested_without_end() -> None:
    value: list[Any] = [1]
    value.append({"me": value})
    assert value_depth(value, python_children) > 100 * JSON_MAX_DEPTH


SHARED_EN = '''CN is Class
	a is Variant
	b is Variant
END
prev is CN dynamic = new CN
FOR i = 1 TO {n}
	n is CN dynamic = new CN
	n.a = prev
	n.b = prev
	prev = n
END
v is Variant = prev
WHEN EXCEPTION IN
	s is string = VariantToJSON(v)
	Trace(Length(s) > 0)
DO
	Trace(ExceptionInfo(errMessage))
END
'''
SHARED_FR = '''CN est une Classe
	a est un Variant
	b est un Variant
FIN
prec est un CN dynamique = allouer un CN
POUR i = 1 A {n}
	n est un CN dynamique = allouer un CN
	n.a = prec
	n.b = prec
	prec = n
FIN
v est un Variant = prec
QUAND EXCEPTION DANS
	s est une chaîne = VariantVersJSON(v)
	Trace(Taille(s) > 0)
FAIRE
	Trace(ExceptionInfo(errMessage))
FIN
'''


@pytest.mark.parametrize(("source", "name"), [(SHARED_EN, "VariantToJSON"),
                                              (SHARED_FR, "VariantVersJSON")],
                         ids=["en", "fr"])
def test_shared_objects_past_the_bound_are_refused_at_once(source: str, name: str) -> None:
    out = io.StringIO()
    run_source(source.format(n=JSON_MAX_DEPTH), stdout=out)
    assert out.getvalue().splitlines() == [
        f"{name}: The value is nested 1,001 levels deep; JSON and XML are converted to "
        "1,000 levels at most."]
