"""Secrets known by their value (wlinterp/secret_values.py): a password copied into a
variable with an ordinary name, or given to a procedure's or a built-in's password
parameter, is starred in `wl test`'s report, in `wl run`'s errors and in a WL_DEBUG=1
traceback, English and French."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace

import pytest

PASSWORD = "hunter2-Secret"
FROM_FILE = "fromfile-Secret1"


@pytest.fixture
def wl_cli(wl_here: Callable[..., SimpleNamespace]) -> Callable[..., SimpleNamespace]:
    """`wl` in this process (conftest.wl_here): what is tested is the words of the report
    and of the errors, not the process (a process for each test cost 7 s of CPU)."""
    return wl_here


def _failures(wl_cli, tmp_path: Path, source: str) -> str:
    (tmp_path / "pw.txt").write_text(FROM_FILE, encoding="utf-8")
    (tmp_path / "test_secret.wl").write_text(source.replace("DIR", str(tmp_path)),
                                             encoding="utf-8")
    ran = wl_cli("test", str(tmp_path))
    assert ran.code == 1, ran
    return ran.out + ran.err


def _assert_got_starred(out: str, secret: str) -> None:
    """The failed check's "got:" value is the secret as stars, the secret nowhere."""
    assert secret not in out, out
    assert 'got:      "' + "*" * len(secret) + '"' in out, out


@pytest.mark.parametrize("source", [
    "PROCEDURE test_copy()\n"
    f'sPwd is string = "{PASSWORD}"\n'
    "s is string = sPwd\n"
    'TestCheckEqual(s, "guess", "copied")\n',
    "PROCÉDURE test_copie()\n"
    f'sMotDePasse est une chaîne = "{PASSWORD}"\n'
    "s est une chaîne = sMotDePasse\n"
    'dbgVérifieEgalité(s, "essai")\n',
])
def test_a_password_copied_into_an_ordinary_variable_is_starred(wl_cli, tmp_path, source):
    _assert_got_starred(_failures(wl_cli, tmp_path, source), PASSWORD)


@pytest.mark.parametrize("source", [
    "PROCEDURE test_param()\n"
    'sRead is string = fLoadText("DIR/pw.txt")\n'
    'Login("bob", sRead)\n'
    "PROCEDURE Login(sUser, sPassword)\n"
    "sCopy is string = sPassword\n"
    'TestCheckEqual(sCopy, "nope")\n',
    "PROCÉDURE test_parametre()\n"
    'sLu est une chaîne = fChargeTexte("DIR/pw.txt")\n'
    'Entrer("bob", sLu)\n'
    "PROCÉDURE Entrer(sUtilisateur, sMdp)\n"
    "sCopie est une chaîne = sMdp\n"
    'dbgVérifieEgalité(sCopie, "non")\n',
])
def test_a_value_given_to_a_password_parameter_is_starred(wl_cli, tmp_path, source):
    """The value was read from a file: no line of the program shows it; the procedure's
    parameter named like a secret received it."""
    out = _failures(wl_cli, tmp_path, source)
    assert FROM_FILE not in out, out
    assert "*" * len(FROM_FILE) in out, out


@pytest.mark.parametrize("source", [
    "PROCEDURE test_key()\n"
    'sKey is string = fLoadText("DIR/pw.txt")\n'
    's is string = Crypt("hello", sKey)\n'
    "x is string = sKey\n"
    'TestCheckEqual(x, "nope")\n',
    "PROCÉDURE test_cle()\n"
    'sCle est une chaîne = fChargeTexte("DIR/pw.txt")\n'
    's est une chaîne = Crypte("bonjour", sCle)\n'
    "x est une chaîne = sCle\n"
    'dbgVérifieEgalité(x, "non")\n',
])
def test_a_value_given_to_a_builtin_password_parameter_is_starred(wl_cli, tmp_path, source):
    """Crypt / Crypte declare their second parameter a password (secret_args.py)."""
    out = _failures(wl_cli, tmp_path, source)
    assert FROM_FILE not in out, out


