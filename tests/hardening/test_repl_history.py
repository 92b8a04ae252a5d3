"""The REPL history keeps no password, whatever form the input takes (issue 12)."""
from __future__ import annotations

from pathlib import Path

import pytest
from prompt_toolkit.application import create_app_session
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput

from wlinterp.history_filter import may_hold_secret
from wlinterp.repl import run_repl

SECRET_INPUTS = [
    'pwd is string = "hunter2"',
    'sMdp est une chaîne = "hunter2"',
    'MOT_DE_PASSE est une chaine = "hunter2"',
    'EmailStartPOP3Session("u", "hunter2", "pop.example.org")',
    'EmailOuvreSessionPOP3("u", "hunter2", "pop.example.org")',
    'EmailStartSMTPSession("u", "hunter2", "smtp.example.org", 587)',
    'ok = EmailOuvreSessionSMTP("u", "hunter2", "smtp.example.org")',
    's.Password = "hunter2"',
    's.MotDePasse = "hunter2"',
    'apiToken = "hunter2"',
    'HOpenConnection("cnx", "user", "hunter2", "srv", "db")',
    'PROCEDURE Login(sSecret is string = "hunter2")',
    'Trace("unfinished", "hunter2", pwd',  # does not parse: judged word by word
    # a built-in whose declared parameters hold a password, whatever its name says (the
    # error excerpt masks these arguments by the same declaration)
    's = Crypt("the data", "hunter2")',
    'Trace(Décrypte(s, "hunter2"))',
    'HTTPRequest("https://h.example.org", "", "", "", "", "u", "hunter2")',
    'x = Crypt("the data", "hunter2" ',  # does not parse: judged word by word
    'b = CryptStandard("the data", "hunter2")',
    'Trace(DécrypteStandard(b, "hunter2"))',
    'Trace(HashString(HA_HMAC_SHA_256, "the data", "hunter2"))',
    'Trace(HashCheckString(HA_HMAC_SHA_256, "the data", h, "hunter2"))',
    # a URL carrying its password, wherever it is written
    'HTTPRequest("https://ann:hunter2@api.example.org/orders")',
    'sUrl is string = "postgresql://ann:hunter2@db.example.org/shop"',
    # a value stored under a key naming a secret, an Authorization header's credential
    'r.Header["Authorization"] = "Bearer hunter2"',
    'req..Entête["X-Api-Key"] = "hunter2"',
    'INIWrite("db", "pwd", "hunter2", "app.ini")',
    'sAuth2 = "Basic aHVudGVyMg==" + "hunter2"',
    # a header line, a connection string or a URL's query naming a secret before its value
    'sHeader = "Authorization: Bearer hunter2"',
    'HTTPRequest("https://h.example.org", "", "X-Api-Key: hunter2")',
    'sCnx est une chaîne = "Server=db;User=ann;Password=hunter2"',
    'sUrl = "https://api.example.org/v1/orders?access_token=hunter2"',
    # the same with the value quoted (libpq's form), in a JSON body, in an XML body
    'sCnx = "host=db.example.org user=ann password=\'hunter2\'"',
    'sCnx = "Server=db;User=ann;Password=\'hunter2\'"',
    'sBody = "{""login"": ""ann"", ""password"": ""hunter2""}"',
    "sBody = \"{'token':'hunter2'}\"",
    'sBody = "<login>ann</login><password>hunter2</password>"',
    # an XML element with attributes: a SOAP UsernameToken
    's = "<wsse:Password Type=""#PasswordText"">hunter2</wsse:Password>"',
    # a credential recognisable by its shape, whatever the variable's name says
    's = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhbm4ifQ.hunter2"',
    'sCle = "-----BEGIN RSA PRIVATE KEY-----" + CR + "hunter2"',
    'x = "ghp_hunter2hunter2hunter2hunter2hunter2"',
    'k = "AKIAHUNTER2HUNTER2XY"',
    'req.Header["X-Key"] = "sk_live_hunter2hunter2hunter2"',
]


@pytest.mark.parametrize("line", [t for t in SECRET_INPUTS if "hunter2\")" in t])
def test_the_error_excerpt_masks_the_same_arguments(line):
    """The history and the error excerpt judge a built-in's arguments by one declaration
    (its parameter names, secret_args.py): what one hides, the other hides."""
    from wlinterp.secret_args import masked_line
    assert "hunter2" not in masked_line(line)
KEPT_INPUTS = [
    'Trace("hello")',
    'n is int = 42',
    's is string = "the word password inside a string is not a secret"',
    'FOR i = 1 TO 3\nTrace(i)\nEND',
    'r.Header["Content-Type"] = "application/json"',
    'Trace("The bearer of good news")',
    'Trace("Enter the password: ")',
    's = "keys counted: " + n',
    'sBody = "{""login"": ""ann"", ""password"": """"}"',
    'Trace("<p>The password is in the safe</p>")',
    'Trace("<p class=""note"">The password is in the safe</p><pwd id=""1""/>")',
    's = "eyJ is how a JSON Web Token starts"',
    'Trace("-----BEGIN CERTIFICATE-----")',
    'sRef = "SKU_LIVE_2024"',
]


