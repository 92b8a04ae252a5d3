"""XPath 1.0's value rules in XMLExecuteXPath's predicates (stdlib/xml_xpath_predicates.py):
a node-set compared with anything is true when some node compares so, `<`/`>` compare
numbers, a text that is no number is NaN (never equal, never less), a predicate's number
is a position."""
from __future__ import annotations

import math

import pytest
from stdlib_helpers import call

from stdlib.xml_xpath_predicates import boolean, compare, number, string
from wlinterp.errors import WLRuntimeError
from wlinterp.runtime.state import Runtime


def test_a_node_set_compares_when_some_node_does() -> None:
    assert compare(["5", "20"], ">", 10.0) and not compare(["5", "8"], ">", 10.0)
    assert compare(["a", "b"], "=", "b") and compare(["a", "b"], "!=", "a")
    assert not compare([], "=", "") and not compare([], "!=", "")
    assert compare(["3"], "<", ["2", "4"]) and compare(10.0, ">", ["5"])


def test_text_that_is_no_number_is_nan() -> None:
    assert math.isnan(number("12a")) and number(" 12.5 ") == 12.5
    assert not compare(["abc"], "<", 1.0) and not compare(["abc"], ">=", 1.0)
    assert compare(["abc"], "!=", 1.0)


@pytest.mark.parametrize("text", ["1e3", "Infinity", "-Infinity", " +5", "1_000", "nan",
                                  "\xa012", "- 5", "\u0661", "0x10", "", "."])
def test_only_xpath_1_numbers_are_numbers(text: str) -> None:
    """XPath 1.0's Number grammar with its blanks around and a minus: Python's float()
    took exponents, infinities, a plus sign, underscores and non-ASCII digits."""
    assert math.isnan(number(text))


@pytest.mark.parametrize("text, value", [(" \t\r\n-12.50\n", -12.5), (".5", 0.5),
                                         ("5.", 5.0), ("007", 7.0)])
def test_xpath_1_numbers_with_their_blanks(text: str, value: float) -> None:
    assert number(text) == value


@pytest.mark.parametrize("value, text", [(1e-7, "0.0000001"), (-1.5e-10, "-0.00000000015"),
                                         (1e21, "1" + "0" * 21), (-0.0, "0"), (0.1, "0.1"),
                                         (123456789.25, "123456789.25")])
def test_numbers_are_written_without_an_exponent(value: float, text: str) -> None:
    assert string(value) == text


def test_booleans_and_strings_convert_as_xpath_says() -> None:
    assert compare(["x"], "=", True) and compare([], "=", False)
    assert boolean("false") and not boolean("") and not boolean(math.nan)
    assert string(3.0) == "3" and string(2.5) == "2.5" and string(["a", "b"]) == "a"


XML = "<r><i n='1'>a</i><i n='2'>b</i><i n='3'>c</i><j><i n='4'>d</i></j></r>"


@pytest.mark.parametrize("query, found", [
    ("//i[2]", "b"),                                  # a number: a position per parent
    ("//i[position() = last()]", "c"),
    ("/r/i[@n > 1 and @n < 3]", "b"),
    ("/r/i[not(@n = 1) and (. = 'c' or . = 'z')]", "c"),
    ("//i[substring(., 1, 1) = 'd']", "d"),
    ("//i[translate(., 'abc', 'ABC') = 'B']", "b"),
    ("//i[concat(@n, .) = '3c']", "c"),
    ("/r[count(i) = 3]/i[string-length() = 1][last()]", "c"),
])
def test_predicates_pick_the_node(rt: Runtime, query: str, found: str) -> None:
    call(rt, "XMLDocument", "d", XML)
    assert call(rt, "XMLExecuteXPath", "d", query) is True
    assert call(rt, "XMLResult", "d") == found
    call(rt, "XMLExécuteXPath", "d", query)
    assert call(rt, "XMLRésultat", "d") == found


def test_a_function_outside_xpath_1_or_a_wrong_count_stops_in_words(rt: Runtime) -> None:
    call(rt, "XMLDocument", "d", XML)
    with pytest.raises(WLRuntimeError, match="'upper-case\\(\\)' in the query"):
        call(rt, "XMLExecuteXPath", "d", "//i[upper-case(.) = 'A']")
    with pytest.raises(WLRuntimeError, match="contains\\(\\) takes 2 argument\\(s\\), not 1"):
        call(rt, "XMLExecuteXPath", "d", "//i[contains(.)]")