@pytest.mark.parametrize("source", [
    'sRead is string = fLoadText("DIR/pw.txt")\n'
    'n is int = FTPConnect("ftp.example.com", "anna", sRead, "port21")\n'
    "s is string = sRead\nd is Duration = s\n",
    'sLu est une chaîne = fChargeTexte("DIR/pw.txt")\n'
    'n est un entier = FTPConnecte("ftp.exemple.fr", "anna", sLu, "port21")\n'
    "s est une chaîne = sLu\nd est une Durée = s\n",
])
def test_a_password_given_beside_an_argument_of_the_wrong_kind_is_noted(wl_cli, script,
                                                                        tmp_path, source):
    """A text port (read as 0) made the call fit none of FTPConnect's forms, so the
    password it received was not remembered; the count fits, its position says."""
    (tmp_path / "pw.txt").write_text(FROM_FILE, encoding="utf-8")
    ran = wl_cli("run", script(source.replace("DIR", str(tmp_path))))
    assert ran.code == 1 and FROM_FILE not in ran.err, ran
    assert "'" + "*" * len(FROM_FILE) + "' is not a duration" in ran.err, ran


def test_other_values_and_short_secrets_are_shown(wl_cli, tmp_path):
    """Only the secret is starred, not the rest of a value; a secret shorter than four
    characters is not searched for (decided: `"x"` would star every x)."""
    out = _failures(wl_cli, tmp_path,
                    "PROCEDURE test_mixed()\n"
                    f'sPwd is string = "{PASSWORD}"\n'
                    'sPin is string = "abc"\n'
                    's is string = "user "\n'
                    's += sPwd + " " + sPin\n'
                    'TestCheckEqual(s, "user abc")\n')
    assert PASSWORD not in out, out
    assert '"user ' + "*" * len(PASSWORD) + ' abc"' in out, out
    assert 'expected: "user abc"' in out, out


@pytest.mark.parametrize("source", [
    f'sPwd is string = "{PASSWORD}"\n'
    "s is string = sPwd\n"
    'ExceptionThrow(1, "bad login: " + s)\n',
    f'sMotDePasse est une chaîne = "{PASSWORD}"\n'
    "s est une chaîne = sMotDePasse\n"
    "du est une Durée = s\n",
])
def test_a_run_error_quoting_a_copied_password_stars_it(wl_cli, script, source):
    ran = wl_cli("run", script(source))
    assert ran.code == 1 and PASSWORD not in ran.err, ran
    assert "*" * len(PASSWORD) in ran.err, ran


def test_a_run_error_quoting_a_value_a_password_parameter_received(wl_cli, script, tmp_path):
    (tmp_path / "pw.txt").write_text(FROM_FILE, encoding="utf-8")
    ran = wl_cli("run", script(
        f'sLu est une chaîne = fChargeTexte("{tmp_path}/pw.txt")\n'
        'Connecter("bob", sLu)\n'
        "PROCÉDURE Connecter(sUtilisateur, sMotDePasse)\n"
        "t est une chaîne = sMotDePasse\n"
        "d est une Durée = t\n"))
    assert ran.code == 1 and FROM_FILE not in ran.err, ran
    assert "'" + "*" * len(FROM_FILE) + "' is not a duration" in ran.err, ran


