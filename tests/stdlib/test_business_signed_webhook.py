"""Business code as WINDEV developers write it (issue 8, NET, method b): a webhook that
tells a partner an order was paid, its JSON body signed with HMAC-SHA256 (HashString,
BufferToHexa NoGrouping NoLine, an X-Signature header) and retried on 503 as Retry-After
asks, bounded (tests/stdlib/business/webhook_signe_fr.wl: CONSTANTE, LOCAL and optional
parameters, BOUCLE/SORTIR, SELON with `CAS 200 À 299`, a Variant built member by member,
VariantVersJSON, ChaîneVersUTF8; signed_webhook_en.wl, its English twin), against a
loopback partner that checks every signature. The body given as StringToUTF8's bytes was
encoded a second time ("Hélène" sent as "HÃ©lÃ¨ne"), so every signature failed (401);
a Buffer read by fLoadBuffer was damaged the same way (each byte over 0x7F two bytes)."""
from __future__ import annotations

import hashlib
import hmac
import io
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from loopback import QuietHandler, serve_http
from wlinterp.engine import run_source

BUSINESS = Path(__file__).parent / "business"
KEY = "k3y-Webhook"
# VariantToJSON writes 7-bit ASCII, é as \u00E9 (docs/builtins.md "JSON in 7-bit ASCII");
# a body of UTF-8 text sent once is test_the_body_is_sent_as_the_script_gave_it's
BODY = ('{"numero":"CDE-2026-0815","client":"H\\u00E9l\\u00E8ne D\\u00FBpont","montant":72.4,'
        '"statut":"pay\\u00E9e"}').encode("utf-8")


class Partner(QuietHandler):
    """Answers 503 (Retry-After: 1) to the first two notifications of /commandes and to
    every one of /toujours-indisponible, 422 to /refus, 401 to a wrong signature."""

    lock = threading.Lock()
    seen: list[tuple[str, str, bool, bytes]] = []
    busy = 0

    def do_POST(self) -> None:  # noqa: N802 (http.server's name)
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        signature = "sha256=" + hmac.new(f"whsec_{KEY}".encode(), body, hashlib.sha256).hexdigest()
        good = hmac.compare_digest(signature, self.headers.get("X-Signature", ""))
        with self.lock:
            Partner.seen.append((self.path, self.headers.get("X-Essai", ""), good, body))
            if self.path.endswith("/upload"):  # (no signature: the bytes are what is told)
                self.answer(hashlib.sha256(body).hexdigest().encode())
            elif not good:
                self.answer(b'{"error":"bad signature"}', "application/json", 401)
            elif self.path.endswith("refus"):
                self.answer(b'{"error":"statut inconnu"}', "application/json", 422)
            elif self.path.endswith("indisponible") or Partner.busy < 2:
                Partner.busy += self.path.endswith("commandes")
                self.send_response(503)
                self.send_header("Retry-After", "1")
                self.send_header("Content-Length", "0")
                self.end_headers()
            else:
                self.answer(b'{"ok":true}', "application/json", 202)


@pytest.fixture()
def partner() -> Iterator[int]:
    Partner.seen, Partner.busy = [], 0
    yield from serve_http(Partner)


def _run(code: str) -> tuple[list[str], str]:
    out, err = io.StringIO(), io.StringIO()
    run_source(code, "webhook.wl", stdout=out, stderr=err)
    return out.getvalue().splitlines(), err.getvalue()


@pytest.mark.parametrize("name, said", [
    ("webhook_signe_fr.wl", [
        "essai 1 : 503, réessayer dans 1 s", "essai 2 : 503, réessayer dans 1 s",
        "essai 3 : accepté (202)", "Partenaire notifié",
        "essai 1 : 503, réessayer dans 1 s", "essai 2 : 503, réessayer dans 1 s",
        "Échec : toujours indisponible après 2 essais",
        'Échec : refusé par le partenaire (422 {"error":"statut inconnu"})']),
    ("signed_webhook_en.wl", [
        "attempt 1: 503, retry in 1 s", "attempt 2: 503, retry in 1 s",
        "attempt 3: accepted (202)", "Partner notified",
        "attempt 1: 503, retry in 1 s", "attempt 2: 503, retry in 1 s",
        "Failed: still unavailable after 2 attempts",
        'Failed: refused by the partner (422 {"error":"statut inconnu"})'])],
    ids=["fr", "en"])
