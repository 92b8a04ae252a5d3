"""Secrets kept in an array member (`Add(o.Mots_De_Passe, pw)`, `st.arrPasswords.Add(pw)`)
or under an associative array's key named like a secret (`aa["password"] = pw`,
`aa["MotDePasse"] = pw`), under a key a variable holds whose value is named so as the
store runs (`aa[sKey] = pw`) or computed by an expression (`aa[Lower(s)] = pw`: it was not
judged), or in a JSON variable's member named so (`j.password = pw`)
are known by their value (compiler/secret_stores.py): `wl run`'s
errors star them, and so does `wl test`'s report, in a failed check, in the case's
captured output (Trace) and in an `// expect:` difference (testing/engine.py), where the
value read from a file was shown in clear. English and French."""
from __future__ import annotations

from pathlib import Path

import pytest

SECRET = "fromfile-Secret1"
STARS = "*" * len(SECRET)

def _run(wl_inproc, tmp_path: Path, source: str) -> tuple[int, str, str]:
    """`wl run` of `source`, DIR naming the folder of pw.txt (which holds SECRET)."""
    (tmp_path / "pw.txt").write_text(SECRET, encoding="utf-8")
    path = tmp_path / "s.wl"
    path.write_text(source.replace("DIR", str(tmp_path)), encoding="utf-8")
    return wl_inproc("run", str(path))


_CLASS_EN = "CUser is Class\n\tMots_De_Passe is array of strings\nEND\n"
_STRUCT_EN = "ST is Structure\n\tarrPasswords is array of strings\nEND\n"
_CLASS_FR = "CCompte est une Classe\n\tm_tabMdp est un tableau de chaînes\nFIN\n"


@pytest.mark.parametrize("source", [
    _CLASS_EN + 'o is CUser\nAdd(o.Mots_De_Passe, fLoadText("DIR/pw.txt"))\n'
    "s is string = o.Mots_De_Passe[1]\nd is Duration = s\n",
    _CLASS_EN + 'o is CUser\no.Mots_De_Passe.Add(fLoadText("DIR/pw.txt"))\n'
    "s is string = o.Mots_De_Passe[1]\nd is Duration = s\n",
    _STRUCT_EN + 'st is ST\nst.arrPasswords.Add(fLoadText("DIR/pw.txt"))\n'
    "s is string = st.arrPasswords[1]\nd is Duration = s\n",
    _STRUCT_EN + 'st is ST\nArrayAdd(st.arrPasswords, "x")\n'
    'st.arrPasswords[1] = fLoadText("DIR/pw.txt")\n'
    "s is string = st.arrPasswords[1]\nd is Duration = s\n",
    _CLASS_FR + 'o est un CCompte\no.Charge(fChargeTexte("DIR/pw.txt"))\n'
    "s est une chaîne = o.m_tabMdp[1]\nd est une Durée = s\n"
    "PROCÉDURE CCompte::Charge(sLu)\nAjoute(:m_tabMdp, sLu)\n",
    'aa is associative array of strings\naa["password"] = fLoadText("DIR/pw.txt")\n'
    's is string = aa["password"]\nd is Duration = s\n',
    'aa is associative array of strings\naa["API_TOKEN"] = fLoadText("DIR/pw.txt")\n'
    's is string = aa["API_TOKEN"]\nd is Duration = s\n',
    "aa est un tableau associatif de chaînes\n"
    'aa["MotDePasse"] = fChargeTexte("DIR/pw.txt")\n'
    's est une chaîne = aa["MotDePasse"]\nd est une Durée = s\n',
    _STRUCT_EN.replace("arrPasswords is array", "aaInfo is associative array")
    + 'st is ST\nst.aaInfo["mdp"] = fLoadText("DIR/pw.txt")\n'
    's is string = st.aaInfo["mdp"]\nd is Duration = s\n',
    # a key a variable holds, judged as the store runs; a JSON's member
    'sText is string = fLoadText("DIR/pw.txt")\nsKey is string = "password"\n'
    "aa is associative array of strings\naa[sKey] = sText\n"
    's is string = aa["password"]\nd is Duration = s\n',
    'sTexte est une chaîne = fChargeTexte("DIR/pw.txt")\nsClé est une chaîne = "MotDePasse"\n'
    "aa est un tableau associatif de chaînes\naa[sClé] = sTexte\n"
    's est une chaîne = aa["MotDePasse"]\nd est une Durée = s\n',
    _STRUCT_EN.replace("arrPasswords is array", "aaInfo is associative array")
    + 'st is ST\nsKey is string = "API_TOKEN"\nst.aaInfo[sKey] = fLoadText("DIR/pw.txt")\n'
    "s is string = st.aaInfo[sKey]\nd is Duration = s\n",
    # a key computed by an expression: judged as the store runs, computed once
    'sText is string = fLoadText("DIR/pw.txt")\nsKey is string = "PassWord"\n'
    "aa is associative array of strings\naa[Lower(sKey)] = sText\n"
    's is string = aa["password"]\nd is Duration = s\n',
    'sTexte est une chaîne = fChargeTexte("DIR/pw.txt")\nsClé est une chaîne = "Passe"\n'
    "aa est un tableau associatif de chaînes\naa[\"MotDe\" + sClé] = sTexte\n"
    's est une chaîne = aa["MotDePasse"]\nd est une Durée = s\n',
    _STRUCT_EN.replace("arrPasswords is array", "aaInfo is associative array")
    + 'st is ST\nst.aaInfo[Upper("api_token")] = fLoadText("DIR/pw.txt")\n'
    's is string = st.aaInfo["API_TOKEN"]\nd is Duration = s\n',
    'j is JSON\nsText is string = fLoadText("DIR/pw.txt")\nj.password = sText\n'
    "s is string = j.password\nd is Duration = s\n",
    'j est un JSON\nj.auth.MotDePasse = fChargeTexte("DIR/pw.txt")\n'
    "s est une chaîne = j.auth.MotDePasse\nd est une Durée = s\n",
])
def test_a_run_error_stars_the_secret(wl_inproc, tmp_path: Path, source: str) -> None:
    code, out, err = _run(wl_inproc, tmp_path, source)
    assert code == 1 and SECRET not in out + err, (out, err)
    assert f"'{STARS}' is not a duration" in err, err


