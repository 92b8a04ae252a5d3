"""`c.Nope` on a variable declared of a library type (ftpConnection, geoPosition,
httpRequest, emailAttach, Email): a property the type does not have stops the run;
`wl check` says so before (WL109) with the run's words, at the same place, and the run
stops there. The properties the type has, English or French, any case, are not reported
(the run-time code is asked: semantics/library_properties.py)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from wlinterp.errors import WLRuntimeError
from wl_test_helpers import check_json, run_captured, write


@pytest.mark.parametrize("decl,line,col,message,hint", [
    ("c is ftpConnection", "Trace(c.Sever)", 9,
     "An ftpConnection variable has no property 'Sever' (wlinterp has Server, User, "
     "Password, PortNumber, ConnectionType, Timeout, PrivateKey, PrivateKeyPassword, "
     "FTPESMode)", "did you mean Server?"),
    ("g est un geoPosition", "Trace(g..Latitud)", 10,
     "A geoPosition variable has no property 'Latitud' (wlinterp has Latitude, Longitude "
     "and Altitude)", "did you mean Latitude?"),
    ("h is httpRequest", "Trace(h.Nope)", 9, "httpRequest has no property 'Nope'", None),
    ("a is emailAttach", "Trace(a.Nme)", 9, "'Nme' is not a member of emailAttach (Name, "
     "Content, ContentType, Identifier)", "did you mean Name?"),
    ("e est un Email", "Trace(e.Nope)", 9, "'Nope' is not a member of the Email variable",
     None),
])
def test_an_unknown_property_is_reported_where_the_run_stops(
        decl: str, line: str, col: int, message: str, hint: str | None,
        tmp_path: Path) -> None:
    path = write(tmp_path, "lib.wl", decl + "\n" + line + "\n")
    found = [(d["code"], d["line"], d["column"], d["message"], d.get("hint"))
             for d in check_json(path) if str(d["code"]).startswith("WL1")]
    assert found == [("WL109", 2, col, message, hint)]
    with pytest.raises(WLRuntimeError) as stopped:
        run_captured(path)
    where = re.search(r"lib\.wl:(\d+):(\d+): (.*)", str(stopped.value))
    assert where is not None and (int(where[1]), int(where[2]), where[3]) == (
        2, col, message + ".")


def test_the_properties_the_types_have_are_not_reported(tmp_path: Path) -> None:
    text = ("c is ftpConnection\nc.Server = \"ftp.example.org\"\n"
            "Trace(c.Serveur, c..SERVER, c.NuméroPort, c.numeroport, c.Timeout)\n"
            "g est un geoPosition\nTrace(g.Latitude, g..longitude, g.Altitude)\n"
            "a is emailAttach\nTrace(a.Name, a.Nom, a..Content)\n"
            "h is httpRequest\nh.URL = \"http://example.org\"\nTrace(h.URL, h..url)\n")
    assert _first_line_clean(tmp_path, text).startswith("ftp.example.org, ftp.example.org, 21")


def _first_line_clean(tmp_path: Path, text: str) -> str:
    """The first line `text` prints, after asserting that `wl check` reports no error
    and the run none either."""
    path = write(tmp_path, "lib.wl", text)
    assert [d for d in check_json(path) if str(d["code"]).startswith("WL1")] == []
    out, err = run_captured(path)
    assert err == "", err
    return out.splitlines()[0]


@pytest.mark.parametrize("decl,line,col,message,hint", [
    ("h is httpRequest", 'h.URLL = "x"', 3, "httpRequest has no property 'URLL'",
     "did you mean URL?"),
    ("m est un Email", 'm.Sujet2 = "y"', 3, "'Sujet2' is not a member of the Email variable",
     "did you mean Sujet?"),
    ("t est un Thread", 't..Nom2 = "z"', 4, "A Thread has no property 'Nom2'",
     "did you mean Nom?"),
    ("s is emailSMTPSession", 's.ServerAdress = "smtp.example.org"', 3,
     "'ServerAdress' is not a property of emailSMTPSession", "did you mean ServerAddress?"),
    ("r est un httpRéponse", "Trace(r.Contenuu)", 9, "httpResponse has no property 'Contenuu'",
     "did you mean Contenu?"),
    ("h est un httpRequête", "Trace(h..MotDePase)", 10,
     "httpRequest has no property 'MotDePase'", "did you mean MotDePasse?"),
    # an element of an array or associative array of a library type (they were unchecked)
    ("t is array of 2 httpRequest", 't[2].URLL = "x"', 6,
     "httpRequest has no property 'URLL'", "did you mean URL?"),
    ("t est un tableau de 2 par 2 httpRequête", "Trace(t[1, 2]..MotDePase)", 16,
     "httpRequest has no property 'MotDePase'", "did you mean MotDePasse?"),
    ("m est un tableau associatif de Email", 'm["a"].Sujet2 = "y"', 8,
     "'Sujet2' is not a member of the Email variable", "did you mean Sujet?"),
])
def test_an_unknown_property_written_is_reported_where_the_run_stops(
        decl: str, line: str, col: int, message: str, hint: str | None,
        tmp_path: Path) -> None:
    """Writes were unchecked (reads were WL109); a type whose message lists no names
    gets its "did you mean" from the names its value keeps, in the case written."""
    test_an_unknown_property_is_reported_where_the_run_stops(decl, line, col, message, hint,
                                                            tmp_path)


def test_the_properties_the_types_have_are_written_without_a_report(tmp_path: Path) -> None:
    text = ("h is httpRequest\nh.URL = \"http://example.org\"\nh..Method = httpPost\n"
            "h.Contenu = \"a\"\nh.ContentType = \"text/plain\"\n"
            "m est un Email\nm.Sujet = \"s\"\nm..Message = \"corps\"\n"
            "t est un Thread\nt.Nom = \"t1\"\n"
            "s is emailSMTPSession\ns.ServerAddress = \"smtp.example.org\"\ns..Port = 25\n"
            "Trace(h.URL, m.Subject, t.Name, s.AdresseServeur)\n")
    assert _first_line_clean(tmp_path, text) == "http://example.org, s, t1, smtp.example.org"


def test_elements_properties_they_have_are_written_without_a_report(tmp_path: Path) -> None:
    text = ("t is array of 2 httpRequest\nt[2].URL = \"http://example.org\"\n"
            "aa est un tableau associatif de Email\naa[\"k\"].Sujet = \"s\"\n"
            "Trace(t[2]..url, aa[\"k\"].Subject)\n")
    assert _first_line_clean(tmp_path, text) == "http://example.org, s"
