"""The freed-object call graph narrows a method call on a member or an element declared
of a class (`st.o.M()`, `t[i].M()`, `tc["k"].M()`, `t[i].o.M()`, a method's own member
written bare) to the methods the object there may run, as it did for variables
(compiler/receiver_types.py). Soundness: an object of a derived class in such a place
runs the derived class's method, which frees: the loop must still see it (were the
proof wrong, the loop would read the freed object's old member and print a number where
the error is expected). Precision: a method of that name only another class defines (which
frees) no longer keeps the loop's test. English and French."""
from __future__ import annotations

import pytest

from test_held_proofs import _EN_HEAD as _HEAD, _EN_LOOP as _LOOP, _EXPECTED, _run
from wlinterp.engine import compile_source

# CDerived redefines Work, which frees; CBase's does not
_FAMILY = ("CBase is Class\nEND\nCDerived is Class\n    inherits from CBase\nEND\n"
           "PROCEDURE CBase::Work()\nTrace(1)\nPROCEDURE CDerived::Work()\ndelete o\n"
           "STHolder is Structure\n    b is CBase dynamic\nEND\n"
           "CHolder is Class\n    m_b is CBase dynamic\nGLOBAL\n    s_b is CBase dynamic\nEND\n"
           "PROCEDURE CHolder::Run()\nm_b.Work()\n")
# (what the program declares before the loop, the statement the loop runs at its second
# pass): a CDerived object in a place declared of CBase
_SOUND = {
    "a structure's member": ("h is STHolder\nh.b = new CDerived\n", "h.b.Work()"),
    "an array's element": ("arr is array of CBase dynamic\nArrayAdd(arr, new CDerived)\n",
                           "arr[1].Work()"),
    "an associative array's element": (
        'aa is associative array of CBase dynamic\naa["k"] = new CDerived\n', 'aa["k"].Work()'),
    "an element's member": ("hs is array of STHolder\nh is STHolder\nh.b = new CDerived\n"
                            "ArrayAdd(hs, h)\n", "hs[1].b.Work()"),
    "a method's own member": ("c is CHolder\nc.m_b = new CDerived\n", "c.Run()"),
    "an object's member": ("c is CHolder\nc.m_b = new CDerived\n", "c.m_b.Work()"),
    "a class's GLOBAL member": ("CHolder::s_b = new CDerived\n", "CHolder::s_b.Work()"),
}


@pytest.mark.parametrize("way", sorted(_SOUND))
def test_a_derived_class_s_method_run_through_a_member_or_element_stops_the_loop(
        way: str) -> None:
    before, free = _SOUND[way]
    source = _HEAD + before + _LOOP.format(free=free) + _FAMILY
    assert _run(source) == _EXPECTED, source


_FR = """CPoint est une Classe
    x est un entier
FIN
o est un CPoint dynamique = allouer un CPoint
p est un CPoint dynamique = o
o.x = 10
t est un entier
{before}POUR i = 1 À 3
    QUAND EXCEPTION DANS
        t = t + p.x + 1
        Trace(i, t)
    FAIRE
        Trace(i, ExceptionInfo(errMessage))
    FIN
    SI i = 2 ALORS {free}
FIN
CBase est une Classe
FIN
CDérivée est une Classe
    hérite de CBase
FIN
PROCÉDURE CBase::Travail()
Trace(1)
PROCÉDURE CDérivée::Travail()
libérer o
STGarde est une Structure
    b est un CBase dynamique
FIN
"""


@pytest.mark.parametrize("before, free", [
    ("h est un STGarde\nh.b = allouer une CDérivée\n", "h.B.TRAVAIL()"),
    ("tab est un tableau de CBase dynamique\nTableauAjoute(tab, allouer une CDérivée)\n",
     "tab[1].travail()"),
])
def test_the_same_in_french(before: str, free: str) -> None:
    source = _FR.format(before=before, free=free)
    assert _run(source) == _EXPECTED, source


# the procedures free `o`; the loops read the object through `p`, a local they hold
_HOLDS = ("CPoint is Class\n    x is int\nEND\n"
          "o is CPoint dynamic = new CPoint\np is CPoint dynamic = o\nt is int\n")
# Kill frees in CKiller only; the loops call it on places declared of CKeep
_KEEP = ("CKeep is Class\nEND\nPROCEDURE CKeep::Kill()\nTrace(1)\n"
         "CKiller is Class\nEND\nPROCEDURE CKiller::Kill()\ndelete o\n"
         "STKeep is Structure\n    k is CKeep\nEND\n"
         "CUser is Class\n    m_k is CKeep\nEND\nPROCEDURE CUser::Run()\nm_k.Kill()\n"
         "PROCEDURE CUser::Again()\n:m_k.Kill()\n"
         "CShared is Class\n    GLOBAL\n    s_k is CKeep\nEND\n")
_GARDER = ("CGarder est une Classe\nFIN\nPROCÉDURE CGarder::Tuer()\nTrace(1)\n"
           "CTueur est une Classe\nFIN\nPROCÉDURE CTueur::Tuer()\nlibérer o\n"
           "STGarder est une Structure\n    k est un CGarder\nFIN\n")


def _py(source: str) -> str:
    return compile_source(source, "<t>").source_py


@pytest.mark.parametrize("before, call, after", [
    ("h is STKeep\n", "h.k.Kill()", _KEEP),
    ("ks is array of CKeep\n", "ks[1].Kill()", _KEEP),
    ("ka is associative array of CKeep\n", 'ka["a"].Kill()', _KEEP),
    ("hs is array of STKeep\n", "hs[2].k.Kill()", _KEEP),
    ("u is CUser\n", "u.Run()", _KEEP),
    ("u is CUser\n", "u.Again()", _KEEP),  # `:m_k`, the own object's member
    ("", "CShared::s_k.Kill()", _KEEP),  # a GLOBAL member
    ("h est un STGarder\n", "h.K.tuer()", _GARDER),
    ("ts est un tableau de CGarder\n", "ts[1].Tuer()", _GARDER),
])
def test_a_method_only_another_class_defines_leaves_the_test_out(
        before: str, call: str, after: str) -> None:
    py = _py(_HOLDS + before + f"FOR i = 1 TO 3\n    t = t + p.x\n    {call}\nEND\n" + after)
    assert "v_p.values" in py, py  # the loop holds p
    assert ".values is _t" not in py, py


@pytest.mark.parametrize("before, call", [
    ("vs is array of variant\n", "vs[1].Kill()"),  # any object
    ("ks is array of CKeep\n", "ks.Kill()"),  # an array, not its element
    ("h is STKeep\n", "Make(h).Kill()"),  # a call's result
])
def test_a_receiver_the_declarations_do_not_tell_keeps_the_test(before: str, call: str) -> None:
    py = _py(_HOLDS + before + f"FOR i = 1 TO 3\n    t = t + p.x\n    {call}\nEND\n" + _KEEP
             + "PROCEDURE Make(x)\nRESULT x\n")
    assert "v_p.values" in py and ".values is _t" in py, py
