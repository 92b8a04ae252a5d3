"""The associative array value (`associative array of T`): elements by key in insertion
order, with its declaration's options (ccIgnoreCase, ccIgnoreAccent, WithDuplicates, the
key type, a default value) applied to every key, and those options read from the
declaration (assoc_options: the one place that writes the letters WLAssoc reads). Named through containers.py as the
other composite values are; this module's helpers (conversion, copies) are containers'.
"""
from __future__ import annotations

__all__ = ["WLAssoc", "assoc_options", "unknown_assoc_options"]

import re
from typing import TYPE_CHECKING, Callable

from . import values as V
from .kinds import K_STRUCT
from .assoc_keys import DupKey, assoc_key
from ..errors import WLRuntimeError
from ..syntax.names import fold as _fold
from .composites import Composite, Indexed, Nested, copy_value, held_with, holds_references
from .containers import designates

if TYPE_CHECKING:
    from .types import TypeContext, TypeSpec


_NO_DEFAULT = object()


class WLAssoc(Indexed):
    """An associative array: values by key (a string), in insertion order. `opts` holds
    its declaration's options (assoc_options, below): "i" (ccIgnoreCase) and "a"
    (ccIgnoreAccent) make keys that differ only by case or accents the same key (the key
    first written is the one kept); "d" (WithDuplicates) makes each write a new element;
    "n" / "s" (a key type wlInt / wlString) convert every key to an integer / a string;
    after "=", the declared default value, which a read of a missing key gives."""

    __slots__ = ("elem", "data", "ctx", "opts", "_index", "default", "_keytype")
    wl_type_name = "associative array"

    def __init__(self, elem: TypeSpec, data: dict[object, object] | None = None,
                 ctx: "TypeContext | None" = None, opts: str = "") -> None:
        self.elem = elem
        self.data = data if data is not None else {}
        self.ctx = ctx
        self.opts = opts
        self._index: dict[str, object] | None = None
        self.default: object = _NO_DEFAULT
        self._keytype: "Callable[[object], object] | None" = None
        if opts:
            letters, has_default, literal = opts.partition("=")
            if "n" in letters:
                self._keytype = V.to_int
            elif "s" in letters:
                self._keytype = V.to_str
            if has_default:
                self.default = elem.coerce(_literal(literal), ctx)
            if "i" in letters or "a" in letters:
                self._index = {self._norm(k): k for k in self.data if isinstance(k, str)}

    def _norm(self, key: str) -> str:
        flags = self.opts.partition("=")[0]
        if "a" in flags:
            import unicodedata
            key = "".join(c for c in unicodedata.normalize("NFD", key)
                          if not unicodedata.combining(c))
        return key.casefold() if "i" in flags else key

    def key_of(self, key: object) -> object:
        """The dictionary key that `key` designates (an existing key equal to it under
        the array's options, or the key itself)."""
        k = assoc_key(key) if self._keytype is None else self._keytype(key)
        if self._index is None or not isinstance(k, str):
            return k
        known = self._index.get(self._norm(k))
        return known if known is not None and known in self.data else k

    def get(self, key: object) -> object:
        try:
            return self.data[self.key_of(key)]
        except KeyError:
            if self.default is not _NO_DEFAULT:
                return copy_value(self.default)
            return self._missing(key)

    def _missing(self, key: object) -> object:
        """What reading a key the array does not hold gives, without a declared default:
        the element type's default value, as a freshly declared variable of that type holds
        (PC SOFT's own e-commerce set reads `aaProduct[id]`, an `ASSOCIATIVE ARRAY of int`,
        and tests the result against 0 before adding the product: docs/semantics.md,
        "Associative arrays"). Nothing is created. An array of class instances stays a
        fatal error: a read would have to run a constructor for an object nobody stored.
        A value that a method fills (a DiskFile: its `.Create`, `.Open`) is created and
        kept, as a write creates it (*decided* 5 Dec 2026, INFERRED)."""
        if self.elem.kind == K_STRUCT and self.ctx is not None \
                and getattr(self.ctx.structs.get(self.elem.name), "is_class", False) \
                and not self.elem.dynamic:
            raise WLRuntimeError(f"The element '{V.to_str(key)}' does not exist in the "
                                 f"associative array.")
        value = self.elem.default(self.ctx)
        if hasattr(value, "wl_own_method"):  # a DiskFile: `aa["log"].Create(path)` opens
            return self.place(key)  # the file into the element (it went to a copy nobody kept)
        return value

    def set(self, value: object, key: object) -> None:
        k = self.key_of(key)
        if self._index is not None and isinstance(k, str):
            self._index[self._norm(k)] = k
        if self.opts and k in self.data and "d" in self.opts.partition("=")[0] \
                and isinstance(k, str):
            k = DupKey(k, len(self.data))  # WithDuplicates: one more element
        self.data[k] = self.elem.coerce(value, self.ctx)

    def set_designating(self, value: object, key: object) -> None:
        """`m[k] = t` in an associative array of arrays: as WLArray.set_designating."""
        self.set(value, key)
        if designates(value, self.elem) and not (self.opts and "d" in
                                                 self.opts.partition("=")[0]):
            self.data[self.key_of(key)] = value  # (WithDuplicates: the copy stays)


    def place(self, key: object) -> object:
        """The element at `key`, about to be changed (`m[k] += 1`, `m[k]["b"] = 3`,
        `m[k].name = x`): a missing one is created first with the declared default value,
        else the element type's own (docs/semantics.md "Associative arrays")."""
        k = self.key_of(key)
        if k not in self.data:
            start = self.default if self.default is not _NO_DEFAULT \
                else self.elem.default(self.ctx)
            if self._index is not None and isinstance(k, str):
                self._index[self._norm(k)] = k
            self.data[k] = self.elem.coerce(copy_value(start), self.ctx)
        return self.data[k]

    def exists(self, key: object) -> bool:
        return self.key_of(key) in self.data

    def delete(self, key: object) -> None:
        """Remove the element at `key` (a missing key is a fatal error);
        with duplicates, every element of that key."""
        k = self.key_of(key)
        if k not in self.data:
            raise WLRuntimeError(f"The element '{V.to_str(key)}' does not exist in the "
                                 f"associative array.")
        for other in [x for x in self.data if x == k or (isinstance(x, DupKey) and
                                                         str(x) == k)]:
            del self.data[other]

    def copy_shell(self) -> "WLAssoc":
        return WLAssoc(self.elem, {}, self.ctx, self.opts)

    def copy_fill(self, target: Composite, nested: Nested) -> None:
        assert isinstance(target, WLAssoc)
        target.data = dict(self.data) if holds_references(self.elem) else \
            {k: held_with(v, nested) for k, v in self.data.items()}
        if target._index is not None:  # (ccIgnoreCase, ccIgnoreAccent: as __init__ makes it)
            target._index = {target._norm(k): k for k in target.data if isinstance(k, str)}

    def wl_get(self, name: str) -> object:
        if name in ("occurrence", "count", "nboccurrence"):
            return len(self.data)
        if name in ("empty", "vide"):
            return not self.data
        raise WLRuntimeError(f"Associative arrays have no property '{name}'.")

    def wl_iter(self) -> list[object]:
        return list(self.data.values())


