"""A class the IDE generated from a data file ("Regenerate the model class", sources
written for this test in that layout, English and French): its generated members sit
between `<MAPPING>` and `<FIN>` / `<END>` lines, and every line of the declaration may end
with a `<§rad:1§>` marker. Neither is code: the class parses, `wl check` accepts it and its
members work when it runs (the marker lines used to be a syntax error at `<`)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from wl_test_helpers import check_json

CLASSES = {
    "en": ("MCustomer", """\
info :
 name : MCustomer
 type : 4
class :
 code_elements :
  type_code : 10
  p_codes :
   -
     code : |1-
      MCustomer is a Class <mapping=Customer>
      	// generated from the data file: do not edit between the two markers
      	<MAPPING><§rad:1§>
      	m_sName		is string ANSI	<mapping=Name, Serialize="Name"><§rad:1§>
      	m_nAge		is int			<mapping=Age><§rad:1§>
      	<END><§rad:1§>
      	<§rad:1§>
      	m_bLoaded is boolean
      END<§rad:1§>
      <§rad:1§>
     type : 131072
  procedures :
   -
     name : Describe
     type_code : 12
     code : |1+
      PROCEDURE Describe()
      RESULT :m_sName + " " + :m_nAge
     type : 458752
""", "c is MCustomer\nc.m_sName = \"Ann\"\nc.m_nAge = 40\nTrace(c.Describe(), c.m_bLoaded)\n"),
    "fr": ("MClient", """\
info :
 name : MClient
 type : 4
class :
 code_elements :
  type_code : 10
  p_codes :
   -
     code : |1-
      MClient est une Classe <mapping=Client>
      	<MAPPING><§rad:1§>
      	m_sNom		est une chaîne ANSI		<mapping=Nom, Serialise="Nom"><§rad:1§>
      	m_nAge		est un entier			<mapping=Age><§rad:1§>
      	<FIN><§rad:1§>
      	<§rad:1§>
      	m_bChargé est un booléen
      FIN<§rad:1§>
      <§rad:1§>
     type : 131072
  procedures :
   -
     name : Décrire
     type_code : 12
     code : |1+
      PROCÉDURE Décrire()
      RENVOYER :m_sNom + " " + :m_nAge
     type : 458752
""", "c est un MClient\nc.m_sNom = \"Ann\"\nc.m_nAge = 40\nTrace(c.Décrire(), c.m_bChargé)\n"),
}


@pytest.mark.parametrize("lang", sorted(CLASSES))
def test_a_generated_model_class_checks_and_runs(lang: str, tmp_path: Path) -> None:
    name, text, script = CLASSES[lang]
    (tmp_path / f"{name}.wdc").write_text(text, encoding="utf-8")
    (tmp_path / "main.wl").write_text(script, encoding="utf-8")
    assert check_json(tmp_path) == []
    done = subprocess.run([sys.executable, "-m", "wlinterp", "run", str(tmp_path / "main.wl")],
                          capture_output=True, text=True, encoding="utf-8", timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["Ann 40, 0"]


def test_a_marker_elsewhere_is_still_code() -> None:
    """Only a line holding nothing but `<MAPPING>`, or `<FIN>` / `<END>` after one, is
    skipped (a compile-time `<SI ...>` block ends with its own `<FIN>`, read before); an
    unknown `<§...§>` is still text."""
    from wlinterp.errors import WLSyntaxError
    from wlinterp.syntax.parser import parse
    with pytest.raises(WLSyntaxError):
        parse("x is int\n<MAPPING> x = 1\n", "m.wl")
    with pytest.raises(WLSyntaxError):  # a <FIN> with no <MAPPING> before it
        parse("x is int\n<FIN>\n", "m.wl")
    program = parse("s is string = <§$0001§>\n", "m.wl")
    assert program.main.stmts


@pytest.mark.parametrize("lang", sorted(CLASSES))
def test_the_class_written_in_capitals_checks_and_runs(lang: str, tmp_path: Path) -> None:
    """The same class with its code in capitals, `<§RAD:1§>` markers too (code is read
    in any case; the marker stopped the declaration: "unexpected the string
    \\"<§RAD:1§>\\"", seen on a real model class run in capitals)."""
    name, text, script = CLASSES[lang]
    head, _, code = text.partition("code : |1-\n")
    (tmp_path / f"{name}.wdc").write_text(head + "code : |1-\n" + code.upper()
                                          .replace("TYPE :", "type :")
                                          .replace("CODE :", "code :")
                                          .replace("NAME :", "name :")
                                          .replace("TYPE_CODE :", "type_code :")
                                          .replace("PROCEDURES :", "procedures :"),
                                          encoding="utf-8")
    (tmp_path / "main.wl").write_text(script, encoding="utf-8")
    assert "<§RAD:1§>" in (tmp_path / f"{name}.wdc").read_text(encoding="utf-8")
    assert check_json(tmp_path) == []
    done = subprocess.run([sys.executable, "-m", "wlinterp", "run", str(tmp_path / "main.wl")],
                          capture_output=True, text=True, encoding="utf-8", timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["Ann 40, 0"]
