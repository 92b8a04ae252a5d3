"""The `JSON` type: `j is JSON`, built member by member or assigned a JSON text.

A JSON variable is a JSON object (stdlib/variants.py's `WLObject`, so VariantToJSON and
JSONToVariant keep the one encoder and decoder of the library) whose members may be
written at any depth without declaring them: `j.customer.name = "Ann"` creates
`customer`. Reading a member that does not exist gives an empty node, which `..Exist`
answers False for and which is added to its parent only when something is written into
it. Assigning a text parses it (`j = "{""a"": 1}"`; invalid JSON is a fatal error);
converting a JSON variable to text (Trace, `s = j`) gives compact JSON text.
Decisions (UNVERIFIED against PC SOFT's help, docs/builtins.md "The JSON type"): the text
form is compact; a JSON array assigned to the variable is kept in a `JSON` object's place as
an array of variants (a root array).
"""
from __future__ import annotations

from decimal import Decimal
from typing import Any

from wlinterp.errors import BuiltinFailure, WLRuntimeError
from wlinterp.registry import Family
from wlinterp.runtime import values as V
from wlinterp.runtime.assoc_arrays import WLAssoc
from wlinterp.runtime.json_forms import (JSONBuffer, JSONText, formatted, json_dumped,
                                         json_loaded, json_problem)
from wlinterp.runtime.json_depth import NestedTooDeep
from wlinterp.runtime.limits import check_array
from wlinterp.runtime.types import VARIANT, WLArray, WLStruct
from wlinterp.syntax.names import fold

from .text_encodings import utf8_bytes_read
from .variants import WLObject, bounded_json, from_json, json_reason, to_json

family = Family("JSON type")

class WLJSON(WLObject):
    """A JSON node: an object whose missing members are created on first write."""

    __slots__ = ("parent", "key")
    wl_type_name = "JSON"

    def __init__(self, data: dict[object, object] | None = None,
                 parent: "WLJSON | None" = None, key: str = "") -> None:
        super().__init__(data)
        self.parent, self.key = parent, key  # set while the node is not attached yet

    # -- members ------------------------------------------------------------------
    def wl_get(self, name: str) -> object:
        return self.wl_get_named(name, name)

    def wl_get_named(self, name: str, shown: str) -> object:
        key = self._key(fold(name))
        if key in self.data:
            found = self.data[key]
            if isinstance(found, (WLJSON, JSONList)) and found.parent is None:
                found.key = str(key)  # its ..Name: the member it was reached by
            return found
        return WLJSON(parent=self, key=shown)  # empty until written into

    def wl_set(self, name: str, value: object, ctx: object = None) -> None:
        self.wl_set_named(name, value)

    def wl_set_named(self, shown: str, value: object) -> None:
        self._attach()
        super().wl_set_named(shown, _node(value))

    def _attach(self) -> None:
        """Add this node (and its pending parents) to the tree on its first write."""
        if self.parent is not None:
            parent, self.parent = self.parent, None
            parent._attach()
            if isinstance(parent, JSONList):
                parent.place(V.to_int(self.key), self)
            else:
                WLObject.wl_set_named(parent, self.key, self)

    def _as_list(self, key: object) -> "JSONList | None":
        """`j.items[1]...` on a member not written yet: the member becomes an array."""
        if type(key) is int and self.parent is not None and not self.data:
            return JSONList(parent=self.parent, key=self.key)
        return None

    def wl_as_array(self) -> "JSONList | None":
        """A member never written given to ArrayAdd (`ArrayAdd(j.items, x)`): it becomes
        an array; None for a node that holds members (an associative array there)."""
        return self._as_list(1)

    def set(self, value: object, key: object) -> None:
        if (lst := self._as_list(key)) is not None:
            lst.set(value, key)
            return
        self._attach()
        self.data[V.to_str(key)] = _node(value)

    def get(self, key: object) -> object:
        if (lst := self._as_list(key)) is not None:
            return lst.get(key)
        return self.wl_get_named(V.to_str(key), V.to_str(key))

    # -- properties and conversions -------------------------------------------------
    def wl_prop(self, name: str) -> object:
        if name in ("exist", "existe"):
            return self.parent is None
        if name in ("occurrence", "count", "nboccurrence"):
            return len(self.data)
        if name in ("empty", "vide"):
            return not self.data
        if name in ("name", "nom"):
            return self.key
        if name in ("value", "valeur"):  # a member never written holds nothing (Null)
            return None if self.wl_missing else self
        if name == "type":
            from .typevar import type_var
            return type_var(None, self)
        if name in ("member", "membre"):  # as a Variant's (docs/builtins.md "The JSON type")
            return WLObject.wl_prop(self, name)
        raise WLRuntimeError(f"A JSON value has no property '{name}'.")

    @property
    def wl_missing(self) -> bool:
        """A member read but never written: `..Exist` is False, `..Type` wlNull."""
        return self.parent is not None

    def wl_text(self) -> str:
        return "" if self.wl_missing else json_text(self)

    # A member read but never written is Null wherever a value is needed, as a missing
    # member of JSONToVariant's result is: "" as text, 0 as a number, False as a boolean
    # (`IF line.promo THEN`, `sName = j.customer.name` on an answer that lacks them).
    def wl_num(self) -> int:
        if self.wl_missing:
            return 0
        raise WLRuntimeError("A value of type JSON cannot be used as a number.")

    def wl_bool(self) -> bool:
        if self.wl_missing:
            return False
        raise WLRuntimeError("A value of type JSON cannot be used as a boolean.")

    def wl_iter(self) -> list[object]:
        return list(self.data.values())

    def copy(self) -> "WLJSON":
        return WLJSON({k: _copy(v) for k, v in self.data.items()})

    @staticmethod
    def wl_from_value(value: object) -> object:
        """What assigning `value` to a JSON variable stores."""
        if isinstance(value, WLJSON):
            return value.copy()
        if isinstance(value, JSONBuffer) and _json_bytes(value.raw):
            return parse(value.raw)  # `j = bufAnswer`: the JSON text the buffer holds
        if isinstance(value, JSONText):  # a date or a buffer (runtime/json_forms.py)
            return str(value)
        if isinstance(value, str):
            return parse(value)
        if value is None:
            return WLJSON()
        if isinstance(value, (bool, int, float, Decimal)):  # a Boolean or a numeric, as
            return value  # the JSON type page lists them (?1000023611): the JSON `true`, `5`
        if isinstance(value, (WLAssoc, WLStruct, WLArray)) \
                or hasattr(value, "wl_json_form"):  # a Record (hfsql/record_var.py)
            return _node(decoded(to_json(value)))
        raise WLRuntimeError(f"A value of type {V.type_name(value)} cannot be stored in a "
                             f"JSON variable.")


