"""The analysis: data files, their items and keys, read from WINDEV's XML export (.xdd)
or described in code (HDescribeFile).

The `.xdd` format is documented in docs/hfsql.md (from the study of real exports):
`ANALYSE > FICHIER > RUBRIQUE` with numeric item TYPE codes, TYPE_CLE 0/1/2 for
not-a-key/unique/duplicates, composite keys as `COMPOSEE > COMPOSANTE`, one
`INDICERUBRIQUE` per element of an item (`Indice` 0, 1...: an array item has several).
WINDEV's export carries no links and no captions; wlinterp accepts an optional `<LIAISON Source="File.Item"
Cible="File.Item"/>` under ANALYSE (our own extension) to declare a foreign key, and an
item's caption as a `Libelle` attribute or `LIBELLE` child of its RUBRIQUE (ours too).
Connection passwords (`MDP`) are never read.
"""
from __future__ import annotations

__all__ = ["Analysis", "FileDesc", "ItemDesc", "KeyDesc", "Link", "AnalysisError",
           "read_xdd", "find_analysis", "element_name"]

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field

from ..syntax.names import fold
from .itemtypes import ITEM_TYPES, ItemType
from .names import find_analysis  # noqa: F401  (re-exported)
from ..digits import ascii_digits

NOT_KEY, UNIQUE, DUPLICATES = 0, 1, 2


class AnalysisError(Exception):
    """The analysis file cannot be used (bad XML, unknown type, missing component)."""


@dataclass
class ItemDesc:
    """One item (column) of a data file."""

    name: str
    type: ItemType
    size: int = 0
    key: int = NOT_KEY
    default: str = ""
    null_allowed: bool = False
    null_default: bool = False
    elements: int = 1  # an array item's number of elements (1: not an array)
    caption: str = ""
    element_of: str = ""  # a hidden column holding element 2, 3... of this array item

    @property
    def hidden(self) -> bool:
        """A column that stands for an element of an array item, not an item itself:
        listings leave it out (docs/hfsql.md, "Array items")."""
        return bool(self.element_of)

    @property
    def auto_id(self) -> bool:
        return self.type.kind == "autoid"


@dataclass
class KeyDesc:
    """A key: one item, or a composite key over several items (in key order)."""

    name: str
    items: list[str]
    unique: bool
    composite: bool = False


@dataclass
class Link:
    """A foreign key declared with our `LIAISON` extension: child item -> parent item."""

    child_file: str
    child_item: str
    parent_file: str
    parent_item: str


@dataclass
class FileDesc:
    """One data file: logical name (used in code), physical (table) name, items, keys."""

    name: str
    physical: str
    items: list[ItemDesc] = field(default_factory=list)
    keys: list[KeyDesc] = field(default_factory=list)
    null_supported: bool = False
    connection: str = ""

    def __post_init__(self) -> None:
        self._items: dict[str, ItemDesc] = {fold(i.name): i for i in self.items}
        self._keys: dict[str, KeyDesc] = {fold(k.name): k for k in self.keys}

    def add_item(self, item: ItemDesc) -> None:
        self.items.append(item)
        self._items[fold(item.name)] = item
        if item.key != NOT_KEY:
            self.add_key(KeyDesc(item.name, [item.name], item.key == UNIQUE))

    def add_key(self, key: KeyDesc) -> None:
        self.keys.append(key)
        self._keys[fold(key.name)] = key

    def item(self, name: str) -> ItemDesc | None:
        return self._items.get(fold(name))

    def key(self, name: str) -> KeyDesc | None:
        return self._keys.get(fold(name))

    @property
    def auto_id(self) -> ItemDesc | None:
        return next((i for i in self.items if i.auto_id), None)

    @property
    def shown_items(self) -> list[ItemDesc]:
        """The items as the analysis lists them: an array item once, without the hidden
        columns of its other elements."""
        return [i for i in self.items if not i.element_of]


@dataclass
class Analysis:
    """All data files of a project, by folded logical name."""

    files: dict[str, FileDesc] = field(default_factory=dict)
    links: list[Link] = field(default_factory=list)
    connections: list[str] = field(default_factory=list)
    path: str = ""
    _names: set[str] | None = field(default=None, repr=False, compare=False)

    def add(self, desc: FileDesc) -> None:
        self.files[fold(desc.name)] = desc
        self._names = None

    def remove(self, name: str) -> None:
        """A file declared at run time taken away again (HCloseAnalysis)."""
        self.files.pop(fold(name), None)
        self._names = None

    def file(self, name: str) -> FileDesc | None:
        return self.files.get(fold(name))

    def connection_name(self, key: str) -> str | None:
        """The name, as the analysis writes it, of its connection whose folded name is
        `key` (None: no such connection). A connection the analysis describes names the
        run's own database (docs/hfsql.md "Connections of the analysis")."""
        return next((c for c in self.connections if c and fold(c) == key), None)

    def data_names(self) -> frozenset[str]:
        """The folded names the analysis gives: its files, their items and keys, its
        connections (the names a program may write bare without declaring them)."""
        return frozenset(self.files) | frozenset(self.item_names()) | frozenset(
            fold(c) for c in self.connections if c)

    def item_names(self) -> set[str]:
        """Folded names of every item and key of every file (bare names in H* calls)."""
        names = self._names
        if names is None:
            names = self._names = {k for f in self.files.values()
                                   for k in (*f._items, *f._keys)}
        return names


