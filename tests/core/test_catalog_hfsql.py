"""The H* functions catalogued as needing an HFSQL server or HFSQL's own engine
(wlinterp/windev_catalog_hfsql.py): one entry for both names, every line marked, the
count docs/hfsql.md gives is the table's, and a function built since leaves the table."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from wlinterp.registry import load_stdlib
from wlinterp.syntax.names import fold
from wlinterp.windev_catalog import unavailable
from wlinterp.windev_catalog_hfsql import HFSQL_NAMES

ROOT = Path(__file__).resolve().parents[2]
LINES = [line for text in HFSQL_NAMES.values() for line in text.split("\n") if line.strip()]


def test_every_line_is_a_pair_with_a_mark() -> None:
    for line in LINES:
        words, _, mark = line.partition("#")
        assert len(words.split()) == 2, line
        assert re.fullmatch(r" (VERIFIED \?\d+|INFERRED)", mark.rstrip()), line


def test_no_catalogued_name_is_a_built_in() -> None:
    """A function built (stdlib/hfsql_*.py) leaves the table, so that the table says
    what does not run."""
    functions = load_stdlib().functions
    built = [line.split()[0] for line in LINES
             if {fold(w) for w in line.split("#")[0].split()} & set(functions)]
    assert built == []


@pytest.mark.parametrize("en, fr, family", [
    ("HAddUser", "HAjouteUtilisateur", "hfsql_server"),
    ("HInfoServerRights", "HInfoDroitServeur", "hfsql_server"),
    ("HClusterStart", "HClusterDémarre", "hfsql_server"),
    ("HNotifConfigure", "HNotifConfigure", "hfsql_server"),
    ("HLogStop", "HJournalStop", "hfsql_engine"),
    ("HRplManageFile", "HRplGestionFichier", "hfsql_engine"),
    ("HDBOpen", "HDBOuvre", "hfsql_engine"),
    ("HExportXLS", "HExporteXLS", "office"),
    ("HTMLClassAdd", "HTMLClasseAjoute", "webdev"),
    ("ReplicOpen", "ReplicOuvre", "hfsql_engine"),
    ("ReplicDeleteSubscription", "ReplicSupprimeAbonnement", "hfsql_engine"),
    ("HCompareItem", "HCompareRubrique", "hfsql"),
    ("HCheckMemo", "HVérifieMémo", "hfsql"),
])
def test_english_and_french_names_are_one_entry(en: str, fr: str, family: str) -> None:
    entry = unavailable(en)
    assert entry is not None and not entry.by_prefix
    assert (entry.en, entry.fr, entry.family.key) == (en, fr, family)
    assert unavailable(fr) is entry and unavailable(fold(fr).upper()) is entry


def test_the_documented_count_is_the_table_s() -> None:
    text = (ROOT / "docs/hfsql.md").read_text(encoding="utf-8")
    found = re.search(r"(\d+) H\* (?:and Replic\* )?lines: (\d+) VERIFIED \(read on a page\), "
                      r"(\d+) INFERRED", text)
    assert found, "docs/hfsql.md gives no count"
    verified = sum("# VERIFIED" in line for line in LINES)
    assert (int(found[1]), int(found[2]), int(found[3])) == (
        len(LINES), verified, len(LINES) - verified)
