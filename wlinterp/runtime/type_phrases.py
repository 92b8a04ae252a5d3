"""Reading a declaration's type phrase (`array of 5 strings`, `une chaîne`, `8-byte int`,
`associative array (ccIgnoreCase) of int`) into a TypeSpec, in English and French, with
or without articles and plurals.
"""
from __future__ import annotations

__all__ = ["parse_type", "UnknownType"]

from typing import TYPE_CHECKING, Callable, Mapping

from ..syntax.names import fold
from .assoc_arrays import assoc_options
from .kinds import (K_ARRAY, K_ASSOC, K_BOOLEAN, K_CURRENCY, K_DATE, K_DATETIME, K_DURATION,
                    K_INT, K_NUMERIC, K_OBJECT, K_REAL, K_STRING, K_STRUCT, K_TIME)
from ..records import replace
from ..syntax.words import INT_WORDS as _INT_WORDS, PLURAL_ADJECTIVES as _PLURAL, \
    TYPE_ARTICLES as _ARTICLES
from .types import FIXED_ARRAY, OBJECT_REF, REAL, REAL_4, UNICODE_STRING, VARIANT, TypeSpec
from .type_words import (SIMPLE_TYPES as _SIMPLE, declared_singular as
                         _declared_singular, fixed_string as _fixed_string, no_stray_word,
                         singular as _singular, sized_int as _sized_int)
from ..lazy_regex import lazy_compile
from ..lazy_import import on_first_call

if TYPE_CHECKING:
    from .class_scoped_types import class_scoped
else:  # `Class.Type`, `Class::CONSTANT` in a phrase: few programs write one
    on_first_call(globals(), ".class_scoped_types", "class_scoped")

# The patterns read in every phrase, compiled once (a module-level `re.` call looks its
# pattern up in re's cache each time).
_WORDS_RE = lazy_compile(r"[\w-]+")
_PARENS_RE = lazy_compile(r"\(([^)]*)\)")
_NUMERIC_OPTIONS_RE = lazy_compile(r"[\d\s,]+|\s*\*\s*")
_SIZED_HEAD_RE = lazy_compile(r"\d-(?:bytes?|octets?)")
_CLASS_SCOPED_RE = lazy_compile(r"([^\W\d]\w*)(?:\.|::?)([^\W\d]\w*)")
_NEGATIVE = lazy_compile(r"-\d+")  # a dimension written negative (`array of -5 int`)


def parse_type(text: str, structs: Mapping[str, object], objects: Mapping[str, object],
               on_unknown: "Callable[[str], None] | None" = None,
               named: Mapping[str, TypeSpec] | None = None,
               sizes: Mapping[str, int] | None = None,
               constants: Mapping[str, object] | None = None) -> TypeSpec:
    """`_parse_type`, and a simple type written with `?` (`int?`, `string?`: a nullable
    type, "Allowing nullable types" ?1511031) may hold Null (TypeSpec.nullable). The `?`
    may stand apart (`int ?`: blanks separate no words there); anywhere else, or twice
    (`int??`), it is refused rather than ignored (docs/semantics.md)."""
    if "?" not in text:
        return _parse_type(text, structs, objects, on_unknown, named, sizes, constants)
    base = text.rstrip()[:-1]
    if not text.rstrip().endswith("?") or "?" in base:
        raise ValueError(f"'{' '.join(text.split())}' is not a type: '?' is written once, "
                         "after the type, for a nullable type ('int?')")
    spec = _parse_type(base, structs, objects, on_unknown, named, sizes, constants)
    if spec.kind in (K_ARRAY, K_ASSOC) and spec.elem is not None \
            and spec.elem.kind in _NULLABLE_KINDS:  # `array of int?`: its elements
        return replace(spec, elem=replace(spec.elem, nullable=True))
    return replace(spec, nullable=True) if spec.kind in _NULLABLE_KINDS else spec


_NULLABLE_KINDS = frozenset({K_INT, K_REAL, K_STRING, K_BOOLEAN, K_CURRENCY, K_NUMERIC, K_DATE,
                             K_TIME, K_DATETIME, K_DURATION})