@pytest.mark.parametrize("line", [
    'r.Header["Authorization"] = "Bearer hunter2" + x',
    'tKeys["pwd"] = "hunter2" + 1 / 0',
    'Trace(1 / 0, "Token hunter2")',
])
def test_the_excerpt_masks_values_under_a_secret_key(line):
    from wlinterp.secret_args import masked_line
    assert "hunter2" not in masked_line(line)


@pytest.mark.parametrize("text", SECRET_INPUTS)
def test_inputs_that_may_hold_a_secret_are_not_kept(text):
    assert may_hold_secret(text)


@pytest.mark.parametrize("text", KEPT_INPUTS)
def test_ordinary_inputs_are_kept(text):
    assert not may_hold_secret(text)


def test_the_history_file_never_receives_a_password(tmp_path: Path, monkeypatch, capsys):
    history = tmp_path / "history"
    monkeypatch.setenv("WL_HISTORY", str(history))
    monkeypatch.chdir(tmp_path)  # the inputs write app.ini: into the test's folder
    with create_pipe_input() as pipe, create_app_session(input=pipe, output=DummyOutput()):
        for text in ['n is int = 6', *[t for t in SECRET_INPUTS if "PROCEDURE" not in t
                                       and "unfinished" not in t], 'Trace(n * 7)']:
            pipe.send_text(text + "\r")
        pipe.send_bytes(b"\x04")
        run_repl(input=pipe, output=DummyOutput())
    assert "42" in capsys.readouterr().out
    saved = history.read_text(encoding="utf-8")
    assert "n is int = 6" in saved and "Trace(n * 7)" in saved
    assert "hunter2" not in saved


@pytest.mark.parametrize("line", [t for t in SECRET_INPUTS if "://" in t])
def test_a_url_carrying_a_password_is_masked_in_the_excerpt(line):
    from wlinterp.secret_args import masked_line
    assert "hunter2" not in masked_line(line) and len(masked_line(line)) == len(line)


@pytest.mark.parametrize("line", [
    'sHeader = "Authorization: Bearer hunter2" + 1 / 0',
    'sCnx = "Server=db;User=ann;Password=hunter2" + 1 / 0',
    'Trace(1 / 0, "https://api.example.org/v1/orders?access_token=hunter2")',
    'Trace(1 / 0, "X-Api-Key: hunter2")',
    'sCnx = "host=db.example.org password=\'hunter2\'" + 1 / 0',
    'HTTPRequest("https://h.example.org", "", "", "{""password"":""hunter2""}") + 1 / 0',
    'Trace(1 / 0, "<Password>hunter2</Password>")',
    'Trace(1 / 0, "<wsse:Password Type=""#PasswordText"">hunter2</wsse:Password>")',
    'Trace(1 / 0, "<MotDePasse xsi:type=""xsd:string"">  hunter2</MotDePasse>")',
    'Trace(1 / 0, "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhbm4ifQ.hunter2")',
    's = "xoxb-hunter2-hunter2" + 1 / 0',
])
def test_the_excerpt_masks_a_secret_named_inside_a_string(line):
    """A header line, a connection string's `Password=` or a query's `access_token=`
    inside one string: the string is masked in the error excerpt, as the history
    leaves the line out (both were judged only on keys and whole values)."""
    from wlinterp.secret_args import masked_line
    assert "hunter2" not in masked_line(line) and len(masked_line(line)) == len(line)


def test_a_multi_line_string_holding_a_header_is_not_kept():
    assert may_hold_secret('s = [\nContent-Type: text/plain\nAuthorization: Bearer hunter2\n]')


def test_a_url_without_password_is_kept():
    from wlinterp.secret_args import masked_line
    line = 'Trace("https://api.example.org/orders?at=10:30@x")'
    assert masked_line(line) == line and not may_hold_secret(line)


@pytest.mark.parametrize("inputs", [
    ['n is int = 6', 's is string = "Zq9-kLmn-77"', 'Trace(n * 7)',
     'EmailStartSMTPSession("u", s, "smtp.invalid", 25)', 'Trace(Length(s))'],
    ['n est un entier = 6', 'x est une chaîne = "Zq9-kLmn-77"', 'Trace(n * 7)',
     'Crypte("les données", x)', 'Trace(Taille(x))'],
])
def test_an_input_whose_value_becomes_a_secret_later_leaves_the_history(
        inputs: list[str], tmp_path: Path, monkeypatch, capsys):
    """Found in review (REV): `s = "..."` names no secret and was kept; once s reaches a
    password parameter (EmailStartSMTPSession's, Crypt's) the value is a known secret,
    and the input holding it is taken out of the history file (rewritten whole), the
    others kept."""
    history = tmp_path / "history"
    history.write_text("\n# 2026-01-01\n+Trace(\"older\")\n", encoding="utf-8")
    history.chmod(0o600)
    monkeypatch.setenv("WL_HISTORY", str(history))
    with create_pipe_input() as pipe, create_app_session(input=pipe, output=DummyOutput()):
        for text in inputs:
            pipe.send_text(text + "\r")
        pipe.send_bytes(b"\x04")
        run_repl(input=pipe, output=DummyOutput())
    assert "42" in capsys.readouterr().out
    saved = history.read_text(encoding="utf-8")
    assert "Zq9-kLmn" not in saved, saved
    assert 'Trace("older")' in saved and inputs[0] in saved and inputs[2] in saved, saved
    assert inputs[4] in saved and history.stat().st_mode & 0o777 == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["history"]
