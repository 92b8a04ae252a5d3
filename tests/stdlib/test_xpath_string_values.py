"""XMLExecuteXPath counts what a query reads in the texts of elements and in comparisons
of two node-sets (stdlib/xpath_tree.py Tree._text_of, xml_xpath_predicates.compare):
`//x[contains(/, 'zzz')]` joined the whole document's text again for each x (12 s over
10,000 of them, growing as the square) and `//x = //y` compared every x with every
y, neither counted, so a query that would run for minutes was not refused. An element's
text is now joined once a query, the nodes under it counted; a comparison of two
node-sets counts its pairs (docs/builtins.md, "XPath 1.0 whole")."""
from __future__ import annotations

import importlib

import pytest
from stdlib_helpers import call

from wlinterp.errors import WLRuntimeError
from wlinterp.runtime.state import Runtime

xpath_tree = importlib.import_module("wlinterp.stdlib.xpath_tree")  # as the registry loads it

BUDGET = r"goes through more than [\d,]+ nodes"


@pytest.fixture()
def small_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    """A budget of 1,000 nodes (or 20 times the document's elements, Tree.budget), so
    that small documents, quick to read, show what is counted."""
    monkeypatch.setattr(xpath_tree, "MOST_NODES", 1_000)


@pytest.mark.parametrize("name", ["XMLExecuteXPath", "XMLExécuteXPath"])
def test_the_documents_text_is_joined_once_a_query(small_budget: None, name: str) -> None:
    """1,000 x, each asking for the whole document's text: read once, within the
    budget of about 20,000 nodes (joined again for each x it would be a million)."""
    rt = Runtime()
    call(rt, "XMLDocument", "d", "<list>" + "".join(f"<x>{i}</x>" for i in range(1_000))
         + "</list>")
    assert call(rt, name, "d", "count(//x[contains(/, 'zzz')])") is True
    assert call(rt, "XMLResult", "d") == "0"
    assert call(rt, name, "d", "count(//x[contains(/, '999')])") is True
    assert call(rt, "XMLResult", "d") == "1000"


def test_the_texts_of_nested_elements_are_counted(small_budget: None) -> None:
    """300 nested a, each asking for its own text (all the a under it): 45,000 nodes
    read, over the budget of about 6,000, refused in words; it ran uncounted."""
    rt = Runtime()
    call(rt, "XMLDocument", "d", "<a>" * 300 + "x" + "</a>" * 300)
    with pytest.raises(WLRuntimeError, match=BUDGET):
        call(rt, "XMLExecuteXPath", "d", "count(//a[contains(., 'zzz')])")


def test_comparing_two_node_sets_counts_the_pairs(small_budget: None) -> None:
    """200 x compared with 200 y: 40,000 pairs (the paths read 400 nodes), over the
    budget of about 8,000, refused in words; it ran uncounted. 20 of each stay within
    (400 pairs)."""
    rt = Runtime()
    for doc, n in (("d", 200), ("e", 20)):
        call(rt, "XMLDocument", doc, "<l>" + "<x>1</x>" * n + "<y>2</y>" * n + "</l>")
    with pytest.raises(WLRuntimeError, match=BUDGET):
        call(rt, "XMLExecuteXPath", "d", "//x = //y")
    assert call(rt, "XMLExecuteXPath", "e", "//x = //y") is True
    assert call(rt, "XMLResult", "e") == "false"
