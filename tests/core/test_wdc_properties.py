"""A class's property in a text-format .wdc is saved as one element per accessor, each a
plain method header (`PROCEDURE PUBLIC Total()`, `PROCEDURE PUBLIC Total(Value)`) whose
element type says getter (1966080) or setter (2031616): the loader makes them `<get>` and
`<set>` (wlinterp/syntax/winfile.py), in English and in French, a return type or a
comment on the header included. Written as a pair in code, the same two methods are two
syntaxes (tests/golden/classes/method_pair_is_two_syntaxes.wl)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from windev_text import class_file, procedure_set  # noqa: E402

from wlinterp.syntax.winfile import program_source  # noqa: E402

ENGLISH = class_file("CCounter", "CCounter is a Class\n\tm_n is int\nEND", {
    "Add": "PROCEDURE Add()\nm_n++",
    "Add ": "PROCEDURE Add(n is int)\nm_n += n",
}, {
    "Double": ["PROCEDURE PUBLIC Double() : int // twice the count\n\nRESULT m_n * 2",
               "PROCEDURE PUBLIC Double(Value) // the half is kept\n\nm_n = IntegerPart(Value / 2)"],
    "Count": ["PROCEDURE PUBLIC Count()\nRESULT m_n"],
})
FRENCH = class_file("CCompteur", "CCompteur est une Classe\n\tm_n est un entier\nFIN", {
    "Ajoute": "PROCÉDURE Ajoute()\nm_n++",
    "Ajoute ": "PROCÉDURE Ajoute(n est un entier)\nm_n += n",
}, {
    "Double": ["PROCÉDURE PUBLIQUE Double() : entier\nRENVOYER m_n * 2",
               "PROCÉDURE PUBLIQUE Double(Valeur)\nm_n = PartieEntière(Valeur / 2)"],
    "Nombre": ["PROCÉDURE PUBLIQUE Nombre()\nRENVOYER m_n"],
})
CASES = {
    "en": ("CCounter.wdc", ENGLISH, "PROCEDURE Main()\no is CCounter\no.Add()\no.Add(5)\n"
           "Trace(o.Count, o.Double)\no.Double = 20\nTrace(o.Count)"),
    "fr": ("CCompteur.wdc", FRENCH, "PROCÉDURE Main()\no est un CCompteur\no.Ajoute()\n"
           "o.Ajoute(5)\nTrace(o.Nombre, o.Double)\no.Double = 20\nTrace(o.Nombre)"),
}


def _wl(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "wlinterp", *args], capture_output=True,
                          text=True, encoding="utf-8", timeout=120)


def test_the_accessors_are_marked_before_a_return_type_or_a_comment() -> None:
    lines = program_source(ENGLISH, "CCounter.wdc").splitlines()
    headers = [ln.strip() for ln in lines if "Double(" in ln or "Count(" in ln]
    assert headers == ["PROCEDURE PUBLIC CCounter::Double() <get> : int // twice the count",
                       "PROCEDURE PUBLIC CCounter::Double(Value) <set> // the half is kept",
                       "PROCEDURE PUBLIC CCounter::Count() <get>"]


@pytest.mark.parametrize("lang", sorted(CASES))
def test_properties_and_method_syntaxes_run_and_check(lang: str, tmp_path: Path) -> None:
    name, text, main = CASES[lang]
    (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "SET_Use.wdg").write_text(procedure_set("SET_Use", "", {"Main": main}),
                                          encoding="utf-8")
    done = _wl("run", "--call", "Main", str(tmp_path / "SET_Use.wdg"))
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["6, 12", "10"]
    checked = _wl("check", str(tmp_path))
    assert "0 error(s), 0 warning(s)" in checked.stdout + checked.stderr, checked.stdout


def test_an_accessor_written_after_the_return_type_in_a_wdc(tmp_path: Path) -> None:
    """A method element whose header says `: int <get>` (the attribute after the return
    type) is a property's getter too, with its `<set>` partner; a property element whose
    header already says so is not harmed by the loader's own marking."""
    text = class_file("CStock", "CStock is a Class\n\tm_units is int\nEND", {
        "Units": "PROCEDURE PUBLIC Units() : int <get>\nRESULT m_units",
        "Units ": "PROCEDURE PUBLIC Units(n is int) <set>\nm_units = n",
    }, {"Boxes": ["PROCÉDURE PUBLIQUE Boxes() : entier <get>\nRENVOYER m_units / 6"]})
    (tmp_path / "CStock.wdc").write_text(text, encoding="utf-8")
    main = "PROCEDURE Main()\ns is CStock\ns.Units = 12\nTrace(s.Units, s.Boxes)"
    (tmp_path / "SET_Use.wdg").write_text(procedure_set("SET_Use", "", {"Main": main}),
                                          encoding="utf-8")
    done = _wl("run", "--call", "Main", str(tmp_path / "SET_Use.wdg"))
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["12, 2"]
    checked = _wl("check", str(tmp_path))
    assert "0 error(s), 0 warning(s)" in checked.stdout + checked.stderr, checked.stdout
