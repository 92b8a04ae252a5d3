"""Assigning a variant holding nested sub-elements copies them with a stack of its own
(runtime/members.py `_variant_copy`): each level copied called the next, so a variant built
about 2,000 levels deep in a loop (a chain of `v.inner = w`, `v[1] = w`) stopped the run at
`w = v` with "Stack overflow". The tests count levels: the copy has every one, the leaf at
the bottom, and is a copy (writing into it leaves the original as it was)."""
from __future__ import annotations

import io

import pytest

from wlinterp.engine import run_source
from wlinterp.runtime.members import WLGrowingArray, WLMembers

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


BUILD_EN = f'''w is Variant
w.leaf = "bottom"
FOR i = 1 TO {_DEPTH}
    v is Variant
    IF i MODULO 2 = 0 THEN
        v.inner = w
    ELSE
        v[1] = w
    END
    w = v
END
x is Variant = w
x.inner[1].Added = 1
nLevels is int = 0
c is Variant = x
FOR i = {_DEPTH} TO 1 STEP -1
    IF i MODULO 2 = 0 THEN
        c = c.inner
    ELSE
        c = c[1]
    END
    nLevels++
END
Trace(nLevels, c.leaf, x.inner[1].Added, w.inner[1].Added..Exist)
'''
BUILD_FR = f'''w est un Variant
w.feuille = "fond"
POUR i = 1 A {_DEPTH}
    v est un variant
    SI i MODULO 2 = 0 ALORS
        v.dedans = w
    SINON
        v[1] = w
    FIN
    w = v
FIN
x est un Variant = w
x.dedans[1].Ajout = 1
nNiveaux est un entier = 0
c est un Variant = x
POUR i = {_DEPTH} A 1 PAS -1
    SI i MODULO 2 = 0 ALORS
        c = c.dedans
    SINON
        c = c[1]
    FIN
    nNiveaux++
FIN
Trace(nNiveaux, c.feuille, x.dedans[1].Ajout, w.dedans[1].Ajout..Existe)
'''


@pytest.mark.parametrize(("source", "leaf"), [(BUILD_EN, "bottom"), (BUILD_FR, "fond")],
                         ids=["en", "fr"])
def test_a_deep_variant_is_copied_level_by_level(source: str, leaf: str) -> None:
    assert _run(source) == [f"{_DEPTH}, {leaf}, 1, 0"]


def test_ten_thousand_levels_are_copied_and_the_copy_is_apart() -> None:
    """Built directly (a loop of `w = v` copies every level at each turn: quadratic)."""
    root: WLMembers | WLGrowingArray = WLMembers({"leaf": "bottom"})
    for level in range(10_000):
        root = WLMembers({"inner": root, "n": level}) if level % 2 else \
            WLGrowingArray([root, level])
    copied = root.copy()
    count, here, there = 0, copied, root
    while not isinstance(here, WLMembers) or "leaf" not in here.data:
        assert here is not there and type(here) is type(there)
        if isinstance(here, WLMembers):
            here, there = here.data["inner"], there.data["inner"]
        else:
            here, there = here.items[0], there.items[0]
        count += 1
    assert (count, here.data["leaf"]) == (10_000, "bottom")
    here.data["leaf"] = "changed"
    assert there.data["leaf"] == "bottom"
