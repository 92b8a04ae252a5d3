"""FTPListFile, FTPFileExist, FTPAttribute, FTPDate, FTPTime, FTPDateTime
(stdlib/ftp_listing.py; docs/builtins.md "FTP") against the real FTP server on 127.0.0.1
(tests/ftp_loopback.py), in English and in French; and the two listing forms servers
write (Unix `ls -l`, Windows IIS) read line by line."""
from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from ftp_loopback import FTPServer
from wl_test_helpers import run_lines
from wlinterp.registry import load_stdlib
from wlinterp.semantics import analyze
from wlinterp.syntax.parser import parse
from wlinterp.stdlib.ftp_listing import mlsd_entry, parse_line


def served(tmp_path: Path) -> Path:
    """The folder the servers serve: /docs with three files and a folder."""
    root = tmp_path / "served"
    (root / "docs" / "old").mkdir(parents=True)
    (root / "docs" / "a.txt").write_bytes(b"12345")
    (root / "docs" / "b.TXT").write_bytes(b"1")
    (root / "docs" / "c.csv").write_bytes(b"123")
    stamp = time.mktime((2026, 3, 5, 14, 30, 15, 0, 0, -1))  # local time
    os.utime(root / "docs" / "a.txt", (stamp, stamp))
    return root


@pytest.fixture()
def server(tmp_path: Path) -> Iterator[FTPServer]:
    srv = FTPServer(served(tmp_path), {"ann": "hunter2"})
    yield srv
    srv.close()


EN = '''
n is int = FTPConnect("127.0.0.1", "ann", "hunter2", {port})
Trace(FTPListFile(n, "/docs/*.txt", ListFTPFile, "p"))
Trace(FTPListFile(n, "/docs", "ListFTPFile", "", ftpDirectory))
Trace(FTPListFile(n, "/docs/*.*", StopFirst))
Trace(FTPFileExist(n, "/docs/a.txt"), FTPFileExist(n, "/docs/z.txt"), ErrorOccurred)
Trace(FTPFileExist(n, "/docs/old"), FTPFileExist(n, "/docs/old", ftpDirectory))
Trace(FTPAttribute(n, "/docs/old"), "[" + FTPAttribute(n, "/docs/a.txt") + "]")
Trace(FTPDate(n, "/docs/a.txt"), FTPTime(n, "/docs/a.txt"), FTPDateTime(n, "/docs/a.txt"))
Trace("[" + FTPDate(n, "/docs/a.txt", FTPCreation) + "]", ErrorOccurred)
Trace("[" + FTPDate(n, "/docs/none.txt") + "]", ErrorOccurred)
Trace(FTPListFile(7, "/docs", ListFTPFile), ErrorOccurred)

PROCEDURE ListFTPFile(sName, nSize, sAttribute, sDate, sTime, sParam)
Trace(sName, nSize, sAttribute, sDate, sTime, sParam)

PROCEDURE StopFirst(sName)
RESULT False
'''

FR = '''
n est un entier = FTPConnecte("127.0.0.1", "ann", "hunter2", {port})
Trace(FTPListeFichier(n, "/docs/*.txt", ListeFichierFTP, "p"))
Trace(FTPListeFichier(n, "/docs", "ListeFichierFTP", "", ftpRépertoire))
Trace(FTPListeFichier(n, "/docs/*.*", ArrêteAuPremier))
Trace(FTPFichierExiste(n, "/docs/a.txt"), FTPFichierExiste(n, "/docs/z.txt"), ErreurDétectée)
Trace(FTPFichierExiste(n, "/docs/old"), FTPFichierExiste(n, "/docs/old", ftpRépertoire))
Trace(FTPAttribut(n, "/docs/old"), "[" + FTPAttribut(n, "/docs/a.txt") + "]")
Trace(FTPDate(n, "/docs/a.txt"), FTPHeure(n, "/docs/a.txt"), FTPDateHeure(n, "/docs/a.txt"))
Trace("[" + FTPDate(n, "/docs/a.txt", FTPCréation) + "]", ErreurDétectée)
Trace("[" + FTPDate(n, "/docs/rien.txt") + "]", ErreurDétectée)
Trace(FTPListeFichier(7, "/docs", ListeFichierFTP), ErreurDétectée)

PROCÉDURE ListeFichierFTP(sNom, nTaille, sAttribut, sDate, sHeure, sParam)
Trace(sNom, nTaille, sAttribut, sDate, sHeure, sParam)

PROCÉDURE ArrêteAuPremier(sNom)
RENVOYER Faux
'''