@pytest.mark.parametrize("program", [
    'Login("bob", fLoadText("DIR/pw.txt"))\nPROCEDURE Login(sUser, sPassword)\n',
    'sMotDePasse est une chaîne = fChargeTexte("DIR/pw.txt")\n',  # a secret-named variable
])
def test_a_traceback_hides_a_value_a_password_parameter_received(monkeypatch, capsys,
                                                                 tmp_path, program):
    """WL_DEBUG=1's traceback (pasted into bug reports) quotes Python's message."""
    from wlinterp import cli, engine
    (tmp_path / "pw.txt").write_text(FROM_FILE, encoding="utf-8")
    real = engine.run_source

    def broken(text: str, *args: object, **kwargs: object) -> None:
        real(program.replace("DIR", str(tmp_path)), "t.wl")
        raise RuntimeError(f"cannot use {FROM_FILE} here")

    monkeypatch.setattr("wlinterp.engine.run_source", broken)
    monkeypatch.setenv("WL_DEBUG", "1")
    assert cli.main(["-c", "Trace(1)"]) == 70
    err = capsys.readouterr().err
    assert FROM_FILE not in err and "Traceback" in err, err
    assert f"cannot use {'*' * len(FROM_FILE)} here" in err, err


def test_one_run_forgets_the_secrets_of_the_previous_one():
    """In one process (a golden run in-process, a `wl test` case), a run's password must
    not star the next run's output."""
    import io
    from wlinterp.engine import run_source
    from wlinterp.secret_values import known_secrets, without_secrets
    run_source(f'sPwd is string = "{PASSWORD}"\n', "a.wl", stdout=io.StringIO())
    assert without_secrets(f"x {PASSWORD}") == "x " + "*" * len(PASSWORD)
    run_source('Trace("other")\n', "b.wl", stdout=io.StringIO())
    assert PASSWORD not in known_secrets()
    assert without_secrets(f"x {PASSWORD}") == f"x {PASSWORD}"


def test_the_longest_secret_is_starred_whole():
    from wlinterp.secret_values import note_secret, start_run, without_secrets
    start_run("")
    note_secret("abcd")
    note_secret("abcdefgh")
    note_secret([1, 2])  # not a secret by value
    assert without_secrets("1abcdefgh2abcd3") == "1********2****3"
    start_run("")


@pytest.mark.parametrize("source", [
    "PROCEDURE test_upper()\n"
    f'sPwd is string = "{PASSWORD}"\n'
    "s is string = sPwd\n"
    'TestCheckEqual(Upper(s), "GUESS")\n'
    'dbgCheckEqual("<" + Lower(s) + ">", "guess")\n',
    "PROCÉDURE test_majuscule()\n"
    f'sMotDePasse est une chaîne = "{PASSWORD}"\n'
    "s est une chaîne = sMotDePasse\n"
    'dbgVérifieEgalité(Majuscule(s), "ESSAI")\n',
])
def test_a_password_in_another_case_is_starred(wl_cli, tmp_path, source):
    """Found in review (REV): a check of the password upper- or lower-cased
    (`TestCheckEqual(Upper(s), ...)`) printed it, as the values were searched for as
    written; they are searched for in any case."""
    out = _failures(wl_cli, tmp_path, source)
    assert PASSWORD.upper() not in out.upper(), out
    assert 'got:      "' + "*" * len(PASSWORD) + '"' in out, out


@pytest.mark.parametrize("source", [
    "PROCEDURE test_loaded()\n"
    "sPwd is string\n"
    'sPwd = fLoadText("DIR/pw.txt")\n'
    "s is string = NoSpace(sPwd)\n"
    'TestCheckEqual(s, "nope")\n',
    "PROCÉDURE test_charge()\n"
    'sMotDePasse est une chaîne = fChargeTexte("DIR/pw.txt")\n'
    "s est une chaîne = SansEspace(sMotDePasse)\n"
    'dbgVérifieEgalité(s, "non")\n',
    "gsPassword is string\n"
    "PROCEDURE test_global()\n"
    "Load()\n"
    "s is string = gsPassword\n"
    'TestCheckEqual(s, "nope")\n'
    "PROCEDURE Load()\n"
    'gsPassword = fLoadText("DIR/pw.txt")\n',
    # found in review (REV): a multiple assignment, `(sUser, sPwd) = F()`, was not seen
    "PROCEDURE test_pair()\n"
    "sUser, sPwd are strings\n"
    "(sUser, sPwd) = Pair()\n"
    "s is string = sPwd\n"
    'TestCheckEqual(s, "nope")\n'
    "PROCEDURE Pair()\n"
    'RESULT ("bob", fLoadText("DIR/pw.txt"))\n',
    "PROCÉDURE test_paire()\n"
    "sMotDePasse, sUtilisateur sont des chaînes\n"
    "(sMotDePasse, sUtilisateur) = Paire()\n"
    "s est une chaîne = sMotDePasse\n"
    'dbgVérifieEgalité(s, "non")\n'
    "PROCÉDURE Paire()\n"
    'RENVOYER (fChargeTexte("DIR/pw.txt"), "bob")\n',
])
def test_a_value_stored_into_a_secret_named_variable_is_starred(wl_cli, tmp_path, source):
    """The value comes from a file, is stored into a variable named like a secret (by
    assignment, by its declaration, into a global from a procedure), then copied into an
    ordinary one: it was shown in clear unless it reached a password parameter."""
    _assert_got_starred(_failures(wl_cli, tmp_path, source), FROM_FILE)