@pytest.mark.parametrize("source", [
    _CLASS_EN.replace("Mots_De_Passe", "Noms") + 'o is CUser\nAdd(o.Noms, fLoadText("DIR/pw.txt"))\n'
    "s is string = o.Noms[1]\nd is Duration = s\n",
    'aa is associative array of strings\naa["name"] = fLoadText("DIR/pw.txt")\n'
    's is string = aa["name"]\nd is Duration = s\n',
    'sKey is string = "name"\naa is associative array of strings\n'
    'aa[sKey] = fLoadText("DIR/pw.txt")\ns is string = aa["name"]\nd is Duration = s\n',
    'j est un JSON\nj.nom = fChargeTexte("DIR/pw.txt")\n'
    "s est une chaîne = j.nom\nd est une Durée = s\n",
    'aa is associative array of strings\naa[Lower("NAME")] = fLoadText("DIR/pw.txt")\n'
    's is string = aa["name"]\nd is Duration = s\n',
])
def test_ordinary_members_and_keys_are_shown(wl_inproc, tmp_path: Path, source: str) -> None:
    code, _, err = _run(wl_inproc, tmp_path, source)
    assert code == 1 and f"'{SECRET}' is not a duration" in err, err


_TESTS_EN = (
    _CLASS_EN
    + "PROCEDURE test_member()\no is CUser\n"
    'Add(o.Mots_De_Passe, fLoadText("DIR/pw.txt"))\n'
    "s is string = o.Mots_De_Passe[1]\nTrace(s)\n"
    'TestCheckEqual(s, "guess")\n'
    "PROCEDURE test_key()\naa is associative array of strings\n"
    'aa["password"] = fLoadText("DIR/pw.txt")\n'
    'Trace("pw: " + aa["password"]) // expect: pw: guess\n')
_TESTS_FR = (
    "PROCÉDURE test_cle()\naa est un tableau associatif de chaînes\n"
    'aa["MotDePasse"] = fChargeTexte("DIR/pw.txt")\n'
    "s est une chaîne = aa[\"MotDePasse\"]\nTrace(s)\n"
    'dbgVérifieEgalité(s, "essai")\n'
    "PROCÉDURE test_membre()\nst est une STC\n"
    'st.tabMotsDePasse.Ajoute(fChargeTexte("DIR/pw.txt"))\n'
    "Trace(st.tabMotsDePasse[1]) // expect: non\n"
    "STC est une Structure\n\ttabMotsDePasse est un tableau de chaînes\nFIN\n")


