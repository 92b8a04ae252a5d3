"""Every path, Windows-style or POSIX-style, finds a file whose name differs only in case
when it names nothing as written (wlinterp/native_paths.py `existing_case`; docs/builtins.md
"Windows paths on POSIX"), unless WL_PATH_CASE=exact, and a new file keeps the case the program wrote (one of another case there is written
over)."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from stdlib_helpers import call
from wlinterp.native_paths import existing_case, native_path
from wlinterp.runtime.state import Runtime

pytestmark = pytest.mark.skipif(os.sep != "/", reason="case folding applies on POSIX only")


@pytest.fixture()
def sandbox(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """`C:\\` is tmp_path, holding Temp/a.pdf."""
    monkeypatch.setenv("WL_DRIVE_ROOT", str(tmp_path))
    (tmp_path / "Temp").mkdir()
    (tmp_path / "Temp" / "a.pdf").write_bytes(b"%PDF")
    return tmp_path


def _listings_under(folder: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The folders os.listdir is asked for from now on, those under `folder` (the first
    built-in call of a test worker may also list the stdlib package's folder to find its
    module: not the look-ups counted here)."""
    listed: list[str] = []
    real = os.listdir

    def listing(f: str) -> list[str]:
        if str(f).startswith(str(folder)):
            listed.append(f)
        return real(f)
    monkeypatch.setattr(os, "listdir", listing)
    return listed


def test_a_windows_path_finds_the_file_whatever_its_case(sandbox: Path) -> None:
    assert native_path("c:/TEMP/A.PDF") == f"{sandbox}/Temp/a.pdf"
    assert native_path("C:\\temp\\A.Pdf") == f"{sandbox}/Temp/a.pdf"


def test_a_posix_path_built_from_a_folder_finds_the_file_whatever_its_case(
        rt: Runtime, sandbox: Path) -> None:
    """INFERRED (6 Dec 2026): fExeDir() + "/data.txt" is a POSIX path on POSIX, but the
    name after it was written for Windows; the exact name is tried first."""
    assert native_path(f"{sandbox}/TEMP/A.PDF") == f"{sandbox}/Temp/a.pdf"
    assert native_path(f"{sandbox}/Temp/a.pdf") == f"{sandbox}/Temp/a.pdf"
    folder = call(rt, "CompleteDir", str(sandbox / "Temp"))
    assert call(rt, "fLoadText", folder + "A.Pdf") == "%PDF"
    assert call(rt, "fChargeTexte", folder + "A.PDF") == "%PDF"
    (sandbox / "Temp" / "A.PDF").write_bytes(b"other")  # two names for one: neither
    assert native_path(f"{sandbox}/Temp/A.pdf") == f"{sandbox}/Temp/A.pdf"


def test_a_new_file_keeps_the_case_written_in_the_folder_found(sandbox: Path) -> None:
    assert native_path("C:\\TEMP\\New.TXT") == f"{sandbox}/Temp/New.TXT"
    assert native_path("C:\\Missing\\Sub\\b.txt") == f"{sandbox}/Missing/Sub/b.txt"