@pytest.mark.parametrize("source", [
    'sPwd is string = fLoadText("DIR/pw.txt")\n'
    "s is string = sPwd\n"
    "d is Duration = s\n",
    "sMotDePasse est une chaîne\n"
    'sMotDePasse = fChargeTexte("DIR/pw.txt")\n'
    "s est une chaîne = sMotDePasse\n"
    "d est une Durée = s\n",
])
def test_a_run_error_quoting_a_value_stored_into_a_secret_named_variable(wl_cli, script,
                                                                         tmp_path, source):
    (tmp_path / "pw.txt").write_text(FROM_FILE, encoding="utf-8")
    ran = wl_cli("run", script(source.replace("DIR", str(tmp_path))))
    assert ran.code == 1 and FROM_FILE not in ran.err, ran
    assert "'" + "*" * len(FROM_FILE) + "' is not a duration" in ran.err, ran


def test_an_ordinary_variable_given_a_value_from_elsewhere_is_not_a_secret(wl_cli, script,
                                                                          tmp_path):
    """Only the name says secret: the same value stored into `sText` is shown."""
    (tmp_path / "pw.txt").write_text(FROM_FILE, encoding="utf-8")
    ran = wl_cli("run", script(f'sText is string = fLoadText("{tmp_path}/pw.txt")\n'
                               "d is Duration = sText\n"))
    assert ran.code == 1 and f"'{FROM_FILE}' is not a duration" in ran.err, ran

_CLASS_EN = ("CLogin is Class\n\tm_sPassword is string\nEND\n"
             "ST is Structure\n\tsPwd is string\nEND\n")
_CLASS_FR = ("CEntree est une Classe\n\tm_sMotDePasse est une chaîne\nFIN\n"
             "STC est une Structure\n\tsMdp est une chaîne\nFIN\n")