@pytest.mark.parametrize("code", [EN, FR])
def test_list_file_calls_the_procedure_for_each_entry(server, code):
    lines = run_lines(code.format(port=server.port))
    assert lines[0] == "/docs/a.txt, 5, , 20260305, 143015, p"
    assert lines[1].startswith("/docs/b.TXT, 1, , ")  # the mask ignores case
    assert lines[2] == "2"
    assert lines[3].startswith("/docs/old, ") and ", D, " in lines[3]
    assert lines[4:6] == ["1", "1"]  # only the folder; the procedure stopped at once
    assert lines[6:11] == ["1, 0, 0", "0, 1", "D, []",
                           "20260305, 143015, 20260305143015", "[], 1"]
    assert lines[11] == "[], 1"
    assert lines[12] == "-1, 1"
    assert "LIST /docs" in server.lines and "MDTM /docs/a.txt" in server.lines


@pytest.mark.parametrize("line, name, size, folder, read_only, stamp", [
    ("-rw-r--r--   1 owner group      5 Mar 05  2025 a file.txt", "a file.txt", 5,
     False, False, "20250305000000"),
    ("dr-xr-xr-x   2 ftp ftp         0 Jan 01 2024 pub", "pub", 0, True, True,
     "20240101000000"),
    ("lrwxrwxrwx 1 0 0 7 Feb 3 2023 latest -> v1.2", "latest", 7, False, False,
     "20230203000000"),
    ("12-03-25  01:34PM       <DIR>          Reports", "Reports", 0, True, False,
     "20251203133400"),
    ("07-14-24  09:05AM                 1234 data.csv", "data.csv", 1234, False, False,
     "20240714090500"),
])
def test_listing_lines_of_unix_and_windows_servers(line, name, size, folder, read_only,
                                                   stamp):
    entry = parse_line(line)
    assert entry is not None
    assert (entry.name, entry.size, entry.folder, entry.read_only, entry.stamp) == \
        (name, size, folder, read_only, stamp)


@pytest.mark.parametrize("line", ["total 12", "drwxr-xr-x 2 o g 0 Jan 01 00:00 .",
                                  "drwxr-xr-x 2 o g 0 Jan 01 00:00 ..", "garbage"])
def test_lines_that_are_no_entry(line):
    assert parse_line(line) is None


def test_a_procedure_named_in_a_text_is_a_callback_for_wl_check() -> None:
    """FTPListFile(n, "/", "ListProc"): the procedure is called with six values, so its
    parameters it does not read are no WL202, as fListFile's callbacks."""
    code = ('n is int = FTPConnect("127.0.0.1", "", "", 2121)\n'
            'FTPListFile(n, "/", "ListProc")\n'
            "PROCEDURE ListProc(sName, nSize, sAttr, sDate, sTime, sParam)\n"
            "Trace(sName)\n")
    found = analyze(parse(code, "p.wl"), load_stdlib(), unused=True).diagnostics
    assert [d.code for d in found if d.code == "WL202"] == []


@pytest.fixture()
def mlsd_server(tmp_path: Path) -> Iterator[FTPServer]:
    root = served(tmp_path)
    (root / "docs" / "c.csv").chmod(0o444)
    srv = FTPServer(root, {"ann": "hunter2"}, mlsd=True)
    yield srv
    srv.close()


@pytest.mark.parametrize("code", [EN, FR])
def test_a_server_offering_mlsd_is_listed_once_without_a_command_per_file(mlsd_server,
                                                                         code):
    """Where the server offers MLSD (MLST in FEAT), one listing gives each file's moment
    to the second: no MDTM per file (FTPListFile sent one per listed file before). The
    results are the LIST path's (the test above)."""
    lines = run_lines(code.format(port=mlsd_server.port))
    assert lines[0] == "/docs/a.txt, 5, , 20260305, 143015, p"
    assert lines[1].startswith("/docs/b.TXT, 1, , ")
    assert lines[2:6] == ["2", lines[3], "1", "1"] and ", D, " in lines[3]
    assert lines[6:9] == ["1, 0, 0", "0, 1", "D, []"]
    sent = mlsd_server.lines
    assert sent.count("FEAT") == 1 and "MLSD /docs" in sent and "LIST /docs" not in sent
    # FTPDate/FTPTime/FTPDateTime ask MDTM of a.txt; FTPListFile asked none
    assert [line for line in sent if line.startswith("MDTM /docs/") and "a.txt" not in line
            and "none" not in line and "rien" not in line] == []


