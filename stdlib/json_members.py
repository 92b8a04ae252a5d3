"""What a jsonReader's copy gives (FOR EACH on a jsonReader, ?1510029, syntax 2): an
object read whole whose FOR EACH goes through its members *named*.

VERIFIED (?1510029, its syntax 2 example, read in French): `POUR CHAQUE client DE
tableau_clients` then `POUR CHAQUE propriété_client DE client` and `SI
propriété_client.Nom = "addresses" ALORS POUR CHAQUE adresse DE propriété_client`: each
member of a copied object is gone through with its name, and a member holding an array
is gone through as that array. INFERRED (docs/builtins.md "The jsonReader type"): the
member's `.Name` / `.Nom` (and `..Name` / `..Nom`) is its name, whatever its value;
`..Value` / `..Valeur` is its value; anything else (a member of its value, `[i]`, Trace,
arithmetic, a comparison, FOR EACH) reads its value. The JSON type's own FOR EACH is
unchanged: it gives the members' values (tests/golden/json/json_type_en.wl).
"""
from __future__ import annotations

from typing import Any

from wlinterp.runtime import values as V
from wlinterp.runtime.access import get_index, get_member, get_prop
from wlinterp.runtime.operators import iterate

from .json_type import JSONList, WLJSON
from .variants import from_json

__all__ = ["ReadJSON", "JSONMember", "read_value"]

_NAME = ("name", "nom")


class ReadJSON(WLJSON):
    """An object a jsonReader read whole: FOR EACH gives its members named."""

    __slots__ = ()

    def wl_iter(self) -> list[object]:
        return [JSONMember(str(k), v) for k, v in self.data.items()]

    def copy(self) -> "ReadJSON":
        return ReadJSON(WLJSON.copy(self).data)


class JSONMember:
    """A member of an object gone through by FOR EACH: its name, and its value for
    everything else."""

    __slots__ = ("name", "value")
    wl_type_name = "JSON"

    def __init__(self, name: str, value: object) -> None:
        self.name, self.value = name, value

    def wl_get_named(self, name: str, shown: str) -> object:
        if name in _NAME:
            return self.name
        return get_member(self.value, name, shown)

    def wl_prop(self, name: str) -> object:
        if name in _NAME:
            return self.name
        if name in ("value", "valeur"):
            return self.value
        return get_prop(self.value, name)

    def get(self, *idx: object) -> object:
        return get_index(self.value, *idx)

    def wl_iter(self) -> Any:
        return iterate(self.value, self.name)

    def wl_text(self) -> str:
        return V.to_str(self.value)

    def wl_num(self) -> object:
        return V.to_num(self.value)

    def wl_bool(self) -> bool:
        return V.to_bool(self.value)

    def copy(self) -> "JSONMember":
        return self


def read_value(value: Any) -> object:
    """Decoded JSON as a jsonReader's copy holds it: objects as ReadJSON nodes."""
    return from_json(value, ReadJSON, JSONList)