class JSONList(WLArray):
    """An array of a JSON variable, read from a JSON text or created by writing its
    elements (`j.children[1].name = "Al"`): an element past the end is created on first
    write, the ones before it being Null (docs/builtins.md "The JSON type")."""

    __slots__ = ("parent", "key")

    def __init__(self, items: list[object] | None = None, parent: WLJSON | None = None,
                 key: str = "") -> None:
        super().__init__(VARIANT, items if items is not None else [])
        self.parent, self.key = parent, key  # set while the array is not attached yet

    def wl_text(self) -> str:
        """Its JSON text wherever a text is wanted ("x" + j, s = j), as a JSON object's."""
        return json_text(self)

    def wl_get(self, name: str) -> object:
        """`..Member` lists no members: an array's elements are none (real code takes a
        node without members for a leaf; docs/builtins.md "The JSON type"); `..Name`
        and `..Value` as an object node's; the other properties are an array's."""
        if name in ("member", "membre"):
            return WLArray(VARIANT, [])
        if name in ("name", "nom"):  # the member it was reached by, as an object node's
            return self.key
        if name in ("value", "valeur"):  # the array itself, as an object node is its own
            return self
        return super().wl_get(name)

    def get(self, *idx: object) -> object:
        if len(idx) == 1 and V.to_int(idx[0]) > len(self.items):
            return WLJSON(parent=self, key=str(V.to_int(idx[0])))  # type: ignore[arg-type]
        return super().get(*idx)

    def set(self, value: object, *idx: object) -> None:
        if len(idx) == 1 and V.to_int(idx[0]) > len(self.items):
            self.place(V.to_int(idx[0]), _node(value))
            return
        super().set(_node(value), *idx)

    def append(self, value: object) -> int:
        """ArrayAdd: the element added at the end (the array attached on this write)."""
        self._attach()
        return super().append(_node(value))

    def insert_at(self, index: int, value: object) -> None:
        """ArrayInsert: as append, the array attached on this write (`ArrayInsert(j.items,
        1, x)` on a member never written lost its value: Trace(j) showed {})."""
        self._attach()
        super().insert_at(index, _node(value))

    def place(self, index: int, node: object) -> None:
        """Store `node` as element `index`, growing the array (and attaching it)."""
        self._attach()
        if index < 1:
            raise WLRuntimeError(f"Index {index} is out of range.")
        check_array(index)  # --max-array, as a program's array growing by index
        self.items.extend([None] * (index - len(self.items)))
        self.items[index - 1] = node

    def _attach(self) -> None:
        if self.parent is not None:
            parent, self.parent = self.parent, None
            parent._attach()
            WLObject.wl_set_named(parent, self.key, self)


