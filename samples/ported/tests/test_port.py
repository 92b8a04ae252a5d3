"""The Python port side by side with the original WLanguage procedures."""
from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

import pytest

import wlinterp

HERE = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(HERE))

import facturation_port as port  # noqa: E402


@pytest.fixture(scope="module")
def original() -> wlinterp.Project:
    return wlinterp.Project(HERE)


@pytest.mark.parametrize("amount, rate", [(100, 20), (19.99, 20), (Decimal("0.05"), 5.5),
                                          (1234, 0)])
def test_total_ttc_matches_the_original(original: wlinterp.Project, amount: object,
                                        rate: object) -> None:
    assert port.total_ttc(amount, rate) == pytest.approx(original.call("TotalTTC", amount, rate))


def test_discount_by_reference_matches(original: wlinterp.Project) -> None:
    result, amount, percent = original.call("AppliqueRemise", 200, 10)
    assert (Decimal(str(result)), Decimal(str(amount))) == port.apply_discount(200, 10)
    assert percent == 10


def test_the_invoice_mail(original: wlinterp.Project) -> None:
    with original.capture() as outbox:
        assert original.call("EnvoieFacture", "anne@exemple.org", "F-7", 12) is True
    assert [m["Subject"] for m in outbox] == ["Facture F-7"]
    assert "12 EUR" in outbox[0].get_body(("plain",)).get_content()