def test_a_signed_webhook_retried_on_503(partner, name, said) -> None:
    code = (BUSINESS / name).read_text(encoding="utf-8") \
        .replace("{url}", f"http://127.0.0.1:{partner}").replace("{key}", KEY)
    assert _run(code) == (said, "")
    assert [(path.rsplit("/", 1)[1], attempt) for path, attempt, _, _ in Partner.seen] == [
        ("commandes", "1"), ("commandes", "2"), ("commandes", "3"),
        ("toujours-indisponible", "1"), ("toujours-indisponible", "2"), ("refus", "1")]
    assert all(good and body == BODY for _, _, good, body in Partner.seen), Partner.seen


@pytest.mark.parametrize("content, sent", [
    ('fLoadBuffer("{file}")', bytes(range(256))),  # a file's bytes, as they are
    ('"Hélène € 1"', "Hélène € 1".encode("utf-8")),  # text: UTF-8
    ('StringToUTF8("Hélène")', "Hélène".encode("utf-8")),  # already UTF-8: as they are
    ('"Hélène"', "Hélène".encode("utf-8"))], ids=["buffer", "text", "utf8", "latin"])
def test_the_body_is_sent_as_the_script_gave_it(partner, tmp_path: Path, content, sent) -> None:
    """Each body's SHA-256, as the partner received it, against the bytes meant."""
    data = tmp_path / "photo.bin"
    data.write_bytes(bytes(range(256)))
    code = ('req is httpRequest\nreq.URL = "http://127.0.0.1:{port}/upload"\n'
            "req.Method = httpPost\nreq.Content = " + content + "\n"
            "Trace(HTTPSend(req).Content)\n")
    lines, err = _run(code.replace("{port}", str(partner)).replace("{file}", str(data)))
    assert lines == [hashlib.sha256(sent).hexdigest()], (lines, err, Partner.seen)


_SIGN_EN = '''sBody is string = "{{""client"":""Hélène""}}"
req is httpRequest
req.URL = "http://127.0.0.1:{port}/webhooks/refus"
req.Method = httpPost
req.Content = sBody
req.Header["X-Signature"] = "sha256=" + Lower(BufferToHexa(HashString(HA_HMAC_SHA_256, {signed}, "whsec_{key}"), NoGrouping, NoLine))
Trace(HTTPSend(req).StatusCode)
'''
_SIGN_FR = '''sCorps est une chaîne = "{{""client"":""Hélène""}}"
req est un httpRequête
req.URL = "http://127.0.0.1:{port}/webhooks/refus"
req.Méthode = httpPost
req.Contenu = sCorps
req.Entête["X-Signature"] = "sha256=" + Minuscule(BufferVersHexa(HashChaîne(HA_HMAC_SHA_256, {signed}, "whsec_{key}"), SansRegroupement, SansLigne))
Trace(HTTPEnvoie(req).CodeEtat)
'''


@pytest.mark.parametrize("template, signed, status", [
    (_SIGN_EN, "sBody", 401), (_SIGN_EN, "StringToUTF8(sBody)", 422),
    (_SIGN_FR, "sCorps", 401), (_SIGN_FR, "ChaîneVersUTF8(sCorps)", 422)],
    ids=["en-text", "en-utf8", "fr-text", "fr-utf8"])
def test_a_text_with_accents_is_hashed_as_its_ansi_bytes(partner, template, signed,
                                                         status) -> None:
    """Decided (docs/builtins.md, "HashString and the bytes of a text"): HashString hashes
    a text whose characters are all 0-255 as those bytes (é one byte, as an ANSI string
    in WINDEV), while the same text sent as a body goes as UTF-8 (é two bytes); so a
    signature of the text itself is refused (401) and one of StringToUTF8's result is
    accepted (the partner's 422 comes after its signature check)."""
    code = template.format(port=partner, key=KEY, signed=signed)
    assert _run(code) == ([str(status)], "")
    (_, _, good, body), = Partner.seen
    assert body == '{"client":"Hélène"}'.encode("utf-8")
    assert good is (status == 422)
    text_hash = hmac.new(f"whsec_{KEY}".encode(), "Hélène".encode("latin-1"), hashlib.sha256)
    lines, _ = _run(f'Trace(Lower(BufferToHexa(HashString(HA_HMAC_SHA_256, "Hélène", '
                    f'"whsec_{KEY}"), NoGrouping, NoLine)))')
    assert lines == [text_hash.hexdigest()]