def _parse_type(text: str, structs: Mapping[str, object], objects: Mapping[str, object],
                on_unknown: "Callable[[str], None] | None" = None,
                named: Mapping[str, TypeSpec] | None = None,
                sizes: Mapping[str, int] | None = None,
                constants: Mapping[str, object] | None = None) -> TypeSpec:
    """Read a declaration's type phrase (`array of 5 strings`, `une chaîne`, `8-byte int`).
    `named` maps the program's other type names (enumerations, combinations: folded) to
    the type their values have, so that `array of 3 FileOptions` is an array of them;
    `sizes` the program's integer constants (folded), which may give an array's
    dimensions (`array of MAX_LINES int`, help ?1514025); `constants` every constant's
    value (folded), which an error about a size shows (`not TAILLE_MAX (2.5)`).

    Unknown words raise ValueError with a readable message; the caller adds the position.
    """
    if "." in text or ":" in text:  # `IAcquisitionSignal.Str_DATA_Acquisition`, declared
        # with the class; also written `ITreuilClient:Str_DATA_Emet_t` or `C::T` (real code)
        text = _CLASS_SCOPED_RE.sub(lambda m: class_scoped(m, structs, named, sizes), text)
    if "<" not in text and "(" not in text:
        spec = _one_name(text, structs, objects, named)
        if spec is not None:
            return spec
    options = ""
    growth = _GROWTH_RE.search(fold(text)) if "<" in text else None
    if growth is not None:  # `array <growth=1> of int`: writing past the end enlarges it
        text = text[:growth.start()] + " " + text[growth.end():]
    if "(" in text:  # `associative array (ccIgnoreCase, ...) of T`: its key options
        opened = _PARENS_RE.search(text)
        if opened is not None:
            options = opened.group(1) if _NUMERIC_OPTIONS_RE.fullmatch(opened.group(1)) \
                else assoc_options(opened.group(1))  # numeric (10,2), or assoc options
            text = text[:opened.start()] + " " + text[opened.end():]
    raw = [_PLURAL.get(w, w) if w not in structs else w
           for w in _WORDS_RE.findall(fold(text))]  # (`CDocument dynamiques`)
    words = [w for i, w in enumerate(raw) if w not in _ARTICLES or w == "de"
             or _class_named(w, raw[i + 1:], structs)]
    while len(words) > 1 and words[0] in _ARTICLES:
        words.pop(0)
    if words and words[0] in _ARTICLES and not _class_named(words[0], words[1:], structs):
        words.pop(0)
    if len(words) > 1 and words[0] in ("object", "objet") and words[1] in structs:
        words.pop(0)  # `un objet MFichier dynamique` (help ?1511011): an object of MFichier
    if not words:
        raise ValueError("missing type")
    if named or sizes or constants:
        structs = _Named(structs, named or {}, sizes, constants)
    try:
        spec = _parse_words(words, structs, objects, text)
        if spec.kind == K_ASSOC and options:
            spec = TypeSpec(K_ASSOC, elem=spec.elem, name=options)
        if options and (options[0].isdigit() or "*" in options):  # "10,2", "*"
            spec = _with_precision(spec, "".join(options.split()))
        if spec.kind == K_STRUCT and ("dynamic" in words or "dynamique" in words):
            spec = TypeSpec(K_STRUCT, name=spec.name, dynamic=True)
        if spec.kind == K_ARRAY and growth is not None and growth.group(1) != "0" \
                and len(spec.dims) < 2:
            spec = TypeSpec(K_ARRAY, elem=spec.elem, dims=spec.dims,
                            name="growth=" + growth.group(1))
        return spec
    except UnknownType as exc:
        if on_unknown is None:
            raise
        on_unknown(exc.name)
        return _lenient(words, structs, objects, text)


def _with_precision(spec: TypeSpec, digits: str) -> TypeSpec:
    """`numeric (10,2)`, and the elements of `array of 5 numeric (10,2)` (their
    precision was dropped: 1.256 stayed 1.256 in the array)."""
    if spec.kind == K_NUMERIC:
        return TypeSpec(K_NUMERIC, name=digits)
    if spec.kind == K_ARRAY and spec.elem is not None and spec.elem.kind == K_NUMERIC:
        return replace(spec, elem=TypeSpec(K_NUMERIC, name=digits))
    return spec


# The words that begin a phrase of their own kind (`array`, `object`, `dynamic`...): a
# phrase of one of them is read by the general path.
_HEADS = frozenset({"fixed", "fixe", "array", "tableau", "arrays", "tableaux", "associative",
                    "dynamic", "dynamique", "ansi", "unicode", "object", "objet",
                    "automation", "ole", "buffer"})


