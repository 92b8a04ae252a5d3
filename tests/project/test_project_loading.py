"""Projects of several files: discovery, globals first, set-qualified names, run_file on
WINDEV text files, errors at the original file and line."""
from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

import wlinterp
from wlinterp.project.sources import find_layout
from windev_text import class_file, procedure_set

PRICING = procedure_set(
    "pPricing",
    "CONSTANT TVA_NORMALE = 20\ngTaux est un réel = 5.5\n",
    {"TotalTTC": "PROCÉDURE TotalTTC(mHT est un monétaire, nTaux = TVA_NORMALE)\n"
                 "RENVOYER mHT * (1 + nTaux / 100)",
     "Arrondi": "PROCEDURE Arrondi(x)\nRESULT Round(x, 2)"})

COUNTER = class_file(
    "CCompteur", "CCompteur est une Classe\n\tm_n est un entier\nFIN",
    {"Constructeur": "PROCÉDURE Constructeur()\n:m_n = 10",
     "Plus": "// Summary: adds k\n// Parameters:\n//  k: how much\nPROCÉDURE PUBLIQUE Plus(k)\n"
             ":m_n += k\nRENVOYER :m_n",
     "Moins": "//\nprocedure Moins(k)\n:m_n -= k\nRESULT :m_n"})


def run(path: Path, **kw: object) -> str:
    out = io.StringIO()
    wlinterp.run_file(str(path), stdout=out, stderr=io.StringIO(), **kw)
    return out.getvalue()


def make_project(tmp_path: Path, marker: str = "App.wdp") -> Path:
    (tmp_path / marker).write_text("info :\n name : App\n" if marker.endswith(".wdp") else "",
                                   encoding="utf-8")
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "pPricing.wdg").write_text(PRICING, encoding="utf-8")
    (tmp_path / "src" / "CCompteur.wdc").write_text(COUNTER, encoding="utf-8")
    (tmp_path / "lib.wl").write_text("gPrefix is string = \"> \"\nPROCEDURE Show(x)\n"
                                     "Trace(gPrefix + x)\n", encoding="utf-8")
    return tmp_path


def test_a_script_sees_every_file_of_a_wdp_project(tmp_path: Path) -> None:
    root = make_project(tmp_path)
    (root / "scripts").mkdir()
    script = root / "scripts" / "main.wl"
    script.write_text("c is CCompteur\nShow(TotalTTC(100))\nShow(pPricing.TotalTTC(100, 10))\n"
                      "Show(pPricing.gTaux)\nShow(c.Plus(5))\nShow(c.Moins(1))\n",
                      encoding="utf-8")
    assert run(script).splitlines() == ["> 120", "> 110", "> 5.5", "> 15", "> 14"]


def test_wlproject_toml_sources_and_exclude(tmp_path: Path) -> None:
    root = make_project(tmp_path, "wlproject.toml")
    (root / "wlproject.toml").write_text('sources = ["src", "."]\nexclude = ["old"]\n',
                                         encoding="utf-8")
    (root / "old").mkdir()
    (root / "old" / "broken.wl").write_text("IF\n", encoding="utf-8")  # would not compile
    layout = find_layout(str(root / "src" / "pPricing.wdg"))
    assert layout.root == str(root) and layout.marked
    names = [Path(p).name for p in layout.code_files()]
    assert names == ["CCompteur.wdc", "pPricing.wdg", "lib.wl"]  # classes, sets, libraries
    script = root / "main.wl"
    script.write_text("Show(Arrondi(TotalTTC(1, gTaux)))\n", encoding="utf-8")
    assert run(script) == "> 1.06\n"


def test_without_marker_only_windev_files_beside_the_script(tmp_path: Path) -> None:
    (tmp_path / "pPricing.wdg").write_text(PRICING, encoding="utf-8")
    (tmp_path / "other.wl").write_text('Trace("must not run")\n', encoding="utf-8")
    (tmp_path / "main.wl").write_text("Trace(TotalTTC(10))\n", encoding="utf-8")
    assert run(tmp_path / "main.wl") == "12\n"


