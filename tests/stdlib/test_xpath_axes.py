"""XMLExecuteXPath evaluates XPath 1.0 (stdlib/xpath_parse.py, xpath_eval.py,
xpath_tree.py): the axes with their orders, each run of text between two tags as its own
text node, filter expressions, the document node `/`, and the paths inside predicates
read by the same reader as the query's own (`//p[s//c]`, `[../@id]`, `[text()[2]]`).
The forms below were refused as "not valid XPath" or "not in the XPath subset", or gave
one text for an element's several texts."""
from __future__ import annotations

import importlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from stdlib_helpers import call

from wlinterp.errors import WLRuntimeError
from wlinterp.runtime.state import Runtime

xpath_tree = importlib.import_module("wlinterp.stdlib.xpath_tree")  # as the registry loads it

XML = ("<r id='R'><p n='1' m='2'>x<s><c>1</c></s>y<t/>z</p><p n='2'><s/>w</p>"
       "<q xml:lang='en-GB' xmlns:k='urn:k'><k:v>k</k:v></q></r>")


def _all(rt: Runtime, query: str, name: str = "XMLExecuteXPath") -> list[str]:
    """XMLResult of each node found, XMLNext going through them ([] when none)."""
    if call(rt, name, "d", query) is not True:
        return []
    found = [call(rt, "XMLResult", "d")]
    while call(rt, "XMLNext", "d") is True:
        found.append(call(rt, "XMLResult", "d"))
    return found


@pytest.fixture()
def rt() -> Runtime:
    runtime = Runtime()
    call(runtime, "XMLDocument", "d", XML)
    return runtime


@pytest.mark.parametrize("query, found", [
    ("/r/p[1]/text()", ["x", "y", "z"]),           # three text nodes, not one
    ("/r/p[1]/text()[2]", ["y"]),
    ("/r/p[1]/text() | /r/p[1]/text()[1]", ["x", "y", "z"]),   # a union: once each
    ("/r/p[1]/text()[last()]/preceding-sibling::*[1]/@*", []),
    ("/r/p[1]/text()[3]/preceding-sibling::node()[1]", [""]),  # <t/>, the nearest
    ("(//p)[2]/@n", ["2"]), ("(//p | //q)[last()]/@xml:lang", ["en-GB"]),
    ("//p[s//c]/@n", ["1"]), ("//p/@*[2]", ["2"]), ("/", ["x1yzwk"]),
    ("//c/ancestor::*[2]/@n", ["1"]), ("//c/ancestor-or-self::*[1]", ["1"]),
    ("//s/following-sibling::text()", ["y", "z", "w"]),
    ("//t/following::*", ["w", "", "k", "k"]), ("//t/preceding::*[1]", ["1"]),
    ("child::r/descendant::*[self::s or self::t]", []),  # relative: from the position
    ("/descendant::*[self::s or self::t]", ["1", "", ""]),
    ("//p[text()[2] = 'y']/@n", ["1"]), ("//p[../@id = 'R'][2]/@n", ["2"]),
    ("//p[count(.//node()) = 2]/@n", ["2"]), ("//*[local-name() = 'v']", ["k"]),
    ("//k:*", ["k"]), ("//q[lang('en')]", ["k"]), ("//@n[. = 2]/..", ["w"]),
    ("//node()[self::text()][1]", ["x", "1", "w", "k"]),
])
def test_xpath_1_forms(rt: Runtime, query: str, found: list[str]) -> None:
    assert _all(rt, query) == found
    assert _all(rt, query, "XMLExécuteXPath") == found


@pytest.mark.parametrize("query, value", [
    ("count(/r/p[1]/text())", "3"), ("count(/r/p[1]/text()/..)", "1"), ("count(/)", "1"),
    ("string(/r/p[1]/text()[2])", "y"), ("//b < 3", "false"), ("//p/@n > 1", "true"),
    ("//p[1]/@n + 1", "2"), ("namespace-uri(//k:v)", "urn:k"),
    ("substring-before('2026-12-07', '-')", "2026"),
    ("substring-after('2026-12-07', '-')", "12-07"),
    ("normalize-space('  a \t\n b  ')", "a b"), ("count(id('R'))", "0"), ("count(//comment())", "0"),
])
def test_xpath_1_values(rt: Runtime, query: str, value: str) -> None:
    assert call(rt, "XMLExecuteXPath", "d", query) is True
    assert call(rt, "XMLResult", "d") == value


