"""HTTPDestination (NET, issue 8): real code saves a download with
`HTTPDestination(sFile)` before `HTTPRequest(url)` (?3043007: "the result of the request
can be saved in a backup file by HTTPDestination"); the name was unknown, a fatal error.
Against a loopback HTTP server, EN and FR scripts: a 5 MB answer lands in the file byte
for byte and not in memory (the run's longest string is 1 MB, which the same download
without HTTPDestination exceeds); the destination serves one request only; a compressed
answer is written decoded; a folder that does not exist and an answer cut short fail in
words, leave no file under that name and keep an older one as it was
(docs/builtins.md "HTTPDestination", INFERRED)."""
from __future__ import annotations

import gzip
import io
import random
from collections.abc import Iterator
from pathlib import Path

import pytest
from loopback import QuietHandler, serve_http

from wlinterp.engine import run_source

BIG = random.Random(25).randbytes(5 * 1024 * 1024)
SMALL_STRING = {"max_string": 1 << 20}


class Handler(QuietHandler):
    def do_GET(self) -> None:
        if self.path == "/big.bin":
            self.answer(BIG, "application/octet-stream")
        elif self.path == "/page":
            self.answer("pétale".encode(), "text/plain; charset=utf-8")
        elif self.path == "/gz":
            body = gzip.compress(b"compressed " * 1000)
            self.send_response(200)
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        else:  # /cut: announces more than it sends, then closes
            self.send_response(200)
            self.send_header("Content-Length", "100000")
            self.end_headers()
            self.wfile.write(b"x" * 1000)
            self.close_connection = True


@pytest.fixture
def server() -> Iterator[str]:
    """The server's URL (loopback.serve_http: quiet about a client that refuses the rest
    of an answer and goes, as the downloads refused here do)."""
    for port in serve_http(Handler):
        yield f"http://127.0.0.1:{port}"


EN = """HTTPDestination("{file}")
Trace(HTTPRequest("{url}/big.bin"), ErrorOccurred, Length(HTTPGetResult()))
Trace(fSize("{file}"), ExtractString(HTTPGetResult(httpHeader), 2, " "))
Trace(HTTPRequest("{url}/page"), HTTPGetResult())
Trace(HTTPRequest("{url}/big.bin"), ErrorOccurred)
"""
FR = """HTTPDestination("{file}")
Trace(HTTPRequête("{url}/big.bin"), ErreurDétectée, Taille(HTTPDonneRésultat()))
Trace(fTaille("{file}"), ExtraitChaîne(HTTPDonneRésultat(httpEntête), 2, " "))
Trace(HTTPRequête("{url}/page"), HTTPDonneRésultat())
Trace(HTTPRequête("{url}/big.bin"), ErreurDétectée)
"""


@pytest.mark.parametrize("script", [EN, FR], ids=["en", "fr"])
def test_a_download_lands_in_the_file_not_in_memory(server: str, tmp_path: Path,
                                                    script: str) -> None:
    """The last line: the same download kept in memory is refused (longer than the
    run's longest string), so the file's 5 MB never were a string."""
    target = tmp_path / "Téléchargements" / "archive.bin"
    target.parent.mkdir()
    out, err = io.StringIO(), io.StringIO()
    run_source(script.format(file=target, url=server), "d.wl", stdout=out, stderr=err,
               options=SMALL_STRING)
    assert out.getvalue().splitlines() == [
        "1, 0, 0", f"{len(BIG)}, 200", "1, pétale", "0, 1"], err.getvalue()
    assert target.read_bytes() == BIG
    assert [p.name for p in target.parent.iterdir()] == ["archive.bin"]  # no temporary left


def test_a_compressed_answer_is_written_decoded(server: str, tmp_path: Path) -> None:
    target = tmp_path / "page.txt"
    out = io.StringIO()
    run_source(f'HTTPDestination("{target}")\nTrace(HTTPRequest("{server}/gz"))\n', "g.wl",
               stdout=out, stderr=io.StringIO())
    assert (out.getvalue(), target.read_bytes()) == ("1\n", b"compressed " * 1000)


@pytest.mark.parametrize("where, words", [
    ("missing/folder/a.bin", ("could not be written to '{file}' (No such file or directory); "
                             "nothing was saved.")),
    ("kept.bin", ("the answer was cut short, the server announced 100000 bytes (its "
                 "Content-Length) and sent 1000; '{file}' was not written.")),
], ids=["no-folder", "cut-short"])
def test_a_download_that_fails_says_so_and_keeps_the_old_file(server: str, tmp_path: Path,
                                                              where: str, words: str) -> None:
    target = tmp_path / where
    path = "/cut" if where == "kept.bin" else "/big.bin"
    if where == "kept.bin":
        target.write_bytes(b"yesterday's file")
    code = f"""HTTPDestination("{target}")
Trace(HTTPRequête("{server}{path}"), ErreurDétectée)
Trace(ErreurInfo(errMessage))
"""
    out = io.StringIO()
    run_source(code, "f.wl", stdout=out, stderr=io.StringIO())
    lines = out.getvalue().splitlines()
    assert lines[0] == "0, 1"
    assert lines[1].endswith(words.format(file=target)), lines[1]
    assert sorted(p.name for p in tmp_path.rglob("*")) == (
        ["kept.bin"] if where == "kept.bin" else [])
    if where == "kept.bin":
        assert target.read_bytes() == b"yesterday's file"
