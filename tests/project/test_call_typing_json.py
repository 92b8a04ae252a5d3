"""`wl run --call`: arguments typed by the declared parameters, --json results, and the
deterministic options (--now, --seed) of wl run."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from windev_text import procedure_set

SET = procedure_set("pText", "", {
    "Slug": "PROCEDURE Slug(s is string)\nRESULT s + \"-\" + Length(s)",
    "Mix": "PROCEDURE Mix(a, b is string, c is int, d is boolean)\nRESULT [a, b, c, d]",
    "Fiche": "PROCEDURE Fiche()\nSTRUCTURE Client\n  nom is string\n  total is currency\nEND\n"
             "c is Client\nc.nom = \"Anne\"\nc.total = 12.5\nRESULT c",
    "Table": "PROCEDURE Table()\nt is associative array of int\nt[\"a\"] = 1\nt[\"b\"] = 2\n"
             "RESULT t",
    "Jour": "PROCEDURE Jour()\nd is Date\nRESULT Today() + \" \" + d + \" \" + Random(1, 1000000)"})


def wl(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    (tmp_path / "pText.wdg").write_text(SET, encoding="utf-8")
    return subprocess.run([sys.executable, "-m", "wlinterp", "run", *args], cwd=tmp_path,
                          capture_output=True, text=True, timeout=60)


def test_a_string_parameter_keeps_leading_zeros(tmp_path: Path) -> None:
    r = wl(tmp_path, "--call", "Slug", "pText.wdg", "01000")
    assert (r.returncode, r.stdout) == (0, "01000-5\n"), r.stderr


def test_arguments_follow_the_declared_types_and_json(tmp_path: Path) -> None:
    r = wl(tmp_path, "--json", "--call", "Mix", "pText.wdg", "007", "007", "007", "1")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout) == [7, "007", 7, True]  # untyped: a numeric literal


def test_json_of_structures_and_associative_arrays(tmp_path: Path) -> None:
    r = wl(tmp_path, "--json", "--call", "Fiche", "pText.wdg")
    assert json.loads(r.stdout) == {"nom": "Anne", "total": 12.5}, r.stderr
    r = wl(tmp_path, "--json", "--call", "Table", "pText.wdg")
    assert json.loads(r.stdout) == {"a": 1, "b": 2}


def test_without_json_a_structure_or_array_result_shows_as_trace_shows_it(
        tmp_path: Path) -> None:
    """It failed: '<string>: error: A value of type structure cannot be converted to a
    string.' (a procedure returning a structure is common business code)."""
    r = wl(tmp_path, "--call", "Fiche", "pText.wdg")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout) == {"nom": "Anne", "total": 12.5}
    r = wl(tmp_path, "--call", "Table", "pText.wdg")
    assert (r.returncode, r.stdout) == (0, '{"a":1,"b":2}\n'), r.stderr
    (tmp_path / "script.wl").write_text("PROCEDURE Pair()\nRESULT [1, 2]\n", encoding="utf-8")
    r = wl(tmp_path, "--call", "Pair", "script.wl")
    assert (r.returncode, r.stdout) == (0, "[1,2]\n"), r.stderr


def test_now_and_seed_make_runs_repeatable(tmp_path: Path) -> None:
    args = ("--now", "2024-01-31 10:00", "--seed", "5", "--call", "Jour", "pText.wdg")
    first, second = wl(tmp_path, *args), wl(tmp_path, *args)
    assert first.stdout == second.stdout and first.stdout.startswith("20240131 20240131 ")
    r = wl(tmp_path, "--now", "yesterday", "--call", "Jour", "pText.wdg")
    assert r.returncode == 2 and "--now" in r.stderr


def test_output_does_not_depend_on_the_host_locale_or_time_zone(tmp_path: Path) -> None:
    """The same run under French, German and C locales and another TZ prints the same."""
    (tmp_path / "fmt.wl").write_text(
        'r is real = 1234.5\nm is currency = 0.1 + 0.2\nTrace(r, m, 1/4)\n'
        'Trace(NumToString(r, "10.2f"), DateToString(Today()), Now())\n', encoding="utf-8")
    outputs = set()
    for lang, tz in (("C", "UTC"), ("fr_FR.UTF-8", "Europe/Paris"), ("de_DE.UTF-8", "Asia/Tokyo")):
        env = {"PATH": "/usr/bin:/bin", "LANG": lang, "LC_ALL": lang, "TZ": tz}
        r = subprocess.run([sys.executable, "-m", "wlinterp", "run", "--now", "2024-01-31 10:00",
                            "--tz", "UTC", "fmt.wl"], cwd=tmp_path, capture_output=True,
                           text=True, timeout=60, env=env)
        assert r.returncode == 0, r.stderr
        outputs.add(r.stdout)
    assert len(outputs) == 1, outputs
    first, second = outputs.pop().splitlines()
    assert (first, second) == ("1234.5, 0.3, 0.25", "   1234.50, 31/01/2024, 10000000")
