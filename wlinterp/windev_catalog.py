"""WINDEV functions that wlinterp knows by name but does not run: the window, control,
Windows-API, ActiveX, screen-binding, WEBDEV page and printing families, and the portable
families not implemented yet (HFSQL, sockets/HTTP, threads).

Why a table: ported code is full of calls such as `TableDisplay(TABLE_Client)` or
`HReadSeekFirst(Client, Nom, s)`. Such a call must compile (the rest of the file still runs)
and, when it is reached, stop with an error that says what the function is and why it
cannot run, instead of "unknown procedure". The checker and the test runner's mocks read
the same table, so it lives here, beside the registry, once.

The registry always wins: a name that a stdlib family registers (for instance an H*
function once the HFSQL family implements it) is never reported as unavailable.

Each family (windev_catalog_families.py) lists `English French` pairs, one per line (a
single word when both languages spell it the same: windev_catalog_names.py), a line
ending in a mark that says where its English name comes from (`# VERIFIED ?page`: read
on PC SOFT's help page; `# INFERRED`: from the naming pattern PC SOFT follows, no page
read; docs/builtins.md counts them). Families
whose functions share a prefix (`Table...`, `Looper...`, `Socket...`) also match by
prefix, so that the hundreds of control functions need no listing; a prefix can name
exceptions (`Tableau...` is the French array family). A French prefix that is an
everyday word (`Liste...`, `Saisie...`, `Contact...`, `Fen...`) caught the program's own
procedures: those families are listed name by name (windev_catalog_exact.py). A name
with an underscore never matches a prefix: no WINDEV function's name (none of this
catalog's 2,982 names, none of the registry's) has one, and `Socket_Envoyer()`,
`Table_Remplir()` are a program's own procedures (or unknown: WL102), which were WL103.
"""
from __future__ import annotations

__all__ = ["CatalogFamily", "CatalogEntry", "FAMILIES", "TABLES", "unavailable", "entries",
           "family_of", "procedure_ranks"]

import functools

from .syntax.names import fold
from .windev_catalog_charts import CHART_NAMES
from .windev_catalog_controls import CONTROL_NAMES
from .windev_catalog_devices import DEVICE_NAMES
from .windev_catalog_drawing import DRAWING_NAMES
from .windev_catalog_english import ENGLISH_NAMES
from .windev_catalog_exact import EXACT_NAMES
from .windev_catalog_families import FAMILIES, CatalogEntry, CatalogFamily
from .windev_catalog_hfsql import HFSQL_NAMES
from .windev_catalog_more import MORE_NAMES, MORE_PREFIXES
from .windev_catalog_names import NAMES, PREFIXES
from .windev_catalog_nopage import NOPAGE_NAMES
from .windev_catalog_printing import PRINTING_NAMES
from .windev_catalog_products import PRODUCT_NAMES

# every table of `English French` lines, by family (the checker, the mocks and the tests
# of the English names read them all)
TABLES: tuple[dict[CatalogFamily, str], ...] = (
    NAMES, MORE_NAMES, ENGLISH_NAMES, HFSQL_NAMES, CHART_NAMES, DRAWING_NAMES,
    PRINTING_NAMES, DEVICE_NAMES, PRODUCT_NAMES, CONTROL_NAMES, NOPAGE_NAMES)


# The catalogued functions that take a WLanguage procedure, as a value or by its name
# in a text (a callback): English name (folded) -> the 0-based rank of that parameter,
# as the registered built-ins mark theirs ProcArg (registry.py). The checker says no
# WL202 at such a procedure's parameters: their caller imposes them.
PROCEDURE_PARAMS = {
    "timer": 0,  # VERIFIED ?3015008
    "timersys": 0,  # VERIFIED ?3015006
    "hwatch": 1,  # VERIFIED ?1000022407 (HTrack, in French HSurveille)
    "honservercall": 1,  # VERIFIED ?3044343
}


def procedure_ranks(name: str) -> tuple[int, ...]:
    """The ranks of the parameters of the catalogued function `name` that take a
    procedure (PROCEDURE_PARAMS); () for any other name."""
    entry = unavailable(name)
    rank = PROCEDURE_PARAMS.get(fold(entry.en)) if entry is not None else None
    return () if rank is None else (rank,)


@functools.lru_cache(maxsize=1)
def _by_name() -> dict[str, CatalogEntry]:
    """The pairs by folded name, built on first use (most runs never ask)."""
    table: dict[str, CatalogEntry] = {}
    for fam, text in (item for table in TABLES for item in table.items()):
        for line in text.split("\n"):
            words = line.split("#", 1)[0].split()  # `# VERIFIED ?id` / `# INFERRED`
            if not words:
                continue
            en, fr = words[0], words[-1]
            entry = CatalogEntry(en, fr, fam)
            for name in (en, fr):
                key = fold(name)
                if key in table and table[key] != entry:
                    raise ValueError(f"windev_catalog: {name} listed twice")
                table[key] = entry
    return table


@functools.lru_cache(maxsize=1)
def _exact() -> dict[str, CatalogFamily]:
    """The French names listed instead of a prefix (windev_catalog_exact.py), by folded
    name, with their family."""
    return {fold(name): fam for fam, text in EXACT_NAMES.items() for name in text.split()}


def _registered(key: str) -> bool:
    from .registry import load_stdlib  # late: the stdlib imports modules that import us
    return key in load_stdlib().functions


def family_of(name: str) -> CatalogEntry | None:
    """The catalog's entry for `name` (exact pair, else prefix), ignoring the registry."""
    key = fold(name)
    entry = _by_name().get(key)
    if entry is not None:
        return entry
    fam = _exact().get(key)
    if fam is not None:  # named as the program writes it (the list has no accents)
        return CatalogEntry(name, name, fam)
    if "_" in key:  # no WINDEV function's name has one: `Socket_Envoyer`, `Table_Remplir`
        return None  # are the program's (or unknown), not the Socket or Table family's
    for prefix, fam, excluded in PREFIXES + MORE_PREFIXES:
        if key.startswith(prefix) and len(key) > len(prefix) \
                and not any(key.startswith(x) for x in excluded):
            return CatalogEntry(name, name, fam, by_prefix=True)
    return None


def unavailable(name: str) -> CatalogEntry | None:
    """The entry for a WINDEV function wlinterp knows but does not run; None when the
    name is a registered built-in (the registry wins) or not a known WINDEV name."""
    if _registered(fold(name)):
        return None
    return family_of(name)


def entries() -> list[CatalogEntry]:
    """Every listed pair that the registry does not implement (prefix matches aside),
    for the checker and the test runner's mocks."""
    seen: dict[int, CatalogEntry] = {}
    for entry in _by_name().values():
        if not _registered(fold(entry.en)) and not _registered(fold(entry.fr)):
            seen.setdefault(id(entry), entry)
    return list(seen.values())
