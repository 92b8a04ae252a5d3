"""The Python API: wlinterp.Project(path).call(...) with Python values in and out,
by-reference parameters, per-call clock/seed/stdout, and .capture() of sent mail."""
from __future__ import annotations

import io
from decimal import Decimal
from pathlib import Path

import pytest

import wlinterp
from windev_text import procedure_set

SET = procedure_set("pOrders", "gCompteur est un entier = 0\n", {
    "TotalTTC": "PROCEDURE TotalTTC(mHT is currency, nTaux is int = 20)\n"
                "RESULT mHT * (1 + nTaux / 100)",
    "Echange": "PROCEDURE Echange(a, b)\nt is variant = a\na = b\nb = t\nRESULT \"ok\"",
    "Lignes": "PROCEDURE Lignes(tab is array of int)\nr is array of string\n"
              "FOR EACH x OF tab\n  Add(r, \"n\" + x)\nEND\nRESULT r",
    "Fiche": "PROCEDURE Fiche(d)\nd[\"total\"] = d[\"a\"] + d[\"b\"]\nRESULT d[\"total\"]",
    "Compte": "PROCEDURE Compte()\ngCompteur++\nTrace(\"appel\", gCompteur)\nRESULT gCompteur",
    "Horloge": "PROCEDURE Horloge()\nRESULT Today() + \"-\" + Random(1, 1000000)",
    "Egal": "PROCEDURE Egal(s is string, n is int, r is real, v is boolean)\n"
            "RESULT s + \"|\" + n + \"|\" + r + \"|\" + v",
    "Envoi": "PROCEDURE Envoi(sTo)\ns is emailSMTPSession\ns.ServerAddress = \"smtp.example.com\"\n"
             "s.Port = 587\ns.Option = emailOptionSecuredTLS\n"
             "IF NOT EmailStartSMTPSession(s) THEN RESULT ErrorInfo()\n"
             "m is Email\nm.Sender = \"shop@example.com\"\nm.Recipient[1] = sTo\n"
             "m.Subject = \"Facture \" + sTo\nm.Message = \"Bonjour\"\n"
             "EmailSendMessage(s, m)\nEmailCloseSession(s)\nRESULT True"})


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> wlinterp.Project:
    root = tmp_path_factory.mktemp("api")
    (root / "App.wdp").write_text("info :\n name : App\n", encoding="utf-8")
    (root / "pOrders.wdg").write_text(SET, encoding="utf-8")
    return wlinterp.Project(root)


def test_python_values_in_and_out(project: wlinterp.Project) -> None:
    assert project.call("TotalTTC", 100, 5) == Decimal("105")
    assert float(project.call("totalttc", Decimal("10.5"))) == pytest.approx(12.6)
    assert project.call("Lignes", [1, 2, 3]) == ["n1", "n2", "n3"]
    assert project.call("Egal", "01000", 7, 2.5, True) == "01000|7|2.5|1"


def test_by_reference_parameters_come_back_in_a_tuple(project: wlinterp.Project) -> None:
    assert project.call("Echange", 1, "deux") == ("ok", "deux", 1)


def test_dict_is_an_associative_array(project: wlinterp.Project) -> None:
    assert project.call("Fiche", {"a": 2, "b": 3}) == 5


def test_each_call_starts_from_fresh_state_and_stdout_is_kept(project: wlinterp.Project) -> None:
    out = io.StringIO()
    assert project.call("Compte", stdout=out) == 1
    assert project.call("Compte", stdout=out) == 1
    assert out.getvalue() == "appel, 1\nappel, 1\n" and project.last_stdout == "appel, 1\n"


def test_per_call_clock_and_seed(project: wlinterp.Project) -> None:
    a = project.call("Horloge", now="2024-01-31 10:00", seed=7)
    assert a.startswith("20240131-") and a == project.call("Horloge", now="2024-01-31", seed=7)
    assert project.call("Horloge", now="2025-02-01", seed=7).startswith("20250201-")


def test_errors_and_unknown_procedures(project: wlinterp.Project) -> None:
    with pytest.raises(wlinterp.WLRuntimeError, match="no procedure named 'Nope'"):
        project.call("Nope")
    with pytest.raises(wlinterp.WLRuntimeError, match="wrong number of arguments"):
        project.call("TotalTTC")
    with pytest.raises(TypeError):
        project.call("TotalTTC", object())


def test_capture_yields_the_messages_sent_meanwhile(project: wlinterp.Project) -> None:
    with project.capture() as outbox:
        assert project.call("Envoi", "anne@example.org") is True
        assert project.call("Envoi", "bob@example.org") is True
    assert [m["Subject"] for m in outbox] == ["Facture anne@example.org",
                                              "Facture bob@example.org"]
    assert outbox[1]["To"] == "bob@example.org"
