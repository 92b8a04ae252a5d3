"""Business code as WINDEV developers write it (issue 8, NET, method b): scanned
delivery notes dropped on the company's document server (tests/stdlib/business/
depot_bons_livraison.wl and its English twin delivery_notes_upload_en.wl): fListFile
over a folder written with backslashes, FOR EACH STRING ... SEPARATED BY CR, a
multipart form (HTTPCreateForm, HTTPAddParameter, HTTPAddFile with its type,
HTTPSendForm with Basic authentication, HTTPCancelForm), the status read from
HTTPGetResult(httpHeader), the JSON answer read through a Variant, the file moved to a
"Sent" folder once accepted. Against a loopback server that parses every form with
Python's own mail parser and checks the password.
"""
from __future__ import annotations

import base64
import io
import json
import threading
from collections.abc import Iterator
from email import message_from_bytes, policy
from pathlib import Path

import pytest

from loopback import QuietHandler, serve_http
from wlinterp.engine import run_source

BUSINESS = Path(__file__).parent / "business"
PASSWORD = "Sc4n-été"
PDF = b"%PDF-1.4\n" + bytes(range(256)) + b"\n%%EOF\n"


class DocumentServer(QuietHandler):
    """POST /api/documents: 401 without the scanner's password, 415 for a file that is
    no PDF, else 201 and {"id": n, "taille": bytes}; every form kept as parsed."""

    lock = threading.Lock()
    forms: list[dict[str, object]] = []

    def do_POST(self) -> None:  # noqa: N802 (http.server's name)
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        expected = "Basic " + base64.b64encode(f"scanner:{PASSWORD}".encode()).decode()
        if self.headers.get("Authorization") != expected:
            self.answer(b'{"erreur":"authentification"}', "application/json", 401)
            return
        head = f"Content-Type: {self.headers['Content-Type']}\r\n\r\n".encode()
        message = message_from_bytes(head + body, policy=policy.HTTP)
        form: dict[str, object] = {}
        for part in message.iter_parts():
            name = part.get_param("name", header="content-disposition")
            filename = part.get_filename()
            data = part.get_payload(decode=True)
            form[name] = (filename, part.get_content_type(), data) if filename \
                else data.decode("utf-8")
        with self.lock:
            DocumentServer.forms.append(form)
            number = len(DocumentServer.forms)
        _, _, data = form["document"]  # type: ignore[misc]
        if not data.startswith(b"%PDF"):
            self.answer('{"erreur":"ce n\'est pas un PDF"}'.encode(), "application/json", 415)
            return
        self.answer(json.dumps({"id": 700 + number, "taille": len(data)}).encode(),
                    "application/json", 201)


@pytest.fixture()
def documents() -> Iterator[int]:
    DocumentServer.forms = []
    yield from serve_http(DocumentServer)


CASES = {
    "fr": ("depot_bons_livraison.wl", "Envoyés", [
        "BL_1042_Hélène-Dûpont.pdf : document 701 (272 octets)",
        "BL_1043_Café-du-Port.pdf : refusé (415) {\"erreur\":\"ce n'est pas un PDF\"}",
        "1 déposé(s), 1 refusé(s)"]),
    "en": ("delivery_notes_upload_en.wl", "Sent", [
        "BL_1042_Hélène-Dûpont.pdf: document 701 (272 bytes)",
        "BL_1043_Café-du-Port.pdf: refused (415) {\"erreur\":\"ce n'est pas un PDF\"}",
        "1 sent, 1 refused"])}


@pytest.mark.parametrize("lang", sorted(CASES))
def test_each_note_is_sent_as_a_form_and_moved_once_filed(documents, tmp_path, lang) -> None:
    name, sent, said = CASES[lang]
    (tmp_path / "BL_1042_Hélène-Dûpont.pdf").write_bytes(PDF)
    (tmp_path / "BL_1043_Café-du-Port.pdf").write_bytes(b"GIF89a not a pdf")
    (tmp_path / "notes.txt").write_text("ignored")
    code = (BUSINESS / name).read_text(encoding="utf-8").replace(
        "{url}", f"http://127.0.0.1:{documents}").replace("{dossier}", str(tmp_path)) \
        .replace("{password}", PASSWORD)
    out, err = io.StringIO(), io.StringIO()
    run_source(code, name, stdout=out, stderr=err)
    assert (out.getvalue().splitlines(), err.getvalue()) == (said, "")
    first, second = DocumentServer.forms
    assert first == {"type": "bon_livraison", "numero": "1042", "client": "Hélène Dûpont",
                     "document": ("BL_1042_Hélène-Dûpont.pdf", "application/pdf", PDF)}
    assert second["client"] == "Café du Port"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([
        "BL_1043_Café-du-Port.pdf", "notes.txt", sent])
    assert [p.name for p in (tmp_path / sent).iterdir()] == ["BL_1042_Hélène-Dûpont.pdf"]
    assert (tmp_path / sent / "BL_1042_Hélène-Dûpont.pdf").read_bytes() == PDF


@pytest.mark.parametrize("lang", sorted(CASES))
def test_a_wrong_password_leaves_every_note_where_it_is(documents, tmp_path, lang) -> None:
    name, sent, _ = CASES[lang]
    (tmp_path / "BL_1042_Hélène-Dûpont.pdf").write_bytes(PDF)
    code = (BUSINESS / name).read_text(encoding="utf-8").replace(
        "{url}", f"http://127.0.0.1:{documents}").replace("{dossier}", str(tmp_path)) \
        .replace("{password}", "wrong")
    out = io.StringIO()
    run_source(code, name, stdout=out, stderr=io.StringIO())
    lines = out.getvalue().splitlines()
    assert "(401)" in lines[0] and "authentification" in lines[0], lines
    assert (tmp_path / "BL_1042_Hélène-Dûpont.pdf").exists()
    assert list((tmp_path / sent).iterdir()) == []
