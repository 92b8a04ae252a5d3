"""Members of a variable declared of a class or structure are read and written inline
(compiler/member_inline.py); what is not certain keeps the runtime's call. The behaviour
is pinned by tests/golden/classes/members_known_class.wl (and membres_classe_connue.wl);
these check which code each case gets."""
import re

from wlinterp.engine import compile_source

_CLASS = """CPoint is Class
    x is int
END
"""


def _py(body: str) -> str:
    return compile_source(_CLASS + body, "<t>").source_py


def test_a_variable_of_the_class_is_read_and_written_inline() -> None:
    py = _py("o is CPoint\ni is int = 3\no.x = i\nTrace(o.x)\n")
    assert "v_o.values['x'] = v_i\n" in py  # an int variable: an int in range, unchecked
    assert "(v_o.values['x'] if type(v_o) is WLStruct and 'x' in v_o.values" in py
    assert "set_member(v_o, 'x', v_i, _ctx, 'x')" in py  # another object: the call


def test_a_loop_tests_the_object_once() -> None:
    """Before the loop, the object and its members' dict in two locals; in it, a test
    that the variable still designates that object with that dict (`delete` swaps a
    freed object's dict) where a procedure may free it and a call may assign the
    variable (otherwise tests/core/test_held_proofs.py)."""
    py = _py("o is CPoint\nFOR i = 1 TO 3\n    o.x = o.x + i\n    Free(o)\nEND\n"
             "PROCEDURE Free(q)\ndelete q\n")
    held = re.search(r"\n    (_t\d+), (_t\d+) = \(v_o, v_o.values\) if type\(v_o\) is WLStruct "
                     r"and v_o.sdef is _S\d+ and type\(v_o.values\) is dict else "
                     r"\(WLStruct, None\)\n    _t\d+ = 1\n", py)  # before the loop's lines
    assert held is not None, py
    obj, values = held.groups()
    assert f"if v_o is {obj} and v_o.values is {values}:\n            {values}['x'] = " in py
    assert (f"({values}['x'] if v_o is {obj} and v_o.values is {values} else "
            "(v_o.values['x'] if type(v_o) is ") in py


def test_a_loop_holds_only_what_is_surely_assigned_and_kept() -> None:
    """Not held: a variable the loop assigns (a new object each pass), one declared in
    the loop or in a block the loop is not in (maybe never assigned: the error names
    the line that reads it), any in a process with GOTO labels."""
    for body in ("FOR i = 1 TO 3\n    o = new CPoint\n    o.x = i\nEND\n",
                 "FOR i = 1 TO 3\n    p is CPoint\n    p.x = i\nEND\n",
                 "IF i > 5 THEN\n    p is CPoint\nEND\nFOR i = 1 TO 3\n    p.x = i\nEND\n",
                 "GOTO there\nthere:\nFOR i = 1 TO 3\n    o.x = i\nEND\n"):
        py = _py("o is CPoint dynamic = new CPoint\ni is int\n" + body)
        assert "(WLStruct, None)" not in py, body
    py = _py("o is CPoint\nIF o.x = 0 THEN\n    FOR i = 1 TO 3\n        o.x = i\n"
             "    END\nEND\n")
    assert "(WLStruct, None)" in py  # declared in a block around the loop


def test_a_method_holds_its_own_object() -> None:
    py = _py("PROCEDURE CPoint::Up(n is int)\nFOR i = 1 TO n\n    x = x + i\nEND\n")
    assert "(a__objet, a__objet.values) if type(a__objet) is WLStruct" in py


def test_an_element_keeps_the_call() -> None:
    """A temporary holding the element would keep it alive (a destructor running late)."""
    py = _py("t is array of CPoint dynamic\nt[1].x = 2\nTrace(t[1].x)\n")
    assert ".values[" not in py


def test_a_value_that_may_replace_the_object_keeps_the_call() -> None:
    """The call reads the variable before the value; the inline store, after it."""
    py = _py("o is CPoint dynamic = new CPoint\no.x = Renew()\n"
             "PROCEDURE Renew()\no = new CPoint\nRESULT 7\n")
    assert "set_member(g_o, 'x', p_renew(), _ctx, 'x')" in py
    assert "g_o.values['x'] =" not in py


def test_a_loop_calls_the_held_object_s_method_directly() -> None:
    """Its function by name while the variable designates the object held (exactly its
    class: no redefinition applies), else the dispatch; not a method giving parameters
    back, nor a call with more arguments than the method has parameters."""
    py = _py("o is CPoint\nFOR i = 1 TO 3\n    Trace(o.Get(i))\nEND\n"
             "PROCEDURE CPoint::Get(n is int)\nRESULT x + n\n")
    assert re.search(r"\(m_cpoint__get\(v_o, v_i\) if _t\d+ else "
                     r"call_method\(_rt, v_o, 'get', v_i\)\)", py), py
    for method in ("PROCEDURE CPoint::Get(n is int)\nn = 2\nRESULT n\n",
                   "PROCEDURE CPoint::Get()\nRESULT 1\n"):
        py = _py("o is CPoint\nFOR i = 1 TO 3\n    Trace(o.Get(i))\nEND\n" + method)
        assert "m_cpoint__get(v_o" not in py, method