def test_without_marker_procedure_libraries_beside_the_script_are_loaded(
        tmp_path: Path) -> None:
    (tmp_path / "outils.wl").write_text('gSuffixe est une chaîne = "!"\n'
                                        "PROCÉDURE Crie(s)\nRENVOYER Majuscule(s) + gSuffixe\n",
                                        encoding="utf-8")
    (tmp_path / "script2.wl").write_text('Trace("must not run")\nPROCEDURE Crie(s)\n'
                                         "RESULT s\n", encoding="utf-8")
    (tmp_path / "test_x.wl").write_text("PROCEDURE Crie(s)\nRESULT s\n", encoding="utf-8")
    (tmp_path / "main.wl").write_text('Trace(Crie("salut"))\n', encoding="utf-8")
    assert run(tmp_path / "main.wl") == "SALUT!\n"


def test_run_file_on_a_procedure_set_runs_its_declarations(tmp_path: Path) -> None:
    loud = procedure_set("pPricing", 'gTaux est un réel = 5.5\nTrace("loaded", gTaux)',
                         {"TotalTTC": "PROCEDURE TotalTTC(m is currency)\nRESULT m * 1.2"})
    (tmp_path / "pPricing.wdg").write_text(loud, encoding="utf-8")
    assert run(tmp_path / "pPricing.wdg") == "loaded, 5.5\n"
    out = io.StringIO()
    wlinterp.run_file(str(tmp_path / "pPricing.wdg"), stdout=out, call="TotalTTC",
                      args=["50"])
    assert out.getvalue().splitlines() == ["loaded, 5.5", "60"]


def test_runtime_error_in_another_file_points_there(tmp_path: Path) -> None:
    (tmp_path / "pPricing.wdg").write_text(PRICING.replace("RESULT Round(x, 2)",
                                                           "RESULT x / 0"), encoding="utf-8")
    (tmp_path / "main.wl").write_text("\nTrace(Arrondi(3))\n", encoding="utf-8")
    with pytest.raises(wlinterp.WLRuntimeError) as info:
        run(tmp_path / "main.wl")
    err = info.value
    assert err.filename.endswith("pPricing.wdg") and "Division by zero" in err.message
    lines = PRICING.splitlines()
    assert lines[err.line - 1].strip() == "RESULT Round(x, 2)"  # replaced by x / 0
    assert err.stack[-1] == f"in the main code, line 2 of {tmp_path / 'main.wl'}"


def test_compile_error_names_the_element_and_its_line(tmp_path: Path) -> None:
    bad = PRICING.replace("RESULT Round(x, 2)", "IF x THEN\nRESULT Round(x, 2)")
    (tmp_path / "pPricing.wdg").write_text(bad, encoding="utf-8")
    (tmp_path / "main.wl").write_text("Trace(1)\n", encoding="utf-8")
    heads = []
    for marker, code, kind in ((None, 0, "warning"), ("wlproject.toml", 65, "error")):
        if marker:  # in a project the broken file stops the run; beside a script it is
            (tmp_path / marker).write_text("", encoding="utf-8")  # left out (a warning)
        r = subprocess.run([sys.executable, "-m", "wlinterp", "run", "main.wl"], cwd=tmp_path,
                           capture_output=True, text=True, timeout=60)
        assert r.returncode == code, r.stderr
        head = r.stderr.splitlines()[0]
        assert head.startswith("pPricing.wdg:") and head.endswith("(in Arrondi)")
        assert f": {kind}: " in head, head
        line = int(head.split(":")[1])
        assert bad.splitlines()[line - 1].strip().startswith(("IF x THEN", "RESULT Round"))
        heads.append(head.split(": ")[0])
    assert heads[0] == heads[1]  # the same place either way