def decoded(value: Any) -> object:
    """Decoded JSON as the JSON type holds it: objects as WLJSON nodes, arrays as
    JSONLists (which grow when written past their end)."""
    return from_json(value, WLJSON, JSONList)


def _copy(v: object) -> object:
    if isinstance(v, WLJSON):
        return v.copy()
    if isinstance(v, WLArray):
        return JSONList([_copy(x) for x in v.items])
    return v


def _node(value: object) -> object:
    """A value stored in a JSON node: structures and plain objects become JSON nodes, and
    an array of the program (`j.tags = []`, `j.list = arrNames`) a JSON array, which
    grows when written past its end as one read from a JSON text does (it stayed an
    array of the program: `j.tags[1] = "a"` was out of range). A node of a JSON variable
    is copied, as a JSON variable assigned is: `j.b = j.o` made j.b and j.o one node, and
    `j.b.a = 5` changed j.o.a too (docs/builtins.md "The JSON type")."""
    if isinstance(value, (WLJSON, JSONList)):
        return _copy(value)
    if isinstance(value, (WLAssoc, WLStruct, WLArray)):
        return decoded(to_json(value))
    return value


def _json_bytes(raw: str) -> bool:
    """Do a Buffer's bytes hold a JSON object or array (a file fLoadBuffer read, an HTTP
    answer's content: their text starts with `{` or `[`)? Assigned to a whole JSON
    variable they are then read as JSON data, as a text is (*decided* 5 Dec 2026,
    INFERRED: the JSON type page ?1000023611 lists "an Ansi string that contains data in
    JSON format" and no Buffer; a Buffer holding other bytes is the base64 string the
    Buffer page ?1514042 gives). An invalid one fails as the same text would."""
    return utf8_bytes_read(raw).lstrip().startswith(("{", "["))


def parse(text: str) -> object:
    """A JSON text as a JSON node (an empty text: an empty object)."""
    if not text.strip():
        return WLJSON()
    try:
        return decoded(json_loaded(utf8_bytes_read(text)))
    except NestedTooDeep:
        raise
    except (ValueError, RecursionError) as exc:
        raise WLRuntimeError(f"The text is not valid JSON ({json_problem(exc)}).") from None


def json_text(value: Any) -> str:
    return json_dumped(to_json(value))


@family.function("StringToJSON", "ChaîneVersJSON", can_fail=True)
def string_to_json(rt: object, text: object) -> object:
    """A JSON value from its text (VERIFIED name: the JSONXMLConverter help page's
    example, `json = StringToJSON("{...}")`); invalid JSON sets ErrorOccurred and gives
    an empty JSON object (*decided*, as JSONToVariant reports it); where and why, its
    sub-error (ErrorInfo(errMessage, 1))."""
    source = V.to_str(text)
    try:
        return parse(source)
    except WLRuntimeError as exc:
        raise BuiltinFailure(f"StringToJSON: {exc.message}", value=WLJSON(),
                             subs=((json_reason(source), 1),)) from None


@family.function("JSONToString", "JSONVersChaîne")
def json_to_string(rt: object, value: object, option: object = 0) -> str:
    """The JSON text of a JSON value, node or any value VariantToJSON takes (name seen
    in real WINDEV code): indented with psdFormatting, else compact (*decided*)."""
    return json_dumped(bounded_json(value, "JSONToString"), formatted(option))


def _new(rt: object) -> WLJSON:
    return WLJSON()


setattr(_new, "wl_from_value", WLJSON.wl_from_value)
setattr(_new, "wl_text_form", True)  # `"x" + j` is its text: no WL113 (semantics/operands.py)
family.type("JSON", "JSON", _new)
