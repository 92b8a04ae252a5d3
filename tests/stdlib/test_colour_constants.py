"""The colour constants (stdlib/colors.py): their values, both languages in any case and
without accents, known to `wl check` (no WL101), and PastelRed no longer a window
constant that stops the run."""
from __future__ import annotations

from pathlib import Path

import pytest

from wl_test_helpers import check_json
from wlinterp.cli import main

# the values verified in WINDEV Mobile's generated code (docs/builtins.md)
VERIFIED = {
    "Black": 0, "Noir": 0, "Transparent": -1, "LightRed": 255, "RougeClair": 255,
    "DarkRed": 128, "RougeFoncé": 128, "rougefonce": 128, "PastelRed": 10066431,
    "RougePastel": 10066431, "LightGreen": 65280, "VertClair": 65280,
    "PastelGreen": 10092441, "VERTPASTEL": 10092441, "LightBlue": 16711680,
    "BleuClair": 16711680, "LightYellow": 65535, "JauneClair": 65535,
    "DarkYellow": 32896, "JauneFonce": 32896, "LightOrange": 42495, "OrangeClair": 42495,
    "DarkGray": 8421504, "GrisFoncé": 8421504, "JauneOr": 55295,
}
# the values inferred by the palette / pastel rule
INFERRED = {
    "White": 0xFFFFFF, "Blanc": 0xFFFFFF, "DarkGreen": 0x008000, "VertFoncé": 0x008000,
    "DarkBlue": 0x800000, "BleuFoncé": 0x800000, "PastelBlue": 0xFF9999,
    "BleuPastel": 0xFF9999, "PastelYellow": 0x99FFFF, "JaunePastel": 0x99FFFF,
    "LightGray": 0xC0C0C0, "LightGrey": 0xC0C0C0, "GrisClair": 0xC0C0C0,
    "DarkGrey": 0x808080, "iBlack": 0, "iNoir": 0, "iLightCyan": 0xFFFF00,
    "iCyanClair": 0xFFFF00, "icyanclair": 0xFFFF00,
}


@pytest.mark.parametrize("name, value", sorted({**VERIFIED, **INFERRED}.items()))
def test_a_colour_constant_has_its_value(name: str, value: int, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    script = tmp_path / "s.wl"
    script.write_text(f"n is int = {name}\nTrace(n)\n", encoding="utf-8")
    assert main(["run", str(script)]) == 0
    assert capsys.readouterr().out.strip() == str(value)
    assert check_json(script) == []


def test_pastel_red_is_no_window_constant(tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    """It stopped the run ("window constant") before it was a colour."""
    script = tmp_path / "s.wl"
    script.write_text("Trace(RGBRed(PastelRed), RVBVert(RougePastel))\n", encoding="utf-8")
    assert main(["run", str(script)]) == 0
    out, err = capsys.readouterr()
    assert out.strip() == "255, 153" and "window constant" not in err