def test_mlsd_tells_a_read_only_file(mlsd_server):
    code = ('n is int = FTPConnect("127.0.0.1", "ann", "hunter2", {port})\n'
            'Trace(FTPAttribute(n, "/docs/c.csv"), FTPListFile(n, "/docs/*.csv", P))\n'
            'PROCEDURE P(sName, nSize, sAttribute)\nTrace(sName, nSize, sAttribute)\n')
    assert run_lines(code.format(port=mlsd_server.port)) == ["/docs/c.csv, 3, R", "R, 1"]


def test_where_mlsd_is_offered_one_path_is_asked_with_mlst(mlsd_server):
    """FTPFileExist and FTPAttribute ask MLST for the one path (no listing of its
    folder on a data connection)."""
    code = ('n is int = FTPConnect("127.0.0.1", "ann", "hunter2", {port})\n'
            'Trace(FTPFileExist(n, "/docs/a.txt"), FTPFileExist(n, "/docs/z.txt"), '
            'ErrorOccurred)\n'
            'Trace(FTPFileExist(n, "/docs/old"), FTPAttribute(n, "/docs/old"), '
            'FTPAttribute(n, "/docs/c.csv"))\n'
            'Trace("[" + FTPAttribute(n, "/docs/z.txt") + "]", ErrorOccurred)\n')
    assert run_lines(code.format(port=mlsd_server.port)) == ["1, 0, 0", "0, D, R", "[ERR], 1"]
    sent = mlsd_server.lines
    assert "MLST /docs/a.txt" in sent and not any(line.startswith(("MLSD", "LIST"))
                                                  for line in sent)


@pytest.mark.parametrize("name, facts, expected", [
    ("a b.txt", {"type": "file", "size": "7", "modify": "20250101120000.123", "perm": "r"},
     ("a b.txt", 7, False, True)),
    ("pub", {"type": "dir", "modify": "20240101000000", "perm": "flcdmpe"},
     ("pub", 0, True, False)),
    ("x", {"type": "file", "size": "1"}, ("x", 1, False, False)),  # no perm: writable
])
def test_mlsd_facts(name, facts, expected):
    entry = mlsd_entry(name, facts)
    assert entry is not None
    assert (entry.name, entry.size, entry.folder, entry.read_only) == expected
    assert entry.exact == ("modify" in facts)


@pytest.mark.parametrize("name, kind", [(".", "cdir"), ("..", "pdir")])
def test_mlsd_lines_that_are_no_entry(name, kind):
    assert mlsd_entry(name, {"type": kind}) is None


LAST = """
Trace(FTPAttribute(), ErrorOccurred)
Trace(FTPSize(), ErrorOccurred)
n is int = FTPConnect("127.0.0.1", "ann", "hunter2", {port})
Trace(FTPListFile(n, "/docs/*.csv", Nothing), FTPAttribute(), FTPSize())
Trace(FTPSize(n, "/docs/b.TXT"), FTPAttribute())
Trace(FTPAttribute(n, "/docs/a.txt"), FTPSize())
Trace(FTPTime(n, "/docs/a.txt"), FTPDate(n), FTPDateTime(n), FTPAttribute())
Trace(FTPAttribute(n, "/docs/none.txt"), ErrorOccurred)
PROCEDURE Nothing(sName)
"""


@pytest.mark.parametrize("mlsd", [True, False], ids=["mlsd", "list"])
def test_the_last_file_an_ftp_function_was_about(tmp_path, mlsd):
    """FTPAttribute ?3040006: "ERR" on failure, and without parameters the attributes of
    the last file FTPDate, FTPTime, FTPSize or FTPListFile was about (the entry
    FTPListFile read: nothing asked); FTPSize ?3040007 without parameters, its size; FTPTime ?3040013 "HHMMSS", FTPDateTime ?1000020946
    "YYYYMMDDHHMMSS"; FTPDate without a file: the last one (INFERRED, as FTPAttribute)."""
    root = served(tmp_path)
    (root / "docs" / "c.csv").chmod(0o444)
    srv = FTPServer(root, {"ann": "hunter2"}, mlsd=mlsd)
    try:
        lines = run_lines(LAST.format(port=srv.port))
    finally:
        srv.close()
    assert lines[:2] == ["ERR, 1", "-1, 1"]
    assert lines[2:] == ["1, " + ("R" if mlsd else "") + ", 3", "1, ", ", 5",
                         "143015, 20260305, 20260305143015, ", "ERR, 1"]
    # after FTPListFile or FTPAttribute, FTPSize() asked nothing (their entry has it)
    assert "SIZE /docs/c.csv" not in srv.lines and "SIZE /docs/a.txt" not in srv.lines


