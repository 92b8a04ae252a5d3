"""Which names suggest a secret: whole name parts, not "pass" anywhere (docs/security.md).

One rule (wlinterp/secret_names.py) serves the error excerpt's masking and the REPL
history: both lists below are checked against both users of the rule.
"""
from __future__ import annotations

import pytest

from wlinterp.history_filter import may_hold_secret
from wlinterp.secret_args import masked_line
from wlinterp.secret_names import is_secret_name, name_parts

SECRET_NAMES = [
    "sPassword", "gsMotDePasse", "tabMotsDePasse", "MOTS_DE_PASSE", "sMotDePassé",
    "MOT_DE_PASSE", "mot_de_passe", "sMdp", "MDP",
    "pwd", "sPWD", "gsPwd", "Password2", "PASSWORD", "spassword", "smtppassword", "passwd",
    "sPasswort", "cle_api", "sCléAPI", "apiKey", "APIKey", "api_key", "token", "sApiToken",
    "secret", "sClientSecret", "gsSecretKey", "sPass", "UserPass", "user_pass", "userpass",
    "spass", "gspw", "db_pw", "sPw", "sAuth", "sAuthorization", "sPassPhrase", "sPasscode",
    "sCredentials", "ClePrivee", "sPrivateKey", "sAccessKey", "m_sPassword", "nPass",
    "gsMDP", "smdp", "mdp_smtp", "sMdpSmtp",
    # French for token (an OAuth access token: "jeton d'accès") and "mot (de) passe"
    "sJeton", "gsJetonAccès", "JETON_API", "sMotPasse",
    # a PIN, a one-time password, the pun Mot2Passe, a numbered password, a secret code
    # (REV, 5 Dec 2026: sPin, sOTP and sMot2Passe were shown)
    "sPin", "sOTP", "sCodePin", "m_sOtp", "sMot2Passe", "sMotDePasse2", "sCodeSecret",
    # a card's security code, the French PIN (NIP), a PUK, a time-based one-time password
    # (NET, 5 Dec 2026 late night: each was shown)
    "nCodePIN", "sCVV", "nCVV2", "cvv", "CVC", "sCryptogramme", "sCryptogrammeVisuel",
    "sNIP", "nCodeNIP", "gsCodePUK", "sTOTP", "m_sHotp",
]
ORDINARY_NAMES = [
    "gnPassed", "nbPasses", "Passage", "nbPassages", "nPasse", "bPassed", "sPassion",
    "sPassager", "Passenger", "Author", "sAuteur", "bypass", "sCompass", "sNom", "sTexte",
    "sEmail", "sServeur", "sHost", "nPort", "i", "tabClients", "sKey", "sCle",
    "m_dPéremption", "m_dPaiement", "m_dPrevue", "gdPlanning",
    "spin", "Pinned", "nbPinceaux", "sOption", "pin",
    # a card's number and an IBAN are shown on invoices (decided); NIP alone, `nip` in words
    "sNumCarte", "sIBAN", "NIP", "Snipe", "nbNippes", "sPuke",
]


@pytest.mark.parametrize("name", SECRET_NAMES)
def test_secret_names_are_recognised_everywhere(name):
    assert is_secret_name(name), name_parts(name)
    line = f'{name} = "hunter2"'
    assert masked_line(line) == f'{name} = "*******"'
    assert may_hold_secret(line)


@pytest.mark.parametrize("name", ORDINARY_NAMES)
def test_ordinary_names_mask_nothing_and_stay_in_the_history(name):
    assert not is_secret_name(name), name_parts(name)
    line = f'{name} = "visible" + 2'
    assert masked_line(line) == line
    assert not may_hold_secret(line)


def test_names_are_cut_at_underscores_digits_and_case_changes():
    assert name_parts("gsMotDePasse") == ["gs", "mot", "de", "passe"]
    assert name_parts("APIKey2_old") == ["api", "key", "old"]
    assert name_parts("sMotDePassé") == ["s", "mot", "de", "passe"]


def test_a_line_counting_passes_keeps_its_literals_in_the_excerpt():
    """The defect: an error on `gnPassed += ...` quoted its literals as stars."""
    line = 'Trace("passed: " + gnPassed + " of " + nbPasses)'
    assert masked_line(line) == line


