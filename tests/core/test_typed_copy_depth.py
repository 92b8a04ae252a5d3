"""Assigning a structure, an object, an array or an associative array copies everything
inside it with a stack of its own (runtime/composites.py `tree_copy`): each level copied
called the next, so a tree of typed values (a structure holding an array of itself, an
object holding an array of objects, arrays of arrays) about 2,000 levels deep stopped the
run with "Stack overflow" (the Variant's copy walked its own stack already:
tests/core/test_variant_copy_depth.py). The tests count levels: the copy has every one, the
leaf at the bottom, each level copied once and apart from the original; a value found
inside itself ends in the error the recursive copy gave, not a walk for ever."""
from __future__ import annotations

import io

import pytest

from wlinterp.engine import run_source
from wlinterp.runtime.assoc_arrays import WLAssoc
from wlinterp.runtime.composites import Composite
from wlinterp.runtime.containers import StructDef, WLArray, WLStruct
from wlinterp.runtime.types import INT, K_ARRAY, K_ASSOC, K_STRUCT, VARIANT, TypeSpec

# Levels built by the WLanguage tests: the loop building them copies the whole tree at
# each turn (assignment copies), so the cost grows with the square of the depth (800 levels
# took 9 s of CPU). 300 levels under a limit of 600 frames: the copy on Python's stack (the
# one before the walk's own) stops below 160 levels there (below 80 for the typed tree),
# while the walk copies 300 and needs about 350 frames whatever the depth.
_DEPTH = 300
_LIMIT = {"max_depth": 600}  # Python frames for the whole run, pytest's included


def _run(source: str) -> list[str]:
    out = io.StringIO()
    run_source(source, stdout=out, options=_LIMIT)
    return out.getvalue().splitlines()


STRUCT_EN = f'''STNode is Structure
	n is int
	kids is array of STNode
END
cur is STNode
FOR i = 1 TO {_DEPTH}
	nxt is STNode
	nxt.n = i
	Add(nxt.kids, cur)
	cur = nxt
END
c2 is STNode = cur
c2.kids[1].n = -1
nLevels is int = 0
p is STNode = c2
WHILE p.kids.Count > 0
	p = p.kids[1]
	nLevels++
END
Trace(nLevels, p.n, c2.kids[1].n, cur.kids[1].n)
'''
CLASS_FR = f'''CNoeud est une Classe
	n est un entier
	enfants est un tableau de CNoeud
FIN
cur est un CNoeud
POUR i = 1 A {_DEPTH}
	suivant est un CNoeud
	suivant.n = i
	Ajoute(suivant.enfants, cur)
	cur = suivant
FIN
c2 est un CNoeud = cur
c2.enfants[1].n = -1
nNiveaux est un entier = 0
p est un CNoeud = c2
TANTQUE p.enfants.Occurrence > 0
	p = p.enfants[1]
	nNiveaux++
FIN
Trace(nNiveaux, p.n, c2.enfants[1].n, cur.enfants[1].n)
'''


@pytest.mark.parametrize("source", [STRUCT_EN, CLASS_FR], ids=["en-structure", "fr-classe"])
def test_a_deep_tree_of_typed_values_is_copied(source: str) -> None:
    assert _run(source) == [f"{_DEPTH}, 0, -1, {_DEPTH - 1}"]


_ARRAYS = TypeSpec(K_ARRAY, elem=VARIANT)
_NODE = StructDef("ST", [("n", "n", INT), ("kids", "kids", TypeSpec(K_ARRAY, elem=TypeSpec(
    K_STRUCT, name="ST")))])


def _level(inner: Composite, n: int) -> Composite:
    """One level over `inner`, of each kind in turn: a structure holding an array, an
    array of arrays, an associative array."""
    if n % 3 == 0:
        return WLStruct(_NODE, {"n": n, "kids": WLArray(_NODE_TYPE, [inner])})
    if n % 3 == 1:
        return WLArray(_ARRAYS, [inner, n])
    return WLAssoc(TypeSpec(K_ASSOC, elem=VARIANT), {"inner": inner, "n": n})


_NODE_TYPE = TypeSpec(K_STRUCT, name="ST")


def _inner(value: Composite) -> Composite:
    if isinstance(value, WLStruct):
        kids = value.values["kids"]
        assert isinstance(kids, WLArray)
        return kids.items[0]  # type: ignore[return-value]
    if isinstance(value, WLArray):
        return value.items[0]  # type: ignore[return-value]
    assert isinstance(value, WLAssoc)
    return value.data["inner"]  # type: ignore[return-value]


def test_ten_thousand_levels_of_each_kind_are_copied_once_each() -> None:
    """Built directly (a WLanguage loop building them copies every level at each turn)."""
    leaf = WLArray(INT, [7])
    root: Composite = leaf
    for n in range(10_000):
        root = _level(root, n)
    copied = root.copy()
    count, here, there, seen = 0, copied, root, set()
    while here is not None and not (isinstance(there, WLArray) and there is leaf):
        assert here is not there and type(here) is type(there)
        seen.add(id(here))
        here, there = _inner(here), _inner(there)  # (a structure: through its array)
        count += 1
    assert isinstance(here, WLArray) and here.items == [7] and here is not leaf
    assert count == 10_000
    assert len(seen) == count  # every level copied once, each its own value


@pytest.mark.parametrize("depth", [1, 200])
def test_a_value_inside_itself_is_refused_not_walked_for_ever(depth: int) -> None:
    top = WLArray(_ARRAYS, [])
    bottom = top
    for _ in range(depth - 1):
        below = WLArray(_ARRAYS, [])
        bottom.items.append(below)
        bottom = below
    bottom.items.append(top)  # (no assignment makes this: only the walk's guard meets it)
    with pytest.raises(RecursionError):
        top.copy()