SEVEN = {"EN": '''
n is int = FTPConnect("127.0.0.1", "ann", "hunter2", {port})
Trace(FTPListFile(n, "/docs/a*", WithExtra, "p"))
Trace(FTPListFile(n, "/docs/a*", NeedsSeven, "p"))

PROCEDURE WithExtra(sName, nSize, sAttribute, sDate, sTime, sParam, sExtra = "none")
Trace(sName, sParam, sExtra)

PROCEDURE NeedsSeven(sName, nSize, sAttribute, sDate, sTime, sParam, sExtra)
Trace(sExtra)
''', "FR": '''
n est un entier = FTPConnecte("127.0.0.1", "ann", "hunter2", {port})
Trace(FTPListeFichier(n, "/docs/a*", AvecEnPlus, "p"))
Trace(FTPListeFichier(n, "/docs/a*", VeutSept, "p"))

PROCÉDURE AvecEnPlus(sNom, nTaille, sAttribut, sDate, sHeure, sParam, sEnPlus = "aucun")
Trace(sNom, sParam, sEnPlus)

PROCÉDURE VeutSept(sNom, nTaille, sAttribut, sDate, sHeure, sParam, sEnPlus)
Trace(sEnPlus)
'''}


@pytest.mark.parametrize("lang", ["EN", "FR"])
def test_a_callback_with_a_seventh_parameter(server, lang):
    """The procedure gets the 6 values FTPListFile gives (docs/builtins.md "FTP"); a
    7th parameter with a default value takes it; a 7th without one is an error saying
    what FTPListFile gives, as ArraySort's callback given too few (never Python's)."""
    import io
    from wlinterp.engine import run_source
    from wlinterp.errors import WLRuntimeError
    out = io.StringIO()
    with pytest.raises(WLRuntimeError) as err:
        run_source(SEVEN[lang].format(port=server.port), "t.wl", stdout=out,
                   stderr=io.StringIO())
    assert ":4:7: " in str(err.value)
    assert "expects 7 parameter(s) but received 6: FTPListFile gives its procedure 6: " \
        "the name, the size, the attribute" in str(err.value)
    assert "needs a default value" in str(err.value)
    assert out.getvalue().splitlines() == [
        "/docs/a.txt, p, none" if lang == "EN" else "/docs/a.txt, p, aucun", "1"]


ONE_FILE = {"EN": '''
n is int = FTPConnect("127.0.0.1", "ann", "hunter2", {port})
Trace(FTPListFile(n, "/docs/a.txt", OneFile))
Trace(FTPListFile(n, "/docs/a.txt", OneFile, "", ftpDirectory))
Trace(FTPListFile(n, "/docs/old", OneFile))
Trace(FTPListFile(n, "/docs/same", OneFile))

PROCEDURE OneFile(sName, nSize, sAttribute, sDate, sTime)
Trace(sName, nSize, sDate, sTime)
''', "FR": '''
n est un entier = FTPConnecte("127.0.0.1", "ann", "hunter2", {port})
Trace(FTPListeFichier(n, "/docs/a.txt", UnFichier))
Trace(FTPListeFichier(n, "/docs/a.txt", UnFichier, "", ftpRépertoire))
Trace(FTPListeFichier(n, "/docs/old", UnFichier))
Trace(FTPListeFichier(n, "/docs/same", UnFichier))

PROCÉDURE UnFichier(sNom, nTaille, sAttribut, sDate, sHeure)
Trace(sNom, nTaille, sDate, sHeure)
'''}


@pytest.mark.parametrize("mlsd", [False, True], ids=["list", "mlsd"])
@pytest.mark.parametrize("lang", ["EN", "FR"])
def test_listing_one_file_by_its_path_gives_that_file(tmp_path, mlsd, lang):
    """`FTPListFile(n, "/docs/a.txt", P)`: the procedure gets the file once, named as
    written, with its moment; it got "/docs/a.txt/a.txt" and a date that was not the
    file's (LIST of a file gives the file's own line; its MDTM was asked of the wrong
    path). A folder given without a mask is still listed (an empty one: 0; one holding
    a file of its own name: that file)."""
    root = served(tmp_path)
    (root / "docs" / "same").mkdir()
    (root / "docs" / "same" / "same").write_bytes(b"12")
    srv = FTPServer(root, {"ann": "hunter2"}, mlsd=mlsd)
    try:
        lines = run_lines(ONE_FILE[lang].format(port=srv.port))
    finally:
        srv.close()
    assert lines[:4] == ["/docs/a.txt, 5, 20260305, 143015", "1", "0", "0"]
    assert lines[4].startswith("/docs/same/same, 2, ") and lines[5] == "1", lines