def test_a_text_node_found_puts_the_position_on_its_element(rt: Runtime) -> None:
    assert call(rt, "XMLExecuteXPath", "d", "//p[1]/text()[3]") is True
    assert call(rt, "XMLElementName", "d") == "p" and call(rt, "XMLResult", "d") == "z"


def test_the_variable_form_reads_the_same_nodes() -> None:
    rt = Runtime()
    doc = call(rt, "XMLOpen", XML, 2)  # fromString
    texts = call(rt, "XMLExecuteXPath", doc, "/r/p[1]/text()")
    assert [str(v) for v in texts.items] == ["x", "y", "z"]


_PIECES = ["/", "//", "a", "b", "*", "@", "n", "[", "]", "(", ")", "1", "'x'", "=", "<",
           "and", "or", "|", ".", "..", "::", "child", "text()", "node()", "count(", ",",
           "-", "+", "div", "$v", "ancestor", "following", " ", "last()", "\"", "#",
           "comment()", "processing-instruction(", "'p'", "preceding-sibling", "parent"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=14))
def test_any_query_gives_a_result_or_a_wlanguage_error(pieces: list[str]) -> None:
    """Fuzzed queries: a result, or a WLanguage error; never Python's (over a document
    with a comment and a processing instruction inside and around it: xpath_notes.py)."""
    rt = Runtime()
    call(rt, "XMLDocument", "d", "<!--s--><a n='1'><!--c--><b>2</b>t<?p d?><b n='3'><a/>"
                                 "</b></a><?q?>")
    try:
        call(rt, "XMLExecuteXPath", "d", "".join(pieces))
    except WLRuntimeError:
        pass


def test_a_query_that_reads_the_document_again_and_again_is_refused_in_words(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """`//a//a//a...` over a document nested 3,000 deep went through the document again
    at each step from each node (minutes); past its budget (xpath_tree.MOST_NODES, here
    made small so that the test is quick) it is refused in words. `//a//a` there, and a
    step under one already read, stay within it."""
    monkeypatch.setattr(xpath_tree, "MOST_NODES", 100_000)
    rt = Runtime()
    call(rt, "XMLDocument", "d", "<a>" * 3000 + "x" + "</a>" * 3000)
    assert call(rt, "XMLExecuteXPath", "d", "count(//a//a)") is True
    assert call(rt, "XMLResult", "d") == "2999"
    for query in ("//a" * 3000, "count(//a/ancestor::*)", "//a" + "[1]" * 100,
                  "//a[last()]/preceding::node()", " | ".join(["//a"] * 100)):
        with pytest.raises(WLRuntimeError, match="goes through more than 100,000 nodes"):
            call(rt, "XMLExecuteXPath", "d", query)


def test_siblings_and_first_positions_are_read_once() -> None:
    """`preceding-sibling::Line[1]` reads up to the line before, and each parent's
    children are listed once per query: finding the lines whose code an earlier line
    has, over 2,000 lines, was refused as reading too much (each line listed its parent's
    children, then went through all its preceding siblings and their codes)."""
    rt = Runtime()
    lines = "".join(f"<Line code='{i % 700}'><Q>{i}</Q></Line>" for i in range(2000))
    call(rt, "XMLDocument", "d", f"<r>{lines}</r>")
    for query, value in [("count(//Line[preceding-sibling::Line/@code = @code])", "1300"),
                         ("count(//Line[preceding-sibling::Line[1]/@code = @code])", "0"),
                         ("//Line[last()]/preceding-sibling::Line[2]/Q", "1997"),
                         ("count(//Q/ancestor::*[1])", "2000"), ("count(//Q/ancestor::*[2])", "1")]:
        assert call(rt, "XMLExecuteXPath", "d", query) is True
        assert call(rt, "XMLResult", "d") == value, query