@pytest.mark.parametrize("source", [
    _CLASS_EN + 'o is CLogin\no.Load(fLoadText("DIR/pw.txt"))\ns is string = "" + o.Get()\n'
    "d is Duration = s\n"
    "PROCEDURE CLogin::Load(sRead)\n:m_sPassword = sRead\n"
    "PROCEDURE CLogin::Get()\nRESULT m_sPassword\n",
    _CLASS_EN + 'o is CLogin\no.Load(fLoadText("DIR/pw.txt"))\ns is string = "" + o.Get()\n'
    "d is Duration = s\n"
    "PROCEDURE CLogin::Load(sRead)\nm_sPassword = sRead\n"
    "PROCEDURE CLogin::Get()\nRESULT m_sPassword\n",
    _CLASS_EN + 'o is CLogin\no.Load(fLoadText("DIR/pw.txt"))\ns is string = "" + o.Get()\n'
    "d is Duration = s\n"
    "PROCEDURE CLogin::Load(sRead)\nthis.m_sPassword = sRead\n"
    "PROCEDURE CLogin::Get()\nRESULT m_sPassword\n",
    _CLASS_EN + 'st is ST\nst.sPwd = fLoadText("DIR/pw.txt")\ns is string = "" + st.sPwd\n'
    "d is Duration = s\n",
    _CLASS_FR + 'o est un CEntree\no.Charge(fChargeTexte("DIR/pw.txt"))\n'
    's est une chaîne = "" + o.Donne()\nd est une Durée = s\n'
    "PROCÉDURE CEntree::Charge(sLu)\nobjet.m_sMotDePasse = sLu\n"
    "PROCÉDURE CEntree::Donne()\nRENVOYER m_sMotDePasse\n",
    _CLASS_FR + 'st est une STC\nst.sMdp = fChargeTexte("DIR/pw.txt")\n'
    's est une chaîne = "" + st.sMdp\nd est une Durée = s\n',
])
def test_a_value_stored_into_a_secret_named_member_is_starred(wl_cli, script, tmp_path,
                                                             source):
    """`:m_sPassword = x`, `m_sPassword = x` in a method, `this.` / `objet.`, a
    structure's `st.sPwd = x`: the value read from a file was shown in clear in the
    run's error (only variables were followed), English and French."""
    (tmp_path / "pw.txt").write_text(FROM_FILE, encoding="utf-8")
    ran = wl_cli("run", script(source.replace("DIR", str(tmp_path))))
    assert ran.code == 1 and FROM_FILE not in ran.err, ran
    assert "'" + "*" * len(FROM_FILE) + "' is not a duration" in ran.err, ran


def test_a_secret_named_property_is_not_read_back(wl_cli, script, tmp_path):
    """A property named like a secret: reading it back would run its getter, so the
    value is not followed (the getter runs once, for the program's own read)."""
    (tmp_path / "pw.txt").write_text(FROM_FILE, encoding="utf-8")
    ran = wl_cli("run", script(
        "CLogin is Class\n\tm_s is string\nEND\n"
        'o is CLogin\no.Password = fLoadText("DIR/pw.txt")\nTrace(o.Password)\n'
        "PROCEDURE CLogin::Password() <get>\nTrace(\"get\")\nRESULT m_s\n"
        "PROCEDURE CLogin::Password(s) <set>\nm_s = s\n".replace("DIR", str(tmp_path))))
    assert ran.code == 0, ran
    assert ran.out.splitlines() == ["get", FROM_FILE], ran


def test_an_ordinary_member_given_a_value_from_elsewhere_is_not_a_secret(wl_cli, script,
                                                                        tmp_path):
    (tmp_path / "pw.txt").write_text(FROM_FILE, encoding="utf-8")
    ran = wl_cli("run", script(_CLASS_EN + 'st is ST\nst.sPwd = "x"\no is CLogin\n'
                               'o.m_sPassword = "y"\n'
                               f's is string = fLoadText("{tmp_path}/pw.txt")\n'
                               "d is Duration = s\n"))
    assert ran.code == 1 and f"'{FROM_FILE}' is not a duration" in ran.err, ran


@pytest.mark.parametrize("source", [
    "PROCEDURE test_slice()\n"
    f'sPwd is string = "{PASSWORD}"\n'
    "s is string = sPwd\n"
    'TestCheckEqual(Middle(s, 2), "guess")\n'
    'TestCheckEqual("[" + Left(s, 9) + "]", "guess")\n',
    "PROCÉDURE test_morceau()\n"
    f'sMotDePasse est une chaîne = "{PASSWORD}"\n'
    "s est une chaîne = sMotDePasse\n"
    'dbgVérifieEgalité(Majuscule(Droite(s, 10)), "ESSAI")\n',
])
def test_a_slice_of_a_password_is_starred(wl_cli, tmp_path, source):
    """Found in review (REV): `Middle(s, 2)` printed the whole password but its first
    letter; a piece of six characters or more of a secret is starred (decided: shorter
    pieces are common text), in any case."""
    got = [line for line in _failures(wl_cli, tmp_path, source).splitlines() if "got:" in line]
    assert got and all(set(line.split('"')[1]) <= set("*[]") for line in got), got
    assert len(got[0].split('"')[1].strip("[]")) in (13, 10, 9), got


