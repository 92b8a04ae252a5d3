"""A class's CONSTANT whose value names a constant of a file not gathered (PC SOFT's
DirectX example: CD3DFont's `D3DFVF_FONT2DVERTEX = D3DFVF_XYZRHW + ...`, the D3DFVF_
constants being in another file) is that class's WL111; `wl check` of another class of
the folder compiled with the folder's constants and stopped on it, a WL100 "a constant
must be a literal value" at the first class's line, named by the second's method."""
from __future__ import annotations

from pathlib import Path

import pytest

from windev_text import class_file
from wl_test_helpers import check_json

FONT = {"en": ("CFont", "CFont is Class\n\tm_n is int\nEND\nCONSTANT\n"
                        "\tFVF_FONT = FVF_XYZ + FVF_TEX1\n\tFVF_TWICE = FVF_FONT * 2\nEND"),
        "fr": ("CPolice", "CPolice est une Classe\n\tm_n est un entier\nFIN\nCONSTANTE\n"
                          "\tFVF_POLICE = FVF_XYZ + FVF_TEX1\n\tFVF_DOUBLE = FVF_POLICE * 2\n"
                          "FIN")}
STREAM = {"en": ("CStream", "CStream is Class\n\tm_n is int\nEND\nCONSTANT\n"
                            "\tSTREAM_BASE = 2\n\tSTREAM_READ = STREAM_BASE + 1\nEND",
                 {"Read": "PROCEDURE Read()\nRESULT STREAM_READ"}),
          "fr": ("CFlux", "CFlux est une Classe\n\tm_n est un entier\nFIN\nCONSTANTE\n"
                          "\tFLUX_BASE = 2\n\tFLUX_LIRE = FLUX_BASE + 1\nFIN",
                 {"Lire": "PROCÉDURE Lire()\nRENVOYER FLUX_LIRE"})}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_another_class_is_not_stopped_by_it(lang: str, tmp_path: Path) -> None:
    name, code = FONT[lang]
    font = tmp_path / f"{name}.wdc"
    font.write_text(class_file(name, code, {}), encoding="utf-8")
    sname, scode, procs = STREAM[lang]
    stream = tmp_path / f"{sname}.wdc"
    stream.write_text(class_file(sname, scode, procs), encoding="utf-8")
    assert check_json(stream) == []
    found = [(d["code"], d["message"]) for d in check_json(font)]
    assert ("WL111", "'FVF_XYZ' is not declared: a constant's value uses only literals "
            f"and other constants (in {name})") in found
