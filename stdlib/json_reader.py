"""The jsonReader type (jsonLecteur, WINDEV 2025 Update 3): a JSON file walked by FOR EACH
as it is read, without loading the document (stdlib/json_tokens.py reads it a piece at
a time).

VERIFIED (FOR EACH on a jsonReader, ?1510029, its examples): `Lecteur est un jsonLecteur
= JSONOuvreLecteur("fichier.json")`; `POUR CHAQUE Lecteur` goes through one level: the
outermost loop reads the root value, and a `POUR CHAQUE Lecteur` inside goes through
the elements (an array's) or the members (an object's) of the element the enclosing
loop is on. `POUR CHAQUE x DE Lecteur` goes through one level "with a copy": x is each
element, read whole (json_members.py: an object's members gone through named).
`POUR CHAQUE Lecteur EN PROFONDEUR` is the deep traversal.
INFERRED (docs/builtins.md "The jsonReader type"): the English names jsonReader,
JSONOpenReader and IN DEPTH; `Lecteur..Name` / `..Nom` (the member's name, "" for an
array's element) and `..Value` / `..Valeur` (a string, number, boolean or Null; a JSON
value for an object or an array, read whole) of the element the innermost loop is on;
the deep traversal goes on each element, root included, in the text's order, except
into one the body went into or read whole; a file that cannot be opened sets
ErrorOccurred and gives a reader with nothing to go through. An element the loop's
body did not go into is passed over; the file is closed at the end of the root value.
"""
from __future__ import annotations

from typing import Any, Iterator

from wlinterp.errors import WLRuntimeError
from wlinterp.registry import Family, TextArg
from wlinterp.runtime import values as V
from wlinterp.runtime.json_depth import JSON_MAX_DEPTH, NestedTooDeep
from wlinterp.runtime.state import Runtime

from .json_tokens import JSONTokens
from .json_members import JSONMember, read_value
from .paths import failure, native_path
from .strings import text_arg

family = Family("JSON reader")


class _Deeper(Exception):
    """A value read whole went past JSON_MAX_DEPTH, `level` brackets open."""

    def __init__(self, level: int) -> None:
        super().__init__(level)
        self.level = level

_OPENERS = {"{": "object", "[": "array"}
# a one-level FOR EACH on an element already read whole went through nothing, silently
_READ_WHOLE = ("jsonReader: FOR EACH reader cannot go into an object or an array that "
               "was read whole (by FOR EACH x OF reader, or ..Value): go through the copy "
               "instead (FOR EACH y OF x).")


class _Element:
    """An element the reader is on: its name, kind and, for a scalar, its value; for an
    object or array, the depth its opening bracket brought the reader to."""

    __slots__ = ("name", "kind", "value", "level", "closed", "entered")

    def __init__(self, name: str, kind: str, value: object = None, level: int = 0) -> None:
        self.name, self.kind, self.value, self.level = name, kind, value, level
        self.closed = kind == "scalar"
        self.entered = False  # a FOR EACH went into it: it can no longer be read whole