def _one_name(text: str, structs: Mapping[str, object], objects: Mapping[str, object],
              named: Mapping[str, TypeSpec] | None) -> TypeSpec | None:
    """The type of a phrase that is one declared or built-in type name, with or without
    an article (`CClient`, `un CClient`, `JSON`, `un xmlDocument`): the commonest phrase
    that names a structure or an object, which no program-independent table can hold.
    The answer `_parse_words` gives, in its order (an enumeration or combination, a
    structure or class, a built-in object type), without its general steps; None for
    any other phrase (a simple type word, a plural, several words...): read generally.
    tests/core/test_type_phrase_names.py compares the two on phrases of every kind."""
    parts = fold(text).split()
    if len(parts) == 1:
        word = parts[0]
    elif len(parts) == 2 and parts[0] in _ARTICLES:
        word = parts[1]
    else:
        return None
    if word in _HEADS or word in _ARTICLES or word in _INT_WORDS \
            or not word.replace("_", "").isalnum() or _singular(word) in _SIMPLE:
        return None
    found: object = named.get(word) if named else None
    if found is None:
        found = structs.get(word)
    if found is not None:
        return found if isinstance(found, TypeSpec) else TypeSpec(K_STRUCT, name=word)
    if word in structs or named and word in named:
        return None  # (a name declared with None: the general path's business)
    if _declared_singular(word, structs) is not None \
            or named and _declared_singular(word, named) is not None:
        return None  # `Customers`: a plural of a declared type
    if word in objects:
        return TypeSpec(K_OBJECT, name=word, elem=None)
    return None


def _class_named(word: str, rest: list[str], structs: Mapping[str, object]) -> bool:
    """Is an article-like word (`D`, `A`, `Le`) the name of a class here: the program
    declares it and only `dynamic` may follow (`e is D`, `o est un D dynamique`)?"""
    return word in structs and all(w in ("dynamic", "dynamique") for w in rest)


_GROWTH_RE = lazy_compile(r"<\s*(?:growth|agrandissement)\s*=\s*(\w+)\s*>")


class _Named(dict[str, object]):
    """The structures seen together with the program's enumeration and combination names
    (whose entries are the TypeSpec their values have): one mapping to thread through."""

    def __init__(self, structs: Mapping[str, object], named: Mapping[str, TypeSpec],
                 sizes: Mapping[str, int] | None = None,
                 constants: Mapping[str, object] | None = None) -> None:
        super().__init__(structs)
        self.update(named)
        self.sizes = sizes or {}  # integer constants: an array's dimensions
        self.constants = constants or {}  # every constant: a refused size shows its value


class UnknownType(ValueError):
    """A type name that is neither built in nor declared in the program."""

    def __init__(self, name: str) -> None:
        super().__init__(f"unknown type '{name}'")
        self.name = name


def _lenient(words: list[str], structs: Mapping[str, object], objects: Mapping[str, object],
             text: str) -> TypeSpec:
    """The type with unknown names taken as variants (`array of CUnknown` stays an array)."""
    head = words[1] if words[0] in ("fixed", "fixe") and len(words) > 1 else words[0]
    if head in ("array", "tableau"):
        try:
            return _parse_array(words[words.index(head) + 1:], {**structs}, objects, text,
                                lenient=True)
        except ValueError:
            return TypeSpec(K_ARRAY, elem=VARIANT)
    return VARIANT