def _int(node: ET.Element | None, default: int = 0) -> int:
    text = (node.text or "").strip() if node is not None else ""
    return int(text) if ascii_digits(text.lstrip("-")) else default


def _item(fdesc: FileDesc, node: ET.Element, where: str) -> None:
    """Add one RUBRIQUE (a simple item, or a composite key) to `fdesc`."""
    name = node.get("Nom") or ""
    if not name:
        raise AnalysisError(f"{where}: an item has no name")
    key = _int(node.find("TYPE_CLE"))
    composite = node.find("COMPOSEE")
    if composite is not None:
        parts = [c.get("Nom") or "" for c in composite.findall("COMPOSANTE")]
        for part in parts:
            if fdesc.item(part) is None:
                raise AnalysisError(f"{where}: the composite key {name} names an unknown "
                                    f"item '{part}'")
        fdesc.add_key(KeyDesc(name, parts, key == UNIQUE, composite=True))
        return
    code = _int(node.find("TYPE"), -1)
    itype = ITEM_TYPES.get(code)
    if itype is None:
        raise AnalysisError(f"{where}: item {fdesc.name}.{name} has the unknown type code "
                            f"{code}")
    indexes = node.findall("INDICERUBRIQUE") or [ET.Element("INDICERUBRIQUE")]
    size = _int(node.find("TAILLE"))
    for n, index in enumerate(indexes):  # element 1 is the item; 2, 3... hidden columns
        attr = index.attrib
        nullable = fdesc.null_supported and attr.get("RubNullSupporte") == "1"
        fdesc.add_item(ItemDesc(
            element_name(name, n + 1) if n else name, itype, size,
            key if key in (UNIQUE, DUPLICATES) and not n else NOT_KEY, attr.get("Valeur", ""),
            nullable, nullable and attr.get("Null") == "1", 1 if n else len(indexes),
            "" if n else _caption(node), name if n else ""))


def element_name(item: str, number: int) -> str:
    """The hidden column of element `number` (2 or more) of an array item: `Phone__2`."""
    return f"{item}__{number}"


def _caption(node: ET.Element) -> str:
    """The item's caption: WINDEV's export keeps none, so it is our extension's (a
    `Libelle` attribute of RUBRIQUE, or a LIBELLE child: docs/hfsql.md), else ""."""
    text = node.get("Libelle")
    if text is None:
        child = node.find("LIBELLE")
        text = child.text if child is not None else None
    return (text or "").strip()


def read_xdd(path: str) -> Analysis:
    """Parse an analysis export; raises AnalysisError naming the file and item at fault."""
    try:
        root = ET.parse(path).getroot()  # bytes: the declared ISO-8859-1 is honoured
    except (ET.ParseError, OSError) as exc:  # (not "[Errno 2] ...: 'path'", Python's form)
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
        raise AnalysisError(f"{path}: cannot read the analysis: {reason}") from None
    if root.tag != "ANALYSE":
        raise AnalysisError(f"{path}: not a WINDEV analysis export (root <{root.tag}>)")
    ana = Analysis(path=path)
    ana.connections = [c.get("Nom") or "" for c in root.findall("CONNEXION")]
    for fnode in root.findall("FICHIER"):
        name = fnode.get("Nom") or ""
        fdesc = FileDesc(name, fnode.get("NomPhysique") or name,
                         null_supported=fnode.get("FicNullSupporte") == "1",
                         connection=fnode.get("Connexion") or "")
        for inode in fnode.findall("RUBRIQUE"):
            _item(fdesc, inode, path)
        ana.add(fdesc)
    for lnode in root.findall("LIAISON"):
        ana.links.append(_link(ana, lnode, path))
    return ana


def _link(ana: Analysis, node: ET.Element, where: str) -> Link:
    ends = []
    for attr in ("Source", "Cible"):
        text = node.get(attr) or ""
        fname, _, iname = text.partition(".")
        f = ana.file(fname)
        if f is None or f.item(iname) is None:
            raise AnalysisError(f"{where}: link {attr}='{text}' names no item of the analysis")
        ends.append((f.name, f.item(iname).name))  # type: ignore[union-attr]
    return Link(ends[0][0], ends[0][1], ends[1][0], ends[1][1])