def test_random_bytes_saved_as_wdg_are_refused(tmp_path: Path) -> None:
    (tmp_path / "Junk.wdg").write_bytes(os.urandom(2000).replace(b":", b"."))
    r = subprocess.run([sys.executable, "-m", "wlinterp", "run", "Junk.wdg"], cwd=tmp_path,
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 65
    assert "not a WINDEV text-format file" in r.stderr and "Traceback" not in r.stderr
    with pytest.raises(wlinterp.WLSyntaxError):
        wlinterp.run_file(str(tmp_path / "Junk.wdg"))


def test_summary_headers_and_modifiers_attach_methods_to_their_class() -> None:
    from wlinterp.syntax.winfile import program_source
    source = program_source(COUNTER, "CCompteur.wdc")
    assert "PROCÉDURE PUBLIQUE CCompteur::Plus(k)" in source
    assert "procedure CCompteur::Moins(k)" in source


def test_a_class_declared_again_names_the_other_file(tmp_path: Path) -> None:
    """A script beside a procedure library it needs (it calls Outil) that declares the
    same class: `wl run` and `wl check` both refuse it and say where the first
    declaration is. (A library it does not need is not loaded: project/needed.py.)"""
    (tmp_path / "outils.wl").write_text("cA est une Classe\n\tm est un entier\nFIN\n"
                                        "PROCÉDURE cA::P()\nRENVOYER 1\n"
                                        "PROCÉDURE Outil()\nRENVOYER 2\n", encoding="utf-8")
    (tmp_path / "main.wl").write_text("o est un cA\nTrace(o.m, Outil())\ncA is a Class\n"
                                      "\tm is int\nEND\n", encoding="utf-8")
    for command in ("run", "check"):
        r = subprocess.run([sys.executable, "-m", "wlinterp", command, "main.wl"],
                           cwd=tmp_path, capture_output=True, text=True, timeout=60)
        assert r.returncode == 65, (command, r.stderr)
        first = r.stderr.splitlines()[0]
        assert first.startswith("main.wl:3:1: error"), (command, first)
        assert first.endswith("the class 'cA' is declared twice "
                              "(first declared at outils.wl:1)"), (command, first)


@pytest.mark.parametrize("names, marked", [(["App.WDP"], True), (["a.wl", "b.wdp"], True),
                                           (["App.wdpx", "wdp", "App.wd"], False)])
def test_a_wdp_marker_in_any_case_and_only_as_the_suffix(tmp_path: Path, names: list[str],
                                                        marked: bool) -> None:
    """find_layout searches each folder's names joined (sources._holds_wdp): `.wdp` at a
    name's end counts, in any case; `.wdp` inside a name or a name `wdp` does not."""
    folder = tmp_path / "project"
    folder.mkdir()
    for name in names:
        (folder / name).write_text("", encoding="utf-8")
    layout = find_layout(str(folder / "a.wl"))
    assert layout.marked is marked
    assert layout.root == str(folder) or not marked


def test_a_text_format_file_with_a_nul_says_so(tmp_path: Path) -> None:
    """A .wdg saved in text format, damaged by one NUL, was refused as having "no 'key :'
    lines found", though its keys are all there: the reader looked for the wrong thing.
    The message names the NUL and its line (wl run and wl check alike)."""
    text = procedure_set("pOutils", "", {"Double": "PROCEDURE Double(x)\nRESULT x * 2"})
    lines = text.splitlines()
    lines[-2] += "\x00"
    (tmp_path / "pOutils.wdg").write_text("\n".join(lines) + "\n", encoding="utf-8")
    for command in ("run", "check"):
        r = subprocess.run([sys.executable, "-m", "wlinterp", command, "pOutils.wdg"],
                           cwd=tmp_path, capture_output=True, text=True, timeout=60)
        assert r.returncode == 65 and "Traceback" not in r.stderr, r
        assert f"(a NUL character at line {len(lines) - 1}, which no text file holds" \
               in r.stderr, r.stderr
        assert "no 'key :' lines found" not in r.stderr
