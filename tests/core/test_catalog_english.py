"""English names of the catalogued WINDEV functions (wlinterp/windev_catalog_more.py's
marked lines, wlinterp/windev_catalog_english.py): an English program calling a window,
device or Windows function gets the same entry as a French one (WL103, never WL102),
each English name carries where it comes from (VERIFIED ?page / INFERRED), and the
counts docs/builtins.md and tests/realcode/README.md give are the table's."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from wlinterp.syntax.names import fold
from wlinterp.windev_catalog import TABLES, unavailable
from wlinterp.windev_catalog_charts import CHART_NAMES
from wlinterp.windev_catalog_controls import CONTROL_NAMES
from wlinterp.windev_catalog_devices import DEVICE_NAMES
from wlinterp.windev_catalog_drawing import DRAWING_NAMES
from wlinterp.windev_catalog_english import ENGLISH_NAMES
from wlinterp.windev_catalog_exact import EXACT_NAMES
from wlinterp.windev_catalog_more import MORE_NAMES
from wlinterp.windev_catalog_names import NAMES
from wlinterp.windev_catalog_nopage import NOPAGE_NAMES
from wlinterp.windev_catalog_printing import PRINTING_NAMES
from wlinterp.windev_catalog_products import PRODUCT_NAMES

# the tables catalogued from PC SOFT's list of French names, where every line is marked
MARKED = (MORE_NAMES, CHART_NAMES, DRAWING_NAMES, PRINTING_NAMES, DEVICE_NAMES,
          PRODUCT_NAMES, CONTROL_NAMES, NOPAGE_NAMES)

ROOT = Path(__file__).resolve().parents[2]


def _lines(table: dict) -> list[str]:
    return [line for text in table.values() for line in text.split("\n") if line.strip()]


def _marks() -> dict[str, int]:
    """How many lines of the tables say VERIFIED, INFERRED."""
    lines = [line for table in TABLES for line in _lines(table)]
    return {kind: sum(f"# {kind}" in line for line in lines)
            for kind in ("VERIFIED", "INFERRED")}


def test_every_line_of_the_measured_table_has_an_english_name_or_a_mark() -> None:
    """No French-only line is left: a one-word line says the name is the same in English
    (and how that is known); a pair without a mark is one read earlier (its page is
    named in the module's comments)."""
    bare = [line.strip() for table in MARKED for line in _lines(table)
            if len(line.split("#", 1)[0].split()) == 1 and "#" not in line]
    assert bare == []


@pytest.mark.parametrize("table", MARKED[1:], ids=["charts", "drawing", "printing",
                                                   "devices", "products", "controls",
                                                   "no page"])
def test_every_line_of_the_tables_from_the_french_list_is_marked(table: dict) -> None:
    """The tables added from PC SOFT's French list say, on each line, where its English
    name comes from: a page read (VERIFIED ?id) or the family's pattern (INFERRED)."""
    unmarked = [line.strip() for line in _lines(table)
                if "# VERIFIED ?" not in line and "# INFERRED" not in line]
    assert unmarked == []


def test_each_verified_mark_names_a_page() -> None:
    for line in (line for table in TABLES for line in _lines(table)):
        if "# VERIFIED" in line:
            assert re.search(r"# VERIFIED \?\d+", line), line


def test_the_english_pairs_are_of_the_families_listed_by_french_names() -> None:
    """windev_catalog_english.py adds English names only: each of its French names is
    one windev_catalog_exact.py lists, in the same family."""
    exact = {fold(n): fam for fam, text in EXACT_NAMES.items() for n in text.split()}
    for fam, text in ENGLISH_NAMES.items():
        for line in text.split("\n"):
            words = line.split("#", 1)[0].split()
            if words:
                assert exact.get(fold(words[-1])) is fam, line


@pytest.mark.parametrize("en, fr, family", [
    ("Iconize", "Iconise", "windows"), ("Maximize", "Maximise", "windows"),
    ("EndTimer", "FinTimer", "windows"), ("Timer", "Timer", "windows"),
    ("YesNoAsynchronous", "OuiNonAsynchrone", "windows"),
    ("OKCancelAsynchronous", "OKAnnulerAsynchrone", "windows"),
    ("ToClipboard", "VersPressePapier", "windows"), ("Gauge", "Jauge", "windows"),
    ("TextWidth", "TexteLargeur", "windows"), ("WinInExecution", "FenEnExécution", "windows"),
    ("MenuAddOption", "MenuAjouteOption", "windows"), ("DocToPDF", "DocVersPDF", "windows"),
    ("MapAddMarker", "CarteAjouteMarqueur", "windows"),
    ("VideoDisplay", "VidéoAffiche", "device"), ("BCCapture", "CBCapture", "device"),
    ("WinAdaptSize", "FenAdapteTaille", "windows"), ("ControlFirst", "ChampPremier", "windows"),
    ("AssistedInputAdd", "SaisieAssistéeAjoute", "windows"),
    ("NetworkConnect", "RéseauConnecte", "winapi"),
    ("SysScreenResolution", "SysRésolutionEcran", "winapi"),
    ("EmailChangeStatus", "EmailChangeEtat", "messaging"),
    ("ProfilerStart", "AnalyseurDébut", "ide"), ("LoadWDL", "ChargeWDL", "ide"),
    ("SendMessage", "EnvoieMessage", "winapi"), ("PageUse", "PageUtilise", "webdev"),
    ("PageDisplayDialog", "PageAfficheDialogue", "webdev"),
    ("sOpen", "sOuvre", "device"), ("sInEntryQueue", "sDansFileEntrée", "device"),
    ("grLegend", "grLégende", "chart"), ("dPolygon", "dPolygone", "drawing"),
    ("iPrintZone", "iImprimeZone", "printing"), ("PDFMerge", "PDFFusionne", "pdf"),
    ("ServiceStart", "ServiceDémarre", "winapi"), ("OLEEdit", "OLEEdite", "activex"),
    ("NotesOpenDatabase", "NotesOuvreBase", "product"), ("OrgAdd", "OrgaAjoute", "windows"),
    ("NetOpenRemoteAccess", "NetOuvreAccèsDistant", "network"),
    ("dbgEnableAudit", "dbgActiveAudit", "ide"), ("gLink", "gLien", "windows"),
])
def test_english_and_french_names_are_one_entry(en: str, fr: str, family: str) -> None:
    entry = unavailable(en)
    assert entry is not None and not entry.by_prefix
    assert (entry.en, entry.fr, entry.family.key) == (en, fr, family)
    assert unavailable(fr) is entry and unavailable(en.upper()) is entry


@pytest.mark.parametrize("name", ["MapRoute", "MenuMain", "DocumentPrint", "VideoNext",
                                  "ContactSend", "CalendarOfEvents", "GaugeLevel"])
def test_english_names_match_exactly_never_as_a_prefix(name: str) -> None:
    assert unavailable(name) is None


@pytest.mark.parametrize("doc", ["docs/builtins.md", "tests/realcode/README.md"])
def test_the_documented_counts_are_the_table_s(doc: str) -> None:
    text = (ROOT / doc).read_text(encoding="utf-8")
    marks = _marks()
    found = re.search(r"(\d+) VERIFIED \(read on a page\), (\d+) INFERRED", text)
    assert found, f"{doc} gives no count"
    assert (int(found[1]), int(found[2])) == (marks["VERIFIED"], marks["INFERRED"])
