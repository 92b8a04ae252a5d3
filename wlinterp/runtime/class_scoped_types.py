"""`Class.Type`, `Class:Type`, `Class::Type` and `Class::CONSTANT` in a declaration's type
phrase (type_phrases.py): the type declared with the class, or the class's integer
constant as a size. Imported at the first phrase that writes one.
"""
from __future__ import annotations

__all__ = ["class_scoped"]

import re
from typing import Mapping

from ..syntax.names import fold
from .type_words import StrayWord
from .types import TypeSpec


def class_scoped(m: "re.Match[str]", structs: Mapping[str, object],
                 named: Mapping[str, TypeSpec] | None,
                 sizes: Mapping[str, int] | None = None) -> str:
    """`Class.Type` (or `Class:Type`, `Class::Type`) in a type phrase: the type, declared
    in the class's declaration code beside the class (docs/semantics.md, "Types declared
    with a class"); `Class::CONSTANT`, a class's integer constant as a size (`array fixed
    of cCapture::MAXIMUM_SIZE 1-byte unsigned int` in PC SOFT's WD Network frames): its
    value (the words dropped the `::`, leaving the class as the element type); a declared
    class or structure with neither is StrayWord at the name (`C::Nope` was read as C);
    any other pair is left as written."""
    owner, inner = fold(m.group(1)), fold(m.group(2))
    if owner in structs and (inner in structs or inner in (named or {})):
        return m.group(2)
    size = sizes.get(f"{owner}::{inner}") if sizes and owner in structs else None
    if type(size) is int:
        return str(size)
    if owner in structs:
        raise StrayWord(f"'{m.group(1)}' declares no type '{m.group(2)}'", m.group(2))
    return m.group(0)
