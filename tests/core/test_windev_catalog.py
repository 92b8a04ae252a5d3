"""The catalog of WINDEV functions wlinterp knows but does not run (windev_catalog)."""
from __future__ import annotations

import pytest

from wlinterp import windev_catalog as C
from wlinterp.registry import load_stdlib
from wlinterp.syntax.names import fold


@pytest.mark.parametrize("name, en, family", [
    ("TableDisplay", "TableDisplay", "windows"),
    ("tableaffiche", "tableaffiche", "windows"),      # a prefix match keeps the spelling
    ("OUVRE", "Open", "windows"),
    ("HCopieFichier", "HCopyFile", "hfsql"),
    ("AppelDLL32", "CallDLL32", "winapi"),
    ("ÉcranVersFichier", "ScreenToFile", "screen"),
    ("PageAffiche", "PageDisplay", "webdev"),
    ("EmailRecupereIndicateur", "EmailGetIndicator", "messaging"),
    ("emailseekfirst", "EmailSeekFirst", "messaging"),
    ("EmailCherchePremierNotes", "EmailSeekFirstNotes", "messaging"),
    ("EmailOuvreSessionOutlook", "EmailStartOutlookSession", "messaging"),
    ("ThreadSuspend", "ThreadSuspend", "threads"),  # a prefix match
    ("FTPProxy", "FTPProxy", "network"),  # a prefix match (FTPListFile is a built-in)
    ("fSélecteur", "fSelect", "windows"),
    ("TIMERSYS", "TimerSys", "windows"),
    ("fRepWeb", "fWebDir", "webdev"),
    ("xlsDonnée", "xlsDonnée", "office"),  # a prefix match
    ("xlsOpen", "xlsOpen", "office"),
    ("evenement", "Event", "windows"),       # measured on real code (windev_catalog_more)
    ("FenEnExecution", "WinInExecution", "windows"),  # INFERRED English name
    ("FenEnCours", "CurrentWin", "windows"),
    ("objetactif", "ObjectActive", "activex"),
    ("ChampGrisé", "ControlGrayed", "windows"),  # INFERRED English name
    ("BTLEConnecte", "BTLEConnecte", "device"),
    ("ComposantCharge", "ComposantCharge", "ide"),
    ("RegistreLitBuffer", "RegistreLitBuffer", "registry"),
])
def test_lookup_is_folded_and_names_the_family(name: str, en: str, family: str) -> None:
    entry = C.unavailable(name)
    assert entry is not None and entry.en == en and entry.family.key == family


def test_pairs_carry_both_languages() -> None:
    entry = C.unavailable("YesNo")
    assert (entry.en, entry.fr) == ("YesNo", "OuiNon")
    assert C.unavailable("OuiNon") is entry
    assert entry.message() == ("YesNo is a window function: not available outside the IDE "
                               "(wlinterp runs code without windows).")


@pytest.mark.parametrize("name, shown", [("EmailSeekFirst", "EmailSeekFirst"),
                                         ("emailcherchepremier", "EmailCherchePremier"),
                                         ("EmailChangeStatus", "EmailChangeStatus"),
                                         ("EMAILRECUPEREINDICATEUR", "EMAILRECUPEREINDICATEUR")])
def test_outlook_and_notes_functions_say_so(name: str, shown: str) -> None:
    """EmailSeekFirst, EmailChangeStatus and EmailGetIndicator were "an e-mail function:
    not implemented by wlinterp yet", as if IMAP support were missing: their constants
    (emailAll, emailBody, emailMessageID) are shared with EmailSeekFirstNotes on ?3032138
    and EmailRécupèreIndicateur is Outlook's follow-up flag (UNVERIFIED, docs/builtins.md):
    they drive Outlook/Lotus Notes, so the message says that and "outside Windows"."""
    entry = C.unavailable(name)
    assert entry is not None and entry.family.key == "messaging"
    message = entry.message(shown)
    assert message.startswith(f"{shown} is an Outlook/Lotus Notes messaging function: "
                              "not available outside Windows")
    assert "socket" not in message and "docs/email.md" in message


@pytest.mark.parametrize("name", ["Length", "Taille", "TableauAjoute", "ArrayAdd",
                                  "fLoadText", "Trace", "NoSuchThing", "Table", "H",
                                  "ExécuteThreadPrincipal", "SemaphoreStart", "ThreadEnvoieSignal",
                                  "SocketÉcrit", "HTTPEnvoie", "NetworkUser", "ProjetInfo",
                                  "BtnValider", "DocumentImprime"])
def test_registered_or_unknown_names_are_not_catalogued(name: str) -> None:
    assert C.unavailable(name) is None


def test_the_registry_wins(monkeypatch: pytest.MonkeyPatch) -> None:
    """Once a family implements a catalogued name, the catalog stops reporting it."""
    functions = load_stdlib().functions
    fake = functions[fold("Length")]
    monkeypatch.setitem(functions, fold("HReadSeekFirst"), fake)
    assert C.unavailable("HReadSeekFirst") is None
    assert C.family_of("HReadSeekFirst") is not None
    assert all(e.en != "HReadSeekFirst" for e in C.entries())


def test_no_catalogued_pair_is_a_registered_builtin() -> None:
    registered = load_stdlib().functions
    for entry in C.entries():
        assert fold(entry.en) not in registered and fold(entry.fr) not in registered
    assert {e.family for e in C.entries()} <= set(C.FAMILIES)


def test_method_form_fails_with_the_catalog_message() -> None:
    from wlinterp.engine import run_source
    from wlinterp.errors import WLRuntimeError
    import io
    src = 's is string = "x"\ns.TableDisplay()\n'
    with pytest.raises(WLRuntimeError, match="TableDisplay is a window function"):
        run_source(src, "t.wl", stdout=io.StringIO(), stderr=io.StringIO())


def _doc_not_implemented_examples() -> list[str]:
    """The function names in the Examples column of docs/builtins.md's catalog table, on
    the rows whose reason says "not implemented" (a `Name*` wildcard is not a name)."""
    import re
    from pathlib import Path
    doc = Path(__file__).resolve().parents[2] / "docs" / "builtins.md"
    names: list[str] = []
    for line in doc.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) != 4 or "not implemented" not in cells[3]:
            continue
        for word in re.findall(r"[\w]+\*?", cells[2]):
            if not word.endswith("*") and sum(ch.isupper() for ch in word) >= 2:
                names.append(word)
    return names


def test_the_not_implemented_examples_of_the_doc_are_not_built_ins() -> None:
    names = _doc_not_implemented_examples()
    assert len(names) >= 8, names  # the table was found and read
    functions = load_stdlib().functions
    registered = [n for n in names if fold(n) in functions]
    assert not registered, f"docs/builtins.md calls these not implemented: {registered}"
    unknown = [n for n in names if C.unavailable(n) is None]
    assert not unknown, unknown