def _literal(text: str) -> object:
    """A default value written in an associative array's declaration: a number, a
    quoted string, True/False/Null (anything else: Null)."""
    text = text.strip()
    if len(text) >= 2 and text[0] == text[-1] == '"':
        return text[1:-1].replace('""', '"')
    word = _fold(text)
    if word in ("true", "vrai"):
        return True
    if word in ("false", "faux"):
        return False
    try:
        return int(text)
    except ValueError:
        pass
    try:
        return float(text)
    except ValueError:
        return None


# (the older search constants IgnoreCase / SansCasse... too: INFERRED, same meaning)
_IGNORE_CASE = {"ccignorecase", "ccsanscasse", "ignorecase", "sanscasse"}
_IGNORE_ACCENT = {"ccignoreaccent", "ccsansaccent", "ignoreaccent", "sansaccent"}
_DUPLICATES = {"withduplicates", "withduplicate", "avecdoublon", "avecdoublons"}


def unknown_assoc_options(text: str) -> list[str]:
    """The words of an associative array's options (the text in the parentheses of
    `(WithoutCase) of int`) that name no option: ignored, they went unnoticed (the
    checker warns, WL207). Other `cc...` comparison constants pass as options."""
    parts = _split_top(text)
    words = re.findall(r"[^\W\d]\w*", parts[0]) if parts else []
    return [w for w in words if not _fold(w).startswith("cc")
            and _fold(w) not in _DUPLICATES | _IGNORE_CASE | _IGNORE_ACCENT]


def assoc_options(text: str) -> str:
    """The options of an associative array's declaration `(options, default value, key
    type, initial size)` as WLAssoc reads them: "i" for ccIgnoreCase/ccSansCasse, "a" for
    ccIgnoreAccent/ccSansAccent, "d" for WithDuplicates/avecDoublon(s), "n" / "s" for a
    key type wlInt... / wlString..., then "=" and the default value as written when one
    is given (`*` is none; another key type and the size are not used)."""
    parts = _split_top(text)
    words = set(re.findall(r"\w+", _fold(parts[0]))) if parts else set()
    out = ("i" if words & _IGNORE_CASE else "") + ("a" if words & _IGNORE_ACCENT else "") \
        + ("d" if words & _DUPLICATES else "")
    key_type = _fold(parts[2]).strip() if len(parts) > 2 else ""
    if key_type.startswith(("wlint", "wlentier", "wlunsignedint")):
        out += "n"
    elif key_type.startswith(("wlstring", "wlchaine", "wlansistring", "wlunicodestring")):
        out += "s"
    if len(parts) > 1 and parts[1].strip() not in ("", "*"):
        out += "=" + parts[1].strip()
    return out


def _split_top(text: str) -> list[str]:
    """`text` split at its commas outside double quotes."""
    parts, current, quoted = [], "", False
    for c in text:
        if c == '"':
            quoted = not quoted
        if c == "," and not quoted:
            parts.append(current)
            current = ""
        else:
            current += c
    return parts + [current]