@pytest.mark.parametrize("source, cases", [(_TESTS_EN, 2), (_TESTS_FR, 2)])
def test_wl_test_stars_the_secret_in_checks_output_and_diffs(wl_inproc, tmp_path: Path,
                                                           source: str, cases: int) -> None:
    (tmp_path / "pw.txt").write_text(SECRET, encoding="utf-8")
    (tmp_path / "test_secret.wl").write_text(source.replace("DIR", str(tmp_path)),
                                             encoding="utf-8")
    code, out, err = wl_inproc("test", str(tmp_path))
    shown = out + err
    assert code == 1 and f"0 passed, {cases} failed" in shown, shown
    assert SECRET not in shown, shown
    assert shown.count("--- stdout ---") == cases, shown
    assert STARS in shown.split("--- stdout ---")[1], shown  # the Trace capture
    assert "expect (stdout)" in shown, shown  # the diff, its got line starred


def test_the_junit_report_stars_the_captured_output(wl_inproc, tmp_path: Path) -> None:
    (tmp_path / "pw.txt").write_text(SECRET, encoding="utf-8")
    (tmp_path / "test_secret.wl").write_text(_TESTS_EN.replace("DIR", str(tmp_path)),
                                             encoding="utf-8")
    report = tmp_path / "report.xml"
    code, _, _ = wl_inproc("test", "--junitxml", str(report), str(tmp_path))
    text = report.read_text(encoding="utf-8")
    assert code == 1 and "<system-out>" in text and SECRET not in text, text
    assert STARS in text, text


@pytest.mark.parametrize("source", [
    'PROCEDURE test_assert()\naa is associative array of strings\n'
    'aa["password"] = fLoadText("DIR/pw.txt")\n'
    'dbgAssert(aa["password"] = "guess")\n'
    'dbgCheckEqual(aa["password"], "guess")\n',
    'PROCÉDURE test_assertion()\nsMotDePasse est une chaîne = fChargeTexte("DIR/pw.txt")\n'
    'dbgAssertion(sMotDePasse = "essai")\n'
    'dbgVérifieEgalité(sMotDePasse, "essai")\n'])
def test_a_failed_assertion_on_a_secret_shows_its_outcome(wl_inproc, tmp_path: Path,
                                                           source: str) -> None:
    """A check on a line naming a secret stars its values, but a boolean outcome is no
    secret: a failed dbgAssert showed "expected: ****" and "got: *****"."""
    (tmp_path / "pw.txt").write_text(SECRET, encoding="utf-8")
    (tmp_path / "test_secret.wl").write_text(source.replace("DIR", str(tmp_path)),
                                             encoding="utf-8")
    code, out, err = wl_inproc("test", str(tmp_path))
    shown = out + err
    assert code == 1 and SECRET not in shown, shown
    assert "expected: True\n    got:      False" in shown, shown
    assert f'got:      "{STARS}"' in shown, shown  # the compared text still starred


@pytest.mark.parametrize("source", [
    "n is int\naa is associative array of strings\naa[NextKey()] = \"x\" + n\n"
    "aa[NextKey()] = \"y\"\nTrace(n, aa[\"k1\"], aa[\"k2\"])\n"
    "PROCEDURE NextKey()\nn++\nRESULT \"k\" + n\n",
    "n est un entier\naa est un tableau associatif de chaînes\naa[CléSuivante()] = \"x\" + n\n"
    "aa[CléSuivante()] = \"y\"\nTrace(n, aa[\"k1\"], aa[\"k2\"])\n"
    "PROCÉDURE CléSuivante()\nn++\nRENVOYER \"k\" + n\n",
])
def test_a_computed_key_is_computed_once(wl_inproc, tmp_path: Path, source: str) -> None:
    """The key's expression runs once per store, after the value's, as before."""
    code, out, err = _run(wl_inproc, tmp_path, source)
    assert (code, out) == (0, "2, x0, y\n"), err
