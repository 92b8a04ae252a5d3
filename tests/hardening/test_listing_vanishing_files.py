"""fListFile / fListeFichier with fdFullInformation on a folder another program is
changing: a file deleted between the reading of the folder and the reading of its
details stopped the run with a Python error (FileNotFoundError, an internal error; found
by calling every built-in with odd arguments, fListFile walking /proc). A file gone is
left out of the listing (stdlib/file_information.py); every line still has its four
fields. A real folder on disk, a thread deleting and creating its files meanwhile.

50 listings of the 300 files (150 before): with file_information.full_information
letting the FileNotFoundError through, 50 failed 8 runs out of 8 under -n 0 at a load of
12 (15 listings: 4 out of 6, too few)."""
from __future__ import annotations

import io
import os
import sys
import threading
from pathlib import Path

import pytest

from wlinterp.engine import run_source

FILES = 300


def _churn(folder: Path, stop: threading.Event) -> None:
    """Delete each file and make it again, round after round, until `stop`."""
    while not stop.is_set():
        for n in range(FILES):
            path = folder / f"f{n:03d}.txt"
            try:
                path.unlink()
            except FileNotFoundError:
                pass
            path.write_bytes(b"x")


@pytest.mark.parametrize("call", ['fListFile(sDir + "/*.txt", frNotRecursive + fdFullInformation)',
                                  'fListeFichier(sDir + "/*.txt", frNonRécursif + '
                                  'fdInformationComplète)'], ids=["en", "fr"])
def test_a_file_deleted_while_listed_is_left_out(tmp_path: Path, call: str) -> None:
    interval = sys.getswitchinterval()
    sys.setswitchinterval(0.0001)  # the threads take turns often: the race is met
    folder = tmp_path / "busy"
    folder.mkdir()
    for n in range(FILES):
        (folder / f"f{n:03d}.txt").write_bytes(b"x")
    stop = threading.Event()
    churn = threading.Thread(target=_churn, args=(folder, stop), daemon=True)
    out = io.StringIO()
    churn.start()
    try:
        run_source(f'''sDir is string = "{folder}"
nBad is int
FOR i = 1 TO 50
  FOR EACH STRING sLine OF {call} SEPARATED BY CR
    IF StringCount(sLine, TAB) <> 3 THEN nBad++
  END
END
Trace(nBad)
''', "busy.wl", stdout=out, stderr=io.StringIO())
    finally:
        stop.set()
        churn.join(10)
        sys.setswitchinterval(interval)
    assert out.getvalue() == "0\n"
    assert len(os.listdir(folder)) <= FILES
