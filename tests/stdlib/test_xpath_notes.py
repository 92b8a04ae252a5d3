"""XPath's comment() and processing-instruction() nodes (stdlib/xpath_notes.py, read by
xpath_tree.py from the notes xml_markup.py keeps beside a parsed document's elements):
they found nothing. Each note stands among its parent's children where it was read (a
note inside a run of text after that text, which stays one node: decided,
docs/builtins.md "XPath comments and instructions"); the same note read twice is one node."""
from __future__ import annotations

import pytest
from stdlib_helpers import call

from wlinterp.runtime.state import Runtime

XML = ("<?xml version='1.0'?><?style href='s.xsl'?><!--top-->"
       "<r><p>a<b/>c<!--in p--><?pi  some data?></p><p><!--second-->t</p></r><!--end-->")


@pytest.fixture()
def rt() -> Runtime:
    runtime = Runtime()
    call(runtime, "XMLDocument", "d", XML)
    return runtime


@pytest.mark.parametrize("query, value", [
    ("count(//comment())", "4"), ("count(/comment())", "2"), ("count(/node())", "4"),
    ("count(//processing-instruction())", "2"), ("string(//processing-instruction('pi'))",
                                                 "some data"),
    ("name(/processing-instruction())", "style"), ("local-name(//p/processing-instruction())",
                                                   "pi"),
    ("name(//comment())", ""), ("count(//processing-instruction('other'))", "0"),
    ("name(//comment()[. = 'second']/..)", "p"), ("count(/comment()[. = 'end']/..)", "1"),
    ("count(//comment() | //node())", "13"), ("count(//node())", "13"),
    ("string(/r/p[1]/node()[4])", "in p"),  # a, b, c, then the comment
    ("string((//comment())[2]/following-sibling::node())", "some data"),
    ("name(//processing-instruction('pi')/preceding::*[1])", "b"),
    ("count(//comment()/ancestor::r)", "1"), ("count(//p[comment()])", "2"),
    ("count(//comment()[not(text())])", "4"), ("count(//comment()/*)", "0"),
    ("count(//comment()/@*)", "0"), ("namespace-uri(//comment())", ""),
    ("count(/r/p[2]/text())", "1"), ("count(//text())", "3"),
])
def test_notes_are_nodes(rt: Runtime, query: str, value: str) -> None:
    for name, result in (("XMLExecuteXPath", "XMLResult"), ("XMLExécuteXPath", "XMLRésultat")):
        assert call(rt, name, "d", query) is True
        assert call(rt, result, "d") == value


def test_a_note_found_puts_the_position_on_its_element_and_next_goes_on(rt: Runtime) -> None:
    assert call(rt, "XMLExecuteXPath", "d", "//comment()") is True
    found = [(call(rt, "XMLElementName", "d"), call(rt, "XMLResult", "d"))]
    while call(rt, "XMLNext", "d") is True:
        found.append((call(rt, "XMLElementName", "d"), call(rt, "XMLResult", "d")))
    assert found == [("r", "top"), ("p", "in p"), ("p", "second"), ("r", "end")]


def test_a_document_without_notes_finds_none_beside_one_with_notes(rt: Runtime) -> None:
    """The notes are those of the queried document's own elements."""
    call(rt, "XMLDocument", "plain", "<r><p>a</p></r>")
    assert call(rt, "XMLExecuteXPath", "plain", "count(//node())") is True
    assert call(rt, "XMLResult", "plain") == "3"
    assert call(rt, "XMLExecuteXPath", "plain", "//comment()") is False


def test_the_variable_form_gives_each_note_text() -> None:
    rt = Runtime()
    doc = call(rt, "XMLOpen", XML, 2)  # fromString
    found = call(rt, "XMLExecuteXPath", doc, "//processing-instruction() | //comment()")
    assert [str(v) for v in found.items] == ["href='s.xsl'", "top", "in p", "some data",
                                             "second", "end"]
