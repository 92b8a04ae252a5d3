"""Data files described in code and declared from another analysis: the File Description
and Item Description types, the hItem.../hRubrique... item types and key types,
HDescribeItem/HDécritRubrique, HDescribeFile/HDécritFichier, HDeclare/HDéclare.
(Split from hfsql_connection.py, which keeps the connections and HDeclareExternal, a
declaration through a connection.)"""
from __future__ import annotations

from typing import Any

from wlinterp.errors import WLRuntimeError
from wlinterp.hfsql.describe import (DUPLICATES_KEY, ITEM_TYPE_CONSTANTS, NOT_A_KEY,
                                     PRIMARY_KEY, UNIQUE_KEY, FileDescription,
                                     ItemDescription)
from wlinterp.hfsql.errors import FILE_MISSING, HFError
from wlinterp.registry import Family
from wlinterp.runtime import values as V
from wlinterp.runtime.state import Runtime

from .hfsql_base import db_of, h_function, name_arg

family = Family("HFSQL data files described in code")

# (the joined spellings are what a several-word type phrase is looked up by; no
# one-word alias such as "Item": a data file may well be called Item)
family.type("File Description", "Description de Fichier", FileDescription, "FileDescription",
            "DescriptionDeFichier")
family.type("Item Description", "Description de Rubrique", ItemDescription, "ItemDescription",
            "DescriptionDeRubrique")
# hRubTexte: the French spelling of the pages' examples (?3044206, ?1514071); the other
# hRub... forms (hRubEntier, hRubDate...) by analogy with it, INFERRED (real code tests an
# item's type with them: docs/hfsql.md "Files described in code")
# their values: HFConstant.h's eHITEMTYPE codes (wlinterp/hfsql/describe.py
# ITEM_TYPE_CONSTANTS, in this order), as HListItem and HInfoItem give an item's type
for _value, (_en, _fr, *_more) in zip(ITEM_TYPE_CONSTANTS, (
        ("hItemText", "hRubriqueTexte", "hRubTexte"),
        ("hItemInt", "hRubriqueEntier", "hRubEntier"),
        ("hItemReal", "hRubriqueRéel", "hRubRéel"),
        ("hItemCurrency", "hRubriqueMonétaire", "hRubMonétaire"),
        ("hItemDate", "hRubriqueDate", "hRubDate"),
        ("hItemTime", "hRubriqueHeure", "hRubHeure"),
        ("hItemDateTime", "hRubriqueDateHeure", "hRubDateHeure"),
        ("hItemBoolean", "hRubriqueBooléen", "hRubBooléen"),
        ("hItemAutoID", "hRubriqueIdAuto", "hRubIdAuto"),
        ("hItemMemoText", "hRubriqueMémoTexte", "hRubMémoTexte"),
        ("hItemInt8", "hRubriqueEntier8", "hRubEntier8"),
        ("hItemUnicodeText", "hRubriqueTexteUnicode", "hRubTexteUnicode"),
        ("hItemBinaryMemo", "hRubriqueMémoBinaire", "hRubMémoBinaire")), strict=True):
    family.constant(_en, _fr, _value, *_more)
# ..KeyType: HFConstant.h's eHKEYTYPE (HNOTAKEY 2060, HUNIQUEKEY, HDUPLICATESKEY); hPrimaryKey
# (?2512060, v28, newer than the header) INFERRED as the enumeration's next value
family.constant("hNotAKey", "hNonClé", NOT_A_KEY)
family.constant("hUniqueKey", "hCléUnique", UNIQUE_KEY)
family.constant("hDuplicatesKey", "hCléAvecDoublon", DUPLICATES_KEY)
family.constant("hPrimaryKey", "hCléPrimaire", PRIMARY_KEY)  # French name INFERRED


@family.function("HDescribeItem", "HDécritRubrique")
def h_describe_item(rt: Runtime, file: Any, item: Any) -> bool:
    """Add an Item Description (a copy) to a File Description, then reinitialize the
    variable for the next item (VERIFIED, ?1514071: "The Item description variable is
    reinitialized and it can be used to describe another file item"); its key type and
    size carried over, so a key set for the first item made every later item a key."""
    if not isinstance(file, FileDescription) or not isinstance(item, ItemDescription):
        raise WLRuntimeError("HDescribeItem expects a File Description and an Item "
                             "Description.")
    copy = ItemDescription()
    copy.__dict__.update(item.__dict__)
    file.items.append(copy)
    item.__dict__.update(ItemDescription().__dict__)
    return True


@h_function(family, "HDescribeFile", "HDécritFichier")
def h_describe_file(rt: Runtime, file: Any) -> bool:
    """Declare the described data file: `Name.Item`, the H* functions and FOR EACH reach
    it; its table is created on first use (or by HCreation). The variable is then
    reinitialized for another file (VERIFIED, ?1514065: "The File Description variable
    is reinitialized and can be used to describe another data file"); its items carried
    over, so a second file described with it had the first one's items too."""
    if not isinstance(file, FileDescription):
        raise WLRuntimeError("HDescribeFile expects a File Description variable.")
    db_of(rt).declare(file.to_file())
    file.__dict__.update(FileDescription().__dict__)
    return True


# -- HDeclare, HDeclareExternal ---------------------------------------------------------
@h_function(family, "HDeclare", "HDéclare")
def h_declare(rt: Runtime, file: Any, analysis: Any, password: Any = None,
              alias: Any = None) -> bool:
    """Declare a data file described in another analysis (an `.xdd` export), under its
    own name or `alias`; its table is the one that analysis names."""
    from dataclasses import replace

    from wlinterp.hfsql.analysis import AnalysisError, read_xdd
    path = V.to_str(analysis)
    try:
        other = read_xdd(path)
    except (AnalysisError, OSError) as exc:
        raise HFError(FILE_MISSING, f"HDeclare: the analysis {path} cannot be read: {exc}") \
            from None
    name = name_arg(file)
    desc = other.file(name)
    if desc is None:
        raise HFError(FILE_MISSING, f"HDeclare: the analysis {path} has no data file "
                                    f"'{name}'.", name)
    if alias is not None and V.to_str(alias):
        desc = replace(desc, name=V.to_str(alias))
    db_of(rt).declare(desc)
    return True