def test_pieces_of_a_secret_and_nothing_else_are_starred():
    from wlinterp.secret_values import note_secret, start_run, without_secrets
    start_run("")
    note_secret("Correct-Horse")
    assert without_secrets("a rect-Ho b") == "a ******* b"
    assert without_secrets("a CORREC b Horse c") == "a ****** b Horse c"
    assert without_secrets("the correct value") == "the ******* value"  # (rather more)
    assert without_secrets("nothing here: Corr, -Hor") == "nothing here: Corr, -Hor"
    start_run("")


def test_a_long_secret_is_starred_whole_only():
    """A whole file read into a variable named like a secret: its pieces are not made
    (millions of them), the secret itself is still starred."""
    from wlinterp.secret_values import PIECES_UP_TO, note_secret, start_run, without_secrets
    start_run("")
    big = "".join(chr(0x41 + i % 26) + str(i) for i in range(100000))
    note_secret(big)
    note_secret("Correct-Horse")
    assert len(big) > PIECES_UP_TO
    assert without_secrets("x " + big[:20] + " rect-Ho") == "x " + big[:20] + " *******"
    assert without_secrets("<" + big + ">") == "<" + "*" * len(big) + ">"
    start_run("")


@pytest.mark.parametrize("source", [
    'arrPasswords is array of strings\nArrayAdd(arrPasswords, fLoadText("DIR/pw.txt"))\n'
    "s is string = arrPasswords[1]\nd is Duration = s\n",
    'arrPasswords is array of strings\narrPasswords.Add(fLoadText("DIR/pw.txt"))\n'
    "s is string = arrPasswords[1]\nd is Duration = s\n",
    'gtabTokens is array of 2 strings\ngtabTokens[2] = fLoadText("DIR/pw.txt")\n'
    "s is string = gtabTokens[2]\nd is Duration = s\n",
    "tabMotsDePasse est un tableau de chaînes\n"
    'Ajoute(tabMotsDePasse, fChargeTexte("DIR/pw.txt"))\n'
    "s est une chaîne = tabMotsDePasse[1]\nd est une Durée = s\n",
    "tabMdp est un tableau de chaînes\n"
    'TableauInsère(tabMdp, 1, fChargeTexte("DIR/pw.txt"))\n'
    "s est une chaîne = tabMdp[1]\nd est une Durée = s\n",
    'aaJetons est un tableau associatif de chaînes\naaJetons["api"] = fChargeTexte("DIR/pw.txt")\n'
    's est une chaîne = aaJetons["api"]\nd est une Durée = s\n',
])
def test_the_elements_of_a_secret_named_array_are_starred(wl_cli, script, tmp_path, source):
    """A value added to an array named like a secret (ArrayAdd, Add, .Add, a store into
    an element, an associative array's key) was shown in clear once copied out of it."""
    (tmp_path / "pw.txt").write_text(FROM_FILE, encoding="utf-8")
    ran = wl_cli("run", script(source.replace("DIR", str(tmp_path))))
    assert ran.code == 1 and FROM_FILE not in ran.err, ran
    assert "'" + "*" * len(FROM_FILE) + "' is not a duration" in ran.err, ran


def test_the_elements_of_an_ordinary_array_are_shown(wl_cli, script, tmp_path):
    (tmp_path / "pw.txt").write_text(FROM_FILE, encoding="utf-8")
    ran = wl_cli("run", script(f'arrNames is array of strings\nArrayAdd(arrNames, '
                               f'fLoadText("{tmp_path}/pw.txt"))\n'
                               "s is string = arrNames[1]\nd is Duration = s\n"))
    assert ran.code == 1 and f"'{FROM_FILE}' is not a duration" in ran.err, ran