def test_a_fatal_error_counting_passes_quotes_the_line_as_written(wl_cli, script):
    ran = wl_cli("run", script('gnPassed is int = 1\nnbPasses is int = 0\n'
                               'Trace("passed " + gnPassed / nbPasses + " bad")\n'))
    assert ran.code != 0
    assert '"passed "' in ran.err and '" bad"' in ran.err, ran.err


def test_a_call_named_like_a_credential_is_judged_by_the_wider_rule():
    """`HPasse(...)` may take a password; a variable `nPasse` is a count of passes."""
    assert may_hold_secret('HPasse(Client, "hunter2")')
    assert may_hold_secret('Connecte(sServeur, "hunter2")')
    assert not may_hold_secret('nPasse = 3')
    shown = masked_line('ok = ConnecteSession("srv", "hunter2")')
    assert shown == 'ok = ConnecteSession("***", "*******")'


@pytest.mark.parametrize("call", ["Authentifie", "AUTHENTIFIER", "Authenticate", "SignIn",
                                  "pUserSignOn", "Identification", "IdentifieUtilisateur"])
def test_a_login_procedure_named_for_authentication_is_a_credential_call(call):
    """A project's own login procedure: `Authentifie(sUser, "hunter2")` was kept in the
    REPL history and its password quoted in clear under an error."""
    assert may_hold_secret(f'ok = {call}(sUser, "hunter2")')
    assert masked_line(f'ok = {call}("bob", "hunter2")') == f'ok = {call}("***", "*******")'


# A raw protocol command carrying a password, as FTPCommand sends it: the REPL history
# kept `FTPCommand(n, "PASS hunter2")` and an error excerpt quoted it in clear.
PROTOCOL_LOGINS = ['FTPCommand(n, "PASS hunter2")', 'FTPCommande(0, "pass   Mot2Passe ")',
                   'sCmd = "APOP bob 9f86d081884c7d65"', 's = "a1 LOGIN bob hunter2"',
                   'sCmd = "AUTH PLAIN AGJvYgBodW50ZXIy"', 'EmailSendCommand(s, "auth login Ym9i")']
PROTOCOL_ORDINARY = ['FTPCommand(n, "USER bob")', 'FTPCommand(n, "AUTH TLS")',
                     'Trace("Pass the salt")', 'Trace("login failed for bob")',
                     'FTPCommand(n, "PASV")']


@pytest.mark.parametrize("line", PROTOCOL_LOGINS)
def test_a_protocol_command_carrying_a_password_is_a_secret(line):
    literal = line[line.index('"'):line.rindex('"') + 1]
    assert masked_line(line) == line.replace(literal, '"' + "*" * (len(literal) - 2) + '"')
    assert may_hold_secret(line)


@pytest.mark.parametrize("line", PROTOCOL_ORDINARY)
def test_a_protocol_command_without_password_stays_visible(line):
    assert masked_line(line) == line
    assert not may_hold_secret(line)


@pytest.mark.parametrize("source", [
    'sCodePIN is string = fLoadText("DIR/pin.txt")\nd is Duration = sCodePIN\n',
    'sNIP est une chaîne = fChargeTexte("DIR/pin.txt")\ns est une chaîne = sNIP\n'
    "d est une Durée = s\n",
    'sCryptogramme est une chaîne = fChargeTexte("DIR/pin.txt")\n'
    "d est une Durée = sCryptogramme\n",
])
def test_a_pin_or_a_card_code_read_from_a_file_is_starred_in_errors(wl_cli, tmp_path, source):
    """A value stored into a variable named like a PIN or a card's code is a secret
    known by its value: the run's error stars it (it showed '48A7Z')."""
    (tmp_path / "pin.txt").write_text("48A7Z", encoding="utf-8")
    path = tmp_path / "s.wl"
    path.write_text(source.replace("DIR", str(tmp_path)), encoding="utf-8")
    ran = wl_cli("run", str(path))
    assert ran.code == 1 and "'*****' is not a duration" in ran.err, ran.err
    assert "48A7Z" not in ran.out + ran.err