def _parse_words(words: list[str], structs: Mapping[str, object],
                 objects: Mapping[str, object], text: str) -> TypeSpec:
    head = words[0]
    fixed_word = head in ("fixed", "fixe")  # (`fixed string on 10`: padded, below)
    if fixed_word:
        words = words[1:]
        if not words:  # `x is fixed` (was an IndexError below: an internal error)
            raise ValueError("missing type after 'fixed'")
        head = words[0]
    if head in ("array", "tableau", "arrays", "tableaux"):  # `array of arrays of int`
        fixed_word = fixed_word or words[1:2] in (["fixe"], ["fixed"])
        rest = words[2:] if words[1:2] in (["fixe"], ["fixed"]) else words[1:]
        spec = _parse_array(rest, structs, objects, text)  # (`tableau fixe de 5 entiers`)
        return TypeSpec(K_ARRAY, elem=spec.elem, dims=spec.dims, name=FIXED_ARRAY) \
            if fixed_word and spec.kind == K_ARRAY and spec.dims else spec
    if head == "associative" and len(words) > 1 and words[1] in ("array", "arrays"):
        return _parse_array(["associative", *words[2:]], structs, objects, text)
    if head in ("dynamic", "dynamique"):
        return _parse_words(words[1:], structs, objects, text) if len(words) > 1 else VARIANT
    if head in ("ansi", "unicode") and len(words) > 1:  # `ANSI string`: a string here,
        spec = _parse_words(words[1:], structs, objects, text)  # `UNICODE string` a
        if head == "unicode" and spec.kind == K_STRING:  # string whose bytes are UTF-16
            return UNICODE_STRING
        return spec
    if words[-1] == "unicode" and len(words) > 1 \
            and _parse_words(words[:-1], structs, objects, text).kind == K_STRING:
        return UNICODE_STRING  # `chaîne UNICODE`
    if head in ("object", "objet") and all(w in ("dynamic", "dynamique") for w in words[1:]):
        return OBJECT_REF  # `o is object dynamic`: any class's object, Null until `new`
    if head in ("automation", "ole") and len(words) > 1 and words[1] in ("object", "objet"):
        words = [words[1], head]  # `is Automation object MyServer` (help ?1514014)
        head = words[0]
    if head in ("object", "objet") and len(words) > 1 and words[1] in ("automation", "ole",
                                                                       "activex"):
        words = words[:2]  # `object Automation "Excel.Application" [dynamic]`: the server
        head = "objetautomation"  # name and the rest say nothing wlinterp can use
    elif head in ("object", "objet") and len(words) > 1:  # `o is object CClass`: the help's
        return _parse_words(words[1:], structs, objects, text)  # `is [object] <Class>`
    found = _builtin_type(words, head, fixed_word, structs, objects, text)
    if found is not None:
        return found
    return _named_type(words, head, structs, objects, text)


def _builtin_type(words: list[str], head: str, fixed_word: bool,
                  structs: Mapping[str, object], objects: Mapping[str, object],
                  text: str) -> TypeSpec | None:
    """A sized integer, a fixed buffer or string, a library type of several words or a
    simple type (`real on 4`, `4-byte real`); None for a declared type's name."""
    first = _singular(words[0])  # (_sized_int answers None unless every word is an
    sized = _sized_int([_singular(w) for w in words]) \
        if first in _INT_WORDS or "-" in first else None  # integer's: the first too)
    if sized is not None:
        return sized
    if head == "buffer" and len(words) == 3 and words[1] in ("on", "sur") \
            and words[2].isdigit():  # `Buffer on 4`: a fixed buffer (stored_numbers.fixed_buffer)
        return TypeSpec(K_STRING, name="buffer", dims=(int(words[2]),))
    fixed = _fixed_string(words, fixed_word, getattr(structs, "sizes", None), text,
                          getattr(structs, "constants", None)) \
        if "on" in words or "sur" in words else None
    if fixed is not None:  # `string on 10`, `chaîne fixe sur 10`: it kept every character
        return fixed
    joined = "".join(words)  # several words: `Description de Fichier`, `File Description`;
    if len(words) > 1 and joined in objects:  # before the simple types: `Procedure
        return TypeSpec(K_OBJECT, name=joined)  # Description` is no `procedure`
    simple = _SIMPLE.get(_singular(head))
    if simple is REAL and words[1:3] in (["on", "4"], ["sur", "4"]):
        return REAL_4  # `real on 4 bytes` / `réel sur 4 octets` (?1514048)
    if simple is not None:
        no_stray_word(head, words[1:], text)
        return simple
    if "-" in head and _SIZED_HEAD_RE.fullmatch(head) and len(words) > 1 \
            and _SIMPLE.get(_singular(words[1])) is REAL:  # `4-byte real` (?1514048)
        return REAL_4 if head[0] == "4" else REAL
    return None


