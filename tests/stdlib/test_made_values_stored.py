"""A built-in's result stored straight from the call into the type it makes is stored as
it is (compiler/store_conversions.py made_by): no mark on the value decides it. Every
other store into such a type converts it, and so copies a document
(docs/builtins.md "Copying an xmlDocument")."""
from wlinterp.engine import compile_source


def _stores(text: str) -> list[str]:
    code = compile_source(text, "<test>", defer=False).source_py
    return [line.strip() for line in code.splitlines() if line.strip().startswith("v_")]


def test_xmlopen_and_jsontoxml_stored_as_they_are() -> None:
    lines = _stores('d is xmlDocument = XMLOpen("<r/>", fromString)\n'
                    'j is xmlDocument\nj = JSONToXML("{}")\n')
    assert lines[0].startswith("v_d = _B_xmlopen(")
    assert lines[-1].startswith("v_j = _B_jsontoxml(")


def test_other_stores_convert() -> None:
    """A document held by a variable, and a built-in declared to give a text (into a
    UUID): converted as before."""
    lines = _stores('d is xmlDocument = XMLOpen("<r/>", fromString)\n'
                    'e is xmlDocument = d\n'
                    'u is UUID = Upper("x")\n')
    assert lines[1].startswith("v_e = assign_value(v_d,"), lines
    assert lines[2].startswith("v_u = assign_value(_B_upper("), lines
