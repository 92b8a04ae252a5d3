"""HTTP forms (stdlib/http_forms.py) sent to a real HTTP server on 127.0.0.1 that parses
what arrives: URL-encoded fields, multipart/form-data with a file, GET queries."""
from __future__ import annotations

import io
import json
import threading
import urllib.parse
from collections.abc import Iterator
from email.parser import BytesParser
from email.policy import HTTP
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from wlinterp.engine import run_source


class FormHandler(BaseHTTPRequestHandler):
    """Answers with JSON describing the form it received."""

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        kind = self.headers.get("Content-Type", "")
        fields: list[list[str]] = []
        files: list[list[str]] = []
        if kind.startswith("multipart/form-data"):
            message = BytesParser(policy=HTTP).parsebytes(
                f"Content-Type: {kind}\r\n\r\n".encode() + body)
            for part in message.iter_parts():
                name = part.get_param("name", header="content-disposition")
                filename = part.get_filename()
                data = part.get_payload(decode=True)
                if filename:
                    files.append([name, filename, part.get_content_type(),
                                  data.decode("utf-8")])
                else:
                    fields.append([name, data.decode("utf-8")])
        elif kind.startswith("application/x-www-form-urlencoded"):
            fields = [list(p) for p in urllib.parse.parse_qsl(body.decode("utf-8"))]
        query = urllib.parse.urlsplit(self.path).query
        text = json.dumps({"method": self.command, "type": kind.split(";")[0],
                           "fields": fields, "files": files,
                           "query": urllib.parse.parse_qsl(query),
                           "agent": self.headers.get("User-Agent", ""),
                           "auth": self.headers.get("Authorization", "")})
        self.send_response(200)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.end_headers()
        self.wfile.write(text.encode("utf-8"))

    do_GET = do_POST = do_PUT = _answer

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), FormHandler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        thread.join(5)


def _run(source: str) -> list[str]:
    out, err = io.StringIO(), io.StringIO()
    run_source(source, "forms.wl", stdout=out, stderr=err)
    assert err.getvalue() == ""
    return out.getvalue().splitlines()


def _answer(line: str) -> dict:
    return json.loads(line)


def test_urlencoded_form_as_in_the_help(server: str) -> None:
    lines = _run(f'HTTPCreateForm("FORM")\nHTTPAddParameter("FORM", "Price", "3400")\n'
                 f'HTTPAddParameter("FORM", "Name", "Café & co")\n'
                 f'Trace(HTTPSendForm("FORM", "http://{server}/order"))\n'
                 f'Trace(HTTPGetResult())')
    assert lines[0] == "1"
    got = _answer(lines[1])
    assert got["method"] == "POST" and got["type"] == "application/x-www-form-urlencoded"
    assert got["fields"] == [["Price", "3400"], ["Name", "Café & co"]]
    assert got["agent"] == "PC SOFT Framework"


def test_multipart_with_a_file_in_french(server: str, tmp_path: Path) -> None:
    doc = tmp_path / "Certificat.txt"
    doc.write_text("contenu signé", encoding="utf-8")
    lines = _run(f'lIdForm est une chaîne = "TEST"\nHTTPCréeFormulaire(lIdForm)\n'
                 f'HTTPAjouteParamètre(lIdForm, "note", "é")\n'
                 f'HTTPAjouteFichier(lIdForm, "file", "{doc}")\n'
                 f'SI PAS HTTPEnvoieFormulaire(lIdForm, "{server}/up", httpPost, "AGENT", '
                 f'"X-Trace: 1", "", "ann", "secret") ALORS Trace("échec")\n'
                 f'Trace(HTTPDonneRésultat())')
    got = _answer(lines[0])
    assert got["type"] == "multipart/form-data" and got["agent"] == "AGENT"
    assert got["fields"] == [["note", "é"]]
    assert got["files"] == [["file", "Certificat.txt", "text/plain", "contenu signé"]]
    assert got["auth"].startswith("Basic ")


def test_get_puts_fields_in_the_query_and_cancel_forgets(server: str) -> None:
    lines = _run(f'HTTPCreateForm("F")\nHTTPAddParameter("F", "q", "a b")\n'
                 f'HTTPSendForm("F", "http://{server}/search", httpGet)\n'
                 f'Trace(HTTPGetResult())\nHTTPCancelForm("F")\n'
                 f'Trace(HTTPSendForm("F", "http://{server}/"), ErrorOccurred)\n'
                 f'Trace(ErrorInfo())')
    got = _answer(lines[0])
    assert got["method"] == "GET" and got["query"] == [["q", "a b"]]
    assert lines[1] == "0, 1"
    assert "no HTTP form 'F'" in lines[2]


def test_failures_are_non_fatal(server: str, tmp_path: Path) -> None:
    lines = _run(f'HTTPCreateForm("F")\n'
                 f'Trace(HTTPAddFile("F", "f", "{tmp_path}/missing.bin"), ErrorOccurred)\n'
                 f'Trace(HTTPSendForm("F", "http://{server}/", httpPost, '
                 f'"agent" + CR + "Injected: b"), ErrorOccurred)\n'
                 f'Trace(HTTPSendForm("F", "http://127.0.0.1:1/"), ErrorOccurred)')
    assert lines == ["0, 1", "0, 1", "0, 1"]


def test_a_file_s_type_is_a_mime_type_or_refused(server: str, tmp_path: Path) -> None:
    """HTTPAddFile's type went into the part's headers as written: a line break in it
    wrote a header of the script's choosing (`X-Evil: 1`). Now a MIME type with its
    parameters (the type read lower) or a refusal in words, nothing added; the form
    sent afterwards holds the accepted file only."""
    doc = tmp_path / "relevé.csv"
    doc.write_text("a;b", encoding="utf-8")
    lines = _run(f'HTTPCreateForm("F")\n'
                 f'Trace(HTTPAddFile("F", "f", "{doc}", "text/plain" + LF + "X-Evil: 1"), '
                 f'ErrorOccurred)\nTrace(ErrorInfo(errMessage))\n'
                 f'Trace(HTTPAddFile("F", "f", "{doc}", "csv"), ErrorOccurred)\n'
                 f'Trace(HTTPAddFile("F", "f", "{doc}", "Text/CSV; charset=UTF-8"), ErrorOccurred)\n'
                 f'HTTPSendForm("F", "http://{server}/up")\nTrace(HTTPGetResult())')
    assert lines[:4] == ["0, 1", "HTTPAddFile: the type 'text/plain\u240aX-Evil: 1' is no "
                         "MIME type (type/subtype, as application/pdf, then parameters if "
                         "any, as '; method=REQUEST').", "0, 1", "1, 0"], lines
    got = _answer(lines[-1])
    assert got["files"] == [["f", "relevé.csv", "text/csv", "a;b"]], got
