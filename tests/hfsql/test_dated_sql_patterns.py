"""hfsql/dated_sql.py finds a dated item's comparisons written with texts (`At =
'09:00'`) and with parameters (`At = {pAt}`) with two patterns made by one builder
(_comparisons): the same alternatives and the same groups around the values, which
differ only in how a value is written, so one cannot gain a form the other lacks."""
from __future__ import annotations

from wlinterp.hfsql import dated_sql

SHAPE = {"item", "op", "and", "listed", "list", "after"}


def test_texts_and_parameters_have_one_shape() -> None:
    texts, parameters = dated_sql._LITERALS.groupindex, dated_sql._PARAMETERS.groupindex
    assert SHAPE <= set(texts) and SHAPE <= set(parameters)
    assert set(texts) - SHAPE == {"v0", "v1", "v2"}
    assert set(parameters) - SHAPE == {"b0", "c0", "b1", "c1", "b2", "c2"}


def test_between_reads_both_values() -> None:
    m = dated_sql._PARAMETERS.search("WHERE At BETWEEN {p1} AND :p2")
    assert m is not None and m.group("and") and (m.group("b1"), m.group("c2")) == ("p1", "p2")
    m = dated_sql._LITERALS.search("WHERE At BETWEEN '08:00' AND '09:00'")
    assert m is not None and m.group("and") and (m.group("v1"), m.group("v2")) == ("08:00", "09:00")