def _named_type(words: list[str], head: str, structs: Mapping[str, object],
                objects: Mapping[str, object], text: str) -> TypeSpec:
    """A declared type's name: an enumeration or combination, a structure or class (a
    plural too: `array of Customers`), a library object type (`Stack of int`); else
    UnknownType."""
    name = _singular(head)
    if isinstance(named := structs.get(head, structs.get(name)), TypeSpec):
        return named  # an enumeration or a combination
    if name in structs:
        return TypeSpec(K_STRUCT, name=name)
    if head in structs:
        return TypeSpec(K_STRUCT, name=head)
    single = _declared_singular(head, structs)  # `array of Customers`, `de Compteurs`
    if single is not None:
        named = structs[single]
        return named if isinstance(named, TypeSpec) else TypeSpec(K_STRUCT, name=single)
    if head in objects or name in objects or (head[-1:] == "s" and head[:-1] in objects):
        key = head if head in objects else name if name in objects else head[:-1]  # stacks
        return TypeSpec(K_OBJECT, name=key, elem=_of_element(key, words, structs, objects, text))
    shown = " ".join(w for w in text.split() if fold(w) not in _ARTICLES) or text.strip()
    raise UnknownType(shown)


def _of_element(key: str, words: list[str], structs: Mapping[str, object],
                objects: Mapping[str, object], text: str) -> TypeSpec | None:
    """`Stack of int` / `Pile d'entiers`: the element type of a built-in container type
    (one whose factory says `wl_of`), else None. A factory whose `wl_of` is "name" is
    given the name that follows as it is (`Record of Customer`: a data file, no type)."""
    entry = objects.get(key)
    factory = getattr(entry, "value", entry)
    if not getattr(factory, "wl_of", False):
        return None
    rest = words[1:]
    while rest and rest[0] in _ARTICLES | {"of", "de", "d"}:
        rest = rest[1:]
    if getattr(factory, "wl_of", False) == "name":  # `Record of Customer`: a data file's
        return TypeSpec(K_OBJECT, name=rest[0]) if len(rest) == 1 else None  # name
    return _parse_words(rest, structs, objects, text) if rest else None


def _parse_array(words: list[str], structs: Mapping[str, object],
                 objects: Mapping[str, object], text: str, lenient: bool = False) -> TypeSpec:
    # `array of CClass dynamic`: its elements are dynamic objects (references, Null until
    # `new`); `array dynamic of CClass` is only the array (every array grows)
    dynamic_elements = len(words) > 1 and words[-1] in ("dynamic", "dynamique") \
        and (words[-2] in structs or _declared_singular(words[-2], structs) is not None)
    words = [w for w in words if w not in ("dynamic", "dynamique")]
    if words and words[0] in ("associative", "associatif", "associatifs"):
        rest = [w for w in words[1:] if w not in _ARTICLES | {"of"}]
        elem = _dynamic_if(_element(rest, structs, objects, text, lenient), dynamic_elements)
        return TypeSpec(K_ASSOC, elem=elem)
    dims: list[int] = []
    rest = words
    if rest and rest[0] in ("of", "de"):
        rest = rest[1:]
    sizes: Mapping[str, int] = getattr(structs, "sizes", None) or {}
    while rest and (rest[0].isdigit() or rest[0] in sizes or _NEGATIVE.fullmatch(rest[0])):
        dims.append(int(rest[0]) if rest[0][-1:].isdigit() else sizes[rest[0]])
        if dims[-1] < 0:  # (a variant instead, with a warning, ran on: decided WL110)
            raise ValueError(f"an array's dimension must be a whole number, 0 or more, "
                             f"not {dims[-1]}")
        rest = rest[1:]
        if rest and rest[0] in ("by", "par", "sur"):
            rest = rest[1:]
    while len(rest) > 1 and rest[0] in _ARTICLES | {"of"}:  # (the last word is the type:
        rest = rest[1:]  # `array of D`, `array of A` name classes D and A)
    elem = _dynamic_if(_element(rest, structs, objects, text, lenient), dynamic_elements)
    return TypeSpec(K_ARRAY, elem=elem, dims=tuple(dims))


def _dynamic_if(elem: TypeSpec, dynamic: bool) -> TypeSpec:
    """An element type made a dynamic object (a reference) when the phrase ends with
    `dynamic` after a class (`array of CClass dynamic`)."""
    if dynamic and elem.kind == K_STRUCT:
        return TypeSpec(K_STRUCT, name=elem.name, dynamic=True)
    return elem


def _element(rest: list[str], structs: Mapping[str, object], objects: Mapping[str, object],
             text: str, lenient: bool) -> TypeSpec:
    if not rest:
        return VARIANT
    try:
        return _parse_words(rest, structs, objects, text)
    except UnknownType:
        if lenient:
            return VARIANT
        raise