@pytest.mark.parametrize("query, value", [
    ("sum(//i/@n)", "10"),
    ("round(2.5)", "3"),
    ("floor(sum(//i/@n) div 3)", "3"),
    ("count(//i[@n * 2 > 4 and @n mod 2 = 1])", "1"),
    ("-(1 + 2) * 2", "-6"),
    ("1 div 0", "Infinity"),
    ("0 div 0", "NaN"),
    ("//i[position() = 1]/@n + 1", "2"),             # a path, then an operator
    ("//i[position() = 1]/@n +", None),              # an operator without operand
    ("ceiling(1.2)", "2"),
    ("boolean(//j)", "true"),
    ("string(/r/i[3])", "c"),
    ("count(//i[@n > /r/i[2]/@n])", "2"),
])
def test_a_query_that_starts_with_a_function_gives_its_value(
        rt: Runtime, query: str, value: str | None) -> None:
    call(rt, "XMLDocument", "d", XML)
    if value is None:
        with pytest.raises(WLRuntimeError, match="not valid XPath"):
            call(rt, "XMLExecuteXPath", "d", query)
        return
    assert call(rt, "XMLExecuteXPath", "d", query) is True
    assert call(rt, "XMLResult", "d") == value


def test_a_union_gives_its_nodes_once_in_document_order(rt: Runtime) -> None:
    call(rt, "XMLDocument", "d", XML)
    assert call(rt, "XMLExecuteXPath", "d", "//j/i | /r/i[1] | //i[@n = 4]") is True
    seen = [call(rt, "XMLResult", "d")]
    while call(rt, "XMLNext", "d") is True:
        seen.append(call(rt, "XMLResult", "d"))
    assert seen == ["a", "d"]


def test_name_and_local_name_read_the_node_or_the_first_of_a_node_set(rt: Runtime) -> None:
    call(rt, "XMLDocument", "p", "<p:r xmlns:p='urn:p'><p:a x='1'/><b/></p:r>")
    for query, value in [("name(/*)", "p:r"), ("local-name(/*)", "r"),
                         ("name(//@x)", "x"), ("local-name(//nothing)", ""),
                         ("count(//*[local-name() = 'a' or name() = 'b'])", "2")]:
        assert call(rt, "XMLExecuteXPath", "p", query) is True
        assert call(rt, "XMLResult", "p") == value, query


def test_a_query_nested_too_deep_is_refused_in_words(rt: Runtime) -> None:
    """32 levels run; more are refused before they reach Python's stack (it said
    "Stack overflow: the value is nested too deeply")."""
    call(rt, "XMLDocument", "d", XML)
    assert call(rt, "XMLExecuteXPath", "d", "(" * 32 + "1" + ")" * 32) is True
    assert call(rt, "XMLExécuteXPath", "d", "not(" * 32 + "1" + ")" * 32) is True
    for query in ("(" * 33 + "1" + ")" * 33, "//i[" * 40 + "1" + "]" * 40, "-" * 2000 + "1"):
        with pytest.raises(WLRuntimeError, match="nests more than 32 parentheses"):
            call(rt, "XMLExecuteXPath", "d", query)


@pytest.mark.parametrize("join", ["+", " and ", "=", " or ", " div ", "<"])
def test_a_long_chain_of_operators_is_refused_in_words(rt: Runtime, join: str) -> None:
    """256 binary operators run; more (30,000: `1+1+...`, `a and b and ...`) are refused
    in words: each nests the operation before it once more, which reached Python's
    stack ("Stack overflow: the value is nested too deeply")."""
    call(rt, "XMLDocument", "d", XML)
    assert call(rt, "XMLExecuteXPath", "d", join.join(["1"] * 257)) is True
    assert call(rt, "XMLExecuteXPath", "d", "1+" * 256 + "1") is True
    assert call(rt, "XMLResult", "d") == "257"
    for query in (join.join(["1"] * 30001), "//i[" + join.join(["1"] * 258) + "]"):
        with pytest.raises(WLRuntimeError, match="more than 256 operators"):
            call(rt, "XMLExécuteXPath", "d", query)


@pytest.mark.parametrize(("value", "rounded"), [("0.49999999999999994", "0"), ("2.5", "3"),
                                                ("-2.5", "-2"), ("-0.6", "-1"), ("7", "7")])
def test_round_finds_the_half_exactly(rt: Runtime, value: str, rounded: str) -> None:
    """round() took floor(x + 0.5): 0.49999999999999994 + 0.5 is 1.0 in floating point,
    so it gave 1 where XPath (and Java's Math.round) give 0."""
    call(rt, "XMLDocument", "d", XML)
    assert call(rt, "XMLExécuteXPath", "d", f"round({value})") is True
    assert call(rt, "XMLResult", "d") == rounded
