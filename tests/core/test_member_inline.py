"""Members of a variable declared of a class or structure are read and written inline
(compiler/member_inline.py); what is not certain keeps the runtime's call. The behaviour
is pinned by tests/golden/classes/members_known_class.wl (and membres_classe_connue.wl);
these check which code each case gets."""
from wlinterp.engine import compile_source

_CLASS = """CPoint is Class
    x is int
END
"""


def _py(body: str) -> str:
    return compile_source(_CLASS + body, "<t>").source_py


def test_a_variable_of_the_class_is_read_and_written_inline() -> None:
    py = _py("o is CPoint\nFOR i = 1 TO 3\n    o.x = i\nEND\nTrace(o.x)\n")
    assert "v_o.values['x'] = v_i\n" in py  # a FOR counter: an int in range, unchecked
    assert "(v_o.values['x'] if type(v_o) is WLStruct and 'x' in v_o.values" in py
    assert "set_member(v_o, 'x', v_i, _ctx, 'x')" in py  # another object: the call


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