def test_two_names_differing_only_in_case_leave_the_path_as_written(tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_text("1")
    (tmp_path / "X.TXT").write_text("2")
    assert existing_case(f"{tmp_path}/x.Txt") == f"{tmp_path}/x.Txt"
    assert existing_case(f"{tmp_path}/X.TXT") == f"{tmp_path}/X.TXT"


def test_relative_windows_paths_fold_below_the_current_folder(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "Data").mkdir()
    (tmp_path / "Data" / "Clients.csv").write_text("a;b")
    assert native_path("DATA\\CLIENTS.CSV") == "Data/Clients.csv"
    assert native_path(".\\data\\clients.csv") == "./Data/Clients.csv"
    assert native_path("data/clients.csv") == "Data/Clients.csv"  # POSIX-style too
    assert native_path("Data/Clients.csv") == "Data/Clients.csv"


def test_file_functions_read_write_and_delete_through_the_fold(
        rt: Runtime, sandbox: Path) -> None:
    assert call(rt, "fLoadText", "C:\\TEMP\\A.PDF") == "%PDF"
    assert call(rt, "fFileExist", "c:\\temp\\a.PDF") is True
    assert call(rt, "fSize", "C:\\Temp\\A.pdf") == 4
    assert call(rt, "fSaveText", "C:\\TEMP\\NEW.txt", "n") is True
    assert sorted(os.listdir(sandbox / "Temp")) == ["NEW.txt", "a.pdf"]
    assert call(rt, "fDelete", "C:\\TEMP\\A.PDF") is True
    assert os.listdir(sandbox / "Temp") == ["NEW.txt"]


def test_a_nul_in_the_path_stays_the_file_functions_failure(rt: Runtime, sandbox: Path) -> None:
    assert existing_case("C:/a\0b") == "C:/a\0b"
    assert call(rt, "fFileExist", "C:\\a\0b") is False


def test_files_written_keep_their_names_listing_their_folder_once(
        rt: Runtime, sandbox: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """fSaveText, fSaveBuffer, fCreate and fOpen with foCreate keep a new name as
    written, and look for one of another case in their folder (written over, next
    test) in a listing kept up to date by the program's own creations: a loop creating
    thousands of files listed the folder at each one (5,000 files took 30 s instead of
    0.5 s) when every write listed it."""
    listed = _listings_under(sandbox, monkeypatch)
    assert native_path("C:\\Temp\\Out_1.TXT", new=True) == f"{sandbox}/Temp/Out_1.TXT"
    for i in range(2, 60):
        assert call(rt, "fSaveText", f"C:\\Temp\\Out_{i}.TXT", "x") is True
    assert call(rt, "fSaveBuffer", "C:\\Temp\\Out_0.bin", "x") is True
    assert len(listed) <= 2, listed  # Temp, once before its first creation and once after
    monkeypatch.undo()
    assert len(os.listdir(sandbox / "Temp")) == 60
    assert "Out_59.TXT" in os.listdir(sandbox / "Temp")
    import wlinterp.native_paths as native
    native._LISTINGS.clear()


def test_writing_over_a_name_in_another_case_writes_that_file(
        rt: Runtime, sandbox: Path) -> None:
    """DECIDED (docs/builtins.md "Case in paths"): Windows has one file for
    `A.PDF` and `a.pdf`, so a write names the file there, whose name keeps its case; a
    new name keeps the case written. Two names differing only in case (made by another
    program) leave the path as written."""
    assert call(rt, "fSaveText", "C:\\Temp\\A.PDF", "new") is True
    assert sorted(os.listdir(sandbox / "Temp")) == ["a.pdf"]
    assert call(rt, "fLoadText", "C:\\TEMP\\a.pdf") == "new"
    handle = call(rt, "fCreate", "C:\\temp\\A.Pdf")
    call(rt, "fClose", handle)
    assert sorted(os.listdir(sandbox / "Temp")) == ["a.pdf"]
    assert call(rt, "fLoadText", "C:\\Temp\\a.pdf") == ""  # fCreate emptied it
    (sandbox / "Temp" / "A.PDF").write_text("other")
    assert call(rt, "fSaveText", "C:\\Temp\\a.PDF", "third") is True
    assert sorted(os.listdir(sandbox / "Temp")) == ["A.PDF", "a.PDF", "a.pdf"]


def test_parent_parts_of_a_windows_path_are_resolved_on_the_text(
        rt: Runtime, sandbox: Path) -> None:
    """DECIDED: `..` goes up on the text, as Windows resolves it, through a folder that
    does not exist; above a drive's root is its root (WL_DRIVE_ROOT's folder)."""
    assert native_path("C:\\Temp\\Missing\\..\\A.PDF") == f"{sandbox}/Temp/a.pdf"
    assert call(rt, "fLoadText", "C:\\Nowhere\\..\\Temp\\a.pdf") == "%PDF"
    assert native_path("C:\\..\\..\\etc\\passwd") == f"{sandbox}/etc/passwd"
    assert call(rt, "fSaveText", "C:\\Temp\\New\\..\\b.txt", "b") is True
    assert (sandbox / "Temp" / "b.txt").read_text() == "b"
    assert native_path("Data\\..\\a.txt") == "a.txt"
    assert native_path("..\\up\\x.txt") == "../up/x.txt"  # out of a relative path: kept
    assert native_path("Temp/../x") == "Temp/../x"  # a POSIX-style path: as written


def test_the_folder_search_handles_names_whose_lower_case_is_longer(tmp_path: Path) -> None:
    (tmp_path / "İstanbul.txt").write_text("1")
    (tmp_path / "Rapport.TXT").write_text("2")
    assert existing_case(f"{tmp_path}/rapport.txt") == f"{tmp_path}/Rapport.TXT"
    assert existing_case(f"{tmp_path}/i̇stanbul.TXT") == f"{tmp_path}/İstanbul.txt"
    assert existing_case(f"{tmp_path}/apport.txt") == f"{tmp_path}/apport.txt"


def test_a_settled_folder_is_listed_once_and_a_change_is_seen(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import wlinterp.native_paths as native

    (tmp_path / "Old.txt").write_text("1")
    past = 1_000_000_000
    os.utime(tmp_path, (past, past))
    listed = _listings_under(tmp_path, monkeypatch)
    for i in range(5):
        assert existing_case(f"{tmp_path}/absent{i}.txt") == f"{tmp_path}/absent{i}.txt"
    assert listed == [str(tmp_path)]
    (tmp_path / "New.txt").write_text("2")  # the folder changes: listed again
    assert existing_case(f"{tmp_path}/NEW.TXT") == f"{tmp_path}/New.txt"
    assert existing_case(f"{tmp_path}/NEW.TXT") == f"{tmp_path}/New.txt"
    assert len(listed) == 3  # a folder changed just now is not kept
    native._LISTINGS.clear()


def test_wl_path_case_exact_turns_the_look_up_off(sandbox: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WL_PATH_CASE", "exact")
    assert native_path("c:/TEMP/A.PDF") == f"{sandbox}/TEMP/A.PDF"
    assert native_path(f"{sandbox}/TEMP/a.pdf") == f"{sandbox}/TEMP/a.pdf"


def test_a_growing_folder_is_not_listed_at_each_look_up(
        rt: Runtime, sandbox: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """fFileExist before each file written into a growing folder listed the folder at
    each look-up (quadratic: 3,000 files, 3,007 listings). The program's own creations
    bring the kept listing up to date; a file made by another program after a look-up is
    found, its case folded, at the next one."""
    import wlinterp.native_paths as native

    (sandbox / "Out").mkdir()
    listed = _listings_under(sandbox, monkeypatch)
    for i in range(40):
        path = f"C:\\Out\\File_{i}.TXT"
        assert call(rt, "fFileExist", path) is False
        assert call(rt, "fSaveText", path, str(i)) is True
    assert len(listed) <= 2  # the drive's folder once, Out once
    assert call(rt, "fFileExist", "C:\\OUT\\file_7.txt") is True  # its own, case folded
    assert call(rt, "fLoadText", "c:\\out\\FILE_39.TXT") == "39"
    assert call(rt, "fFileExist", "C:\\Out\\other.txt") is False
    (sandbox / "Out" / "Other.TXT").write_text("o")  # another program's file
    assert call(rt, "fFileExist", "C:\\Out\\other.txt") is True
    assert call(rt, "fLoadText", "C:\\OUT\\OTHER.txt") == "o"
    handle = call(rt, "fCreate", "C:\\Out\\Made.TXT")
    call(rt, "fClose", handle)
    assert call(rt, "fSaveBuffer", "C:\\Out\\Raw.BIN", "r") is True
    assert call(rt, "fFileExist", "C:\\out\\made.txt") is True
    assert call(rt, "fLoadBuffer", "C:\\out\\raw.bin") == "r"
    native._LISTINGS.clear()