class WLJSONReader:
    """A jsonReader variable: a JSON file and where FOR EACH stands in it."""

    wl_type_name = "jsonReader"

    def __init__(self, tokens: JSONTokens | None = None) -> None:
        self.tokens = tokens
        self.depth = 0  # objects and arrays opened and not closed yet
        self.current: _Element | None = None  # the element the innermost loop is on
        self.started = tokens is None  # the root value was read (none: nothing to read)

    def copy(self) -> "WLJSONReader":
        return self  # a second variable reads the same file (as a DiskFile's, decided)

    # -- FOR EACH ---------------------------------------------------------------------
    def wl_file_loop(self, deep: bool = False) -> Iterator[None]:
        """`FOR EACH reader`: the elements of one level, the reader on each; `FOR EACH
        reader IN DEPTH` (`deep`): every element below too."""
        return self._deep() if deep else self._one_level()

    def _one_level(self) -> Iterator[None]:
        for _ in self._level(copy=False):
            yield None

    def _deep(self) -> Iterator[None]:
        """The elements of the level, each followed by its own elements (the text's
        order); an element the body went into or read whole is not gone into again."""
        for _ in self._level(copy=False):
            yield None
            child = self.current
            if child is not None and not child.closed and not child.entered:
                yield from self._deep()

    def wl_iter(self) -> Iterator[object]:
        """`FOR EACH x OF reader`: each element of one level, read whole."""
        return self._level(copy=True)

    def _level(self, copy: bool) -> Iterator[object]:
        parent = self.current
        if parent is None:
            if self.started:
                return
            self.started = True
            children: Iterator[_Element] = iter([self._value_start("")])
        elif parent.closed:
            if parent.kind != "scalar" and parent.value is not None:
                raise WLRuntimeError(_READ_WHOLE)
            return
        else:
            children = self._children(parent)
        try:
            for child in children:
                self.current = child
                yield self._copied(parent, child) if copy else None
                self._pass(child)
                self.current = parent
        finally:
            self.current = parent
            if parent is None and self.tokens is not None:
                self.tokens.close()

    def _children(self, parent: _Element) -> Iterator[_Element]:
        """The members or elements of the object or array `parent`, each started."""
        tokens, first = self._tokens(), True
        parent.entered = True
        while True:
            kind = tokens.peek()
            if kind in ("}", "]"):
                tokens.take()
                self.depth -= 1
                parent.closed = True
                return
            if not first:
                tokens.expect(",")
            first = False
            name = ""
            if parent.kind == "object":
                kind, name = tokens.take()
                if kind != "s":
                    raise tokens.error("a member's name expected")
                tokens.expect(":")
            yield self._value_start(name)

    def _value_start(self, name: str) -> _Element:
        kind, value = self._tokens().take()
        if kind in _OPENERS:
            self.depth += 1
            return _Element(name, _OPENERS[kind], level=self.depth)
        if kind not in ("s", "n", "v"):
            raise self._tokens().error(f"unexpected '{kind}'")
        return _Element(name, "scalar", value)

    def _pass(self, element: _Element) -> None:
        """Read past the rest of `element` (what the loop's body did not go through)."""
        tokens = self._tokens()
        while not element.closed and self.depth >= element.level:
            kind, _ = tokens.take()
            if kind in _OPENERS:
                self.depth += 1
            elif kind in ("}", "]"):
                self.depth -= 1
        element.closed = True

    def _copied(self, parent: _Element | None, child: _Element) -> object:
        """What `FOR EACH x OF reader` puts in x: an object's member named (?1510029's
        `propriété_client.Nom`), an array's element as it is."""
        value = self._whole(child)
        if parent is not None and parent.kind == "object":
            return JSONMember(child.name, value)
        return value

    def _whole(self, element: _Element) -> object:
        """The element read whole: a JSON value for an object or an array."""
        if element.kind == "scalar" or element.closed:
            return element.value
        if element.entered:
            raise WLRuntimeError("jsonReader: the value of an object or an array is read "
                                 "whole before a FOR EACH goes into it, not after.")
        try:
            element.value = read_value(self._rest(element.kind))
        except _Deeper as deeper:  # read past the rest, then say how deep it went
            deepest = self._skipped(deeper.level)
            self.depth -= 1
            element.closed = True
            raise NestedTooDeep(deepest) from None
        self.depth -= 1
        element.closed = True
        return element.value

    def _skipped(self, level: int) -> int:
        """Read past the rest of a value `level` brackets deep (no recursion); its
        deepest level. The reader then goes on after it (the next member, in order)."""
        tokens, deepest = self._tokens(), level
        while level:
            kind, _ = tokens.take()
            if kind is None:
                raise tokens.error("the text ends inside an object or an array")
            if kind in _OPENERS:
                level += 1
                deepest = max(deepest, level)
            elif kind in ("}", "]"):
                level -= 1
        return deepest

    def _rest(self, kind: str, level: int = 1) -> Any:
        """The Python value of an object or array whose bracket was read, `level`
        brackets deep in the value read whole (past JSON_MAX_DEPTH: _Deeper)."""
        if level > JSON_MAX_DEPTH:
            raise _Deeper(level)
        tokens = self._tokens()
        out: Any = {} if kind == "object" else []
        first = True
        while True:
            token, value = tokens.take()
            if token in ("}", "]"):
                return out
            if not first:
                if token != ",":
                    raise tokens.error("',' expected")
                token, value = tokens.take()
            first = False
            if kind == "object":
                if token != "s":
                    raise tokens.error("a member's name expected")
                tokens.expect(":")
                out[value] = self._item(*tokens.take(), level)
            else:
                out.append(self._item(token, value, level))

    def _item(self, token: str, value: Any, level: int) -> Any:
        if token in _OPENERS:
            return self._rest(_OPENERS[token], level + 1)
        if token not in ("s", "n", "v"):
            raise self._tokens().error(f"unexpected '{token}'")
        return value

    def _tokens(self) -> JSONTokens:
        if self.tokens is None:
            raise WLRuntimeError("jsonReader: no JSON file is open (JSONOpenReader).")
        return self.tokens

    # -- properties ----------------------------------------------------------------------
    def wl_prop(self, name: str) -> object:
        element = self.current
        if name in ("name", "nom"):
            return "" if element is None else element.name
        if name in ("value", "valeur"):
            return None if element is None else self._whole(element)
        raise WLRuntimeError(f"A jsonReader has no property '{name}' (Name, Value).")

    def wl_text(self) -> str:
        return ""


@family.function("JSONOpenReader", "JSONOuvreLecteur", can_fail=True)
def json_open_reader(rt: Runtime, path: TextArg) -> WLJSONReader:
    """A reader of the JSON file `path`, for FOR EACH; a file that cannot be opened sets
    ErrorOccurred and gives a reader with nothing to go through."""
    name = native_path(text_arg(path, "JSONOpenReader"))
    try:
        stream = open(name, "rb")
    except (OSError, ValueError) as exc:
        raise failure("JSONOpenReader", "open", V.to_str(path), exc, WLJSONReader()) from None
    return WLJSONReader(JSONTokens(stream))


def _new(rt: Runtime) -> WLJSONReader:
    return WLJSONReader()


def _from_value(value: object) -> WLJSONReader:
    if isinstance(value, WLJSONReader):
        return value
    raise WLRuntimeError("A jsonReader is given by JSONOpenReader.")


setattr(_new, "wl_from_value", _from_value)
family.type("jsonReader", "jsonLecteur", _new)
