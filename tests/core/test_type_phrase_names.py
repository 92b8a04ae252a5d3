"""The short way through `parse_type` for a phrase that is one type name, with or without
an article (runtime/type_phrases.py `_one_name`), gives what the general reading gives:
the same type, the same error, the same unknown names reported, for phrases of one and
two words built from every kind of word a phrase may hold."""
from __future__ import annotations

import itertools

import pytest

from wlinterp.registry import load_stdlib
from wlinterp.runtime import type_phrases
from wlinterp.runtime.type_phrases import parse_type
from wlinterp.runtime.types import INT, TypeSpec

_WORDS = [
    # articles, French and English, and words that are both an article and a class here
    "a", "an", "un", "une", "de", "d", "des", "le", "La", "D", "A",
    # declared structures and classes, as written and re-cased, with accents, plurals
    "CClient", "cclient", "Point", "Points", "CCarré", "ccarre", "Canal", "Canaux",
    "Box", "Boxes",
    # enumerations and combinations (named), one also a class
    "Droits", "Etat", "Etats",
    # built-in object types (one a container of elements), and plurals
    "JSON", "xmlDocument", "Stack", "Stacks", "Queue",
    # simple type words, plurals and sized integers
    "int", "entiers", "string", "chaînes", "real", "byte", "octets", "currencies",
    "unsigned", "on", "8", "4-byte", "8-octets",
    # the words that begin a phrase of their own kind
    "array", "tableau", "associative", "dynamic", "dynamique", "object", "objet", "ole",
    "automation", "buffer", "fixed", "ansi", "unicode",
    # unknown names and odd words
    "CUnknown", "Unknowns", "_", "x_y", "x-y", "5", "d'entiers", "obj;",
]


def _structs() -> dict[str, object]:
    """Folded names declared by the program: structures and classes (their value is
    never a TypeSpec), an enumeration also declared as a class (`etat`)."""
    return {n: object() for n in ("cclient", "point", "ccarre", "canal", "box", "d", "a",
                                   "la", "etat")}


_NAMED = {"droits": INT, "etat": TypeSpec(INT.kind, name="Etat")}


def _read(text: str, named: dict[str, TypeSpec] | None) -> tuple[object, list[str]]:
    """The type (or the error's class and message) and the unknown names reported."""
    reported: list[str] = []
    try:
        spec: object = parse_type(text, _structs(), load_stdlib().types, reported.append,
                                  named)
    except ValueError as exc:
        spec = (type(exc).__name__, str(exc))
    return spec, reported


@pytest.mark.parametrize("named", [None, _NAMED])
def test_short_way_reads_as_the_general_reading(monkeypatch: pytest.MonkeyPatch,
                                                named: dict[str, TypeSpec] | None) -> None:
    phrases = [w for w in _WORDS] + [f"{a} {b}" for a, b in
                                     itertools.product(_WORDS, repeat=2)]
    phrases += [f"  {w}\t" for w in _WORDS[:20]]  # spaces around
    short = {text: _read(text, named) for text in phrases}
    taken = sum(type_phrases._one_name(t, _structs(), load_stdlib().types, named)
                is not None for t in phrases)
    monkeypatch.setattr(type_phrases, "_one_name", lambda *args: None)
    general = {text: _read(text, named) for text in phrases}
    assert short == general
    assert taken > 100  # the short way answers many of them (not a test of nothing)


def test_short_way_answers() -> None:
    types = load_stdlib().types
    structs = _structs()
    one = type_phrases._one_name
    assert one("un CClient", structs, types, None) == TypeSpec(INT.kind.STRUCT,
                                                               name="cclient")
    assert one("JSON", structs, types, None).name == "json"  # type: ignore[union-attr]
    assert one("un Droits", structs, types, _NAMED) is INT
    assert one("array of int", structs, types, None) is None
    assert one("Points", structs, types, None) is None  # a plural: the general reading
    assert one("entier", structs, types, None) is None  # a simple type word: its table


def test_fixed_alone_is_a_missing_type() -> None:
    """`x is fixed` was an IndexError (`wl run`/`wl check`: internal error, exit 70)."""
    with pytest.raises(ValueError, match="missing type after 'fixed'"):
        parse_type("fixed", {}, load_stdlib().types)
    from wlinterp.semantics import analyze
    from wlinterp.syntax.parser import parse
    found = analyze(parse("x is fixed\nTrace(x)\n", "t.wl"), load_stdlib()).diagnostics
    assert [(d.code, d.message) for d in found if d.code == "WL110"] == [
        ("WL110", "missing type after 'fixed'")]


@pytest.mark.parametrize("phrase,file", [
    ("Record of Customer", "customer"), ("un Enregistrement de Client", "client"),
    ("Record", None), ("Record of Customer dynamic", None)])
def test_a_record_is_given_the_data_file_its_declaration_names(phrase: str,
                                                               file: str | None) -> None:
    """`Record of Customer` (a factory whose `wl_of` is "name"): the element is the data
    file's name, not read as a type; several words after `of` leave it unset."""
    from wlinterp.stdlib.hfsql_write import _new_record
    spec = parse_type(phrase, {}, {"record": _new_record, "enregistrement": _new_record})
    assert spec.name in ("record", "enregistrement")
    assert (spec.elem.name if spec.elem is not None else None) == file
