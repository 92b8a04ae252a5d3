"""Business code as WINDEV developers write it (issue 8, NET, method b): the supplier's
catalogue (a CSV of some megabytes) downloaded straight to disk with HTTPDestination,
its SHA-256 (HashFile, BufferToHexa NoGrouping NoLine) checked against the one the
supplier publishes, then counted with fReadLine up to EOT; a damaged or cut download is
never put in place of the current catalogue (tests/stdlib/business/
catalogue_fournisseur.wl and its English twin supplier_catalogue_en.wl). Against a
loopback server that serves the file whole, altered, or cut short.
"""
from __future__ import annotations

import hashlib
import io
from collections.abc import Iterator
from pathlib import Path

import pytest

from loopback import QuietHandler, serve_http
from wlinterp.engine import run_source

BUSINESS = Path(__file__).parent / "business"
ROWS = 60_000
CATALOGUE = ("référence;libellé;prix\r\n" + "".join(
    f"REF{i:06d};Câble électrique {i % 50} mm² — lot n°{i};{i % 997},{i % 100:02d}\r\n"
    for i in range(ROWS))).encode("utf-8")


class Supplier(QuietHandler):
    """/export/catalogue.csv and its .sha256; `mode` alters the file ("altered": one
    byte changed) or cuts it ("cut": half sent, then the connection closed)."""

    mode = "whole"

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        if self.path.endswith(".sha256"):
            digest = hashlib.sha256(CATALOGUE).hexdigest().upper()
            self.answer(f"{digest}  catalogue.csv\n".encode())
            return
        data = CATALOGUE if Supplier.mode != "altered" else \
            CATALOGUE[:1000] + b"X" + CATALOGUE[1001:]
        self.send_response(200)
        self.send_header("Content-Type", "text/csv; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data if Supplier.mode != "cut" else data[:len(data) // 2])


@pytest.fixture()
def supplier() -> Iterator[int]:
    Supplier.mode = "whole"
    yield from serve_http(Supplier)


CUT = (f"the answer was cut short, the server announced {len(CATALOGUE)} bytes (its "
       f"Content-Length) and sent {len(CATALOGUE) // 2}; '{{path}}' was not written.")
CASES = {
    "fr": ("catalogue_fournisseur.wl", {
        "whole": [f"catalogue à jour : {ROWS} article(s)"],
        "altered": [f"empreinte différente ({len(CATALOGUE)} octets reçus)",
                    "catalogue inchangé"],
        "cut": ["téléchargement interrompu : HTTPRequête: the request to {url}/export/"
                f"catalogue.csv failed: {CUT}", "catalogue inchangé"]}),
    "en": ("supplier_catalogue_en.wl", {
        "whole": [f"catalogue up to date: {ROWS} item(s)"],
        "altered": [f"checksum differs ({len(CATALOGUE)} bytes received)",
                    "catalogue unchanged"],
        "cut": ["download cut: HTTPRequest: the request to {url}/export/catalogue.csv "
                f"failed: {CUT}", "catalogue unchanged"]})}


@pytest.mark.parametrize("mode", ["whole", "altered", "cut"])
@pytest.mark.parametrize("lang", sorted(CASES))
def test_only_a_whole_catalogue_replaces_the_current_one(supplier, tmp_path, lang, mode):
    name, said = CASES[lang]
    Supplier.mode = mode
    (tmp_path / "catalogue.csv").write_bytes(b"ancien")
    url = f"http://127.0.0.1:{supplier}"
    code = (BUSINESS / name).read_text(encoding="utf-8").replace("{url}", url) \
        .replace("{dossier}", str(tmp_path))
    out, err = io.StringIO(), io.StringIO()
    run_source(code, name, stdout=out, stderr=err)
    expected = [line.replace("{url}", url).replace(
        "{path}", str(tmp_path / "catalogue_nouveau.csv")) for line in said[mode]]
    assert (out.getvalue().splitlines(), err.getvalue()) == (expected, "")
    assert [p.name for p in tmp_path.iterdir()] == ["catalogue.csv"]
    kept = (tmp_path / "catalogue.csv").read_bytes()
    assert kept == (CATALOGUE if mode == "whole" else b"ancien")
