"""Type names are defined once (wlinterp/runtime/kinds.py): the compiler, the semantic
pass and run-time conversions use the `Kind` / `SType` enums, not bare strings."""
from __future__ import annotations

import io
import pathlib
import re

from wlinterp import run_source
from wlinterp.runtime.kinds import STATIC_OF_KIND, Kind, SType
from wlinterp.runtime.type_phrases import parse_type
from wlinterp.runtime.type_words import SIMPLE_TYPES as _SIMPLE
from wlinterp.semantics.symbols import static_type
from wlinterp.syntax.words import SIMPLE_TYPE_WORDS

ROOT = pathlib.Path(__file__).resolve().parents[2] / "wlinterp"
_TYPE_TEXTS = {m.value for m in Kind} | {m.value for m in SType}


def test_kinds_read_as_their_text_in_messages_tables_and_generated_code() -> None:
    assert Kind.TIME == "time" and {"time": 1}[Kind.TIME] == 1
    assert f"{SType.ANY}" == "any" and repr(Kind.DATETIME) == "'datetime'"


def test_every_type_word_declares_a_kind() -> None:
    assert set(_SIMPLE) == set(SIMPLE_TYPE_WORDS)
    assert all(isinstance(spec.kind, Kind) for spec in _SIMPLE.values())
    elem = parse_type("tableau de 3 entiers sur 8 octets", {}, {}).elem
    assert elem is not None and elem.kind is Kind.INT and elem.bits == 64


def test_static_types_follow_the_declared_kind() -> None:
    assert static_type(parse_type("chaîne", {}, {})) is SType.STR
    assert static_type(parse_type("monétaire", {}, {})) is SType.DEC
    assert static_type(parse_type("variant", {}, {})) is SType.ANY
    assert set(STATIC_OF_KIND) <= set(Kind)


def test_a_kind_embedded_in_generated_code_runs() -> None:
    out = io.StringIO()
    run_source('t is Time = "1030"\nt..Minute = 45\nTrace(t)\n', stdout=out)
    assert out.getvalue().strip().startswith("1045")


def _bare_type_literals(path: pathlib.Path) -> list[str]:
    """Lines comparing a static type or kind with a string, or returning one as a type."""
    found = []
    words = "|".join(sorted(_TYPE_TEXTS))
    compare = re.compile(rf"(\.kind|\.stype|\b(?:t|ta|tb|st|k))\s*(?:==|!=|in)\s*\(?\s*\"(?:{words})\"")
    returns = re.compile(rf"^\s*return .*, \"(?:{words})\"\s*$")
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if compare.search(line) or returns.search(line):
            found.append(f"{path.name}:{n}: {line.strip()}")
    return found


def test_the_compiler_and_the_semantic_pass_name_types_through_the_enums() -> None:
    files = [*(ROOT / "compiler").glob("*.py"), *(ROOT / "semantics").glob("*.py"),
             *(ROOT / "runtime" / f"{name}.py" for name in (
                 "types", "type_phrases", "type_words", "helpers", "access", "assignment",
                 "date_parts", "indirection", "substrings"))]
    assert [hit for f in files for hit in _bare_type_literals(f)] == []
