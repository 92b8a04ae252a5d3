"""Business code as WINDEV developers write it (issue 8, NET, method b): a supplier's
catalogue read page by page, the next page given by the answer's `Link` header (RFC 8288,
`<...>; rel="next"`, as GitHub's and many APIs' paging), every product kept in an array
of structures (tests/stdlib/business/produits_pages_link_fr.wl: CONSTANTE, TANTQUE on
the next URL, an associative array of the pages seen, ErreurDéclenche, JSONVersVariant
and POUR TOUT on its array, POUR TOUTE CHAÎNE ... SÉPARÉE PAR over the header,
ExtraitChaîne, TableauTrie on a member with ccSansCasse + ccSansAccent, a currency total; products_link_pages_en.wl
its English twin). Against a loopback server that checks the API key of every request:
three pages read in order, and a chain of links that comes back to a page already read,
stopped and said, the products read before it kept."""
from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from loopback import QuietHandler, serve_http
from wlinterp.engine import run_source

BUSINESS = Path(__file__).parent / "business"
KEY = "cle-demo-42"
PRODUCTS = [{"ref": "P-001", "libelle": "Vis à bois 4x40", "prix": 0.12, "stock": 5000},
            {"ref": "P-002", "libelle": "écrou M6", "prix": 0.05, "stock": 12000},
            {"ref": "P-003", "libelle": "Cheville Ø8", "prix": 0.09, "stock": 0},
            {"ref": "P-004", "libelle": "Boulon M6x30", "prix": 0.21, "stock": 750},
            {"ref": "P-005", "libelle": "Rondelle M6", "prix": 0.02, "stock": 30000}]


class Api(QuietHandler):
    seen: list[str] = []

    def _page(self, items: list[dict[str, object]], links: dict[str, str]) -> None:
        body = json.dumps({"produits": items}, ensure_ascii=False).encode()
        base = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.send_response(200)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        if links:
            self.send_header("Link", ", ".join(f'<{base}{url}>; rel="{rel}"'
                                                for rel, url in links.items()))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        Api.seen.append(self.path)
        if self.headers.get("X-Api-Key") != KEY:
            self.answer(b'{"erreur": "cle"}', "application/json", 401)
            return
        url = urlsplit(self.path)
        page = int(parse_qs(url.query).get("page", ["1"])[0])
        if url.path == "/api/v1/produits":
            links = {"first": "/api/v1/produits?page=1&par_page=2",
                     "last": "/api/v1/produits?page=3&par_page=2"}
            if page < 3:
                links = {"next": f"/api/v1/produits?page={page + 1}&par_page=2", **links}
            if page > 1:
                links["prev"] = f"/api/v1/produits?page={page - 1}&par_page=2"
            self._page(PRODUCTS[2 * page - 2:2 * page], links)
        else:  # /api/v1/boucle: page 2's next is page 1 again
            self._page(PRODUCTS[page - 1:page], {"next": "/api/v1/boucle?page=2"
                                                 if page == 1 else "/api/v1/boucle"})


@pytest.fixture
def api() -> Iterator[int]:
    Api.seen = []
    yield from serve_http(Api)


FR = ["5 produit(s) en 3 page(s)",
      "P-004 Boulon M6x30 : 750 x 0.21", "P-003 Cheville Ø8 : 0 x 0.09",
      "P-002 écrou M6 : 12000 x 0.05", "P-005 Rondelle M6 : 30000 x 0.02",
      "P-001 Vis à bois 4x40 : 5000 x 0.12",
      "Valeur du stock : 1957.50",
      "Boucle : la page http://127.0.0.1:{port}/api/v1/boucle a déjà été lue "
      "(2 produit(s) gardés)"]
EN = ["5 product(s) in 3 page(s)",
      "P-004 Boulon M6x30: 750 x 0.21", "P-003 Cheville Ø8: 0 x 0.09",
      "P-002 écrou M6: 12000 x 0.05", "P-005 Rondelle M6: 30000 x 0.02",
      "P-001 Vis à bois 4x40: 5000 x 0.12",
      "Stock value: 1957.50",
      "Loop: the page http://127.0.0.1:{port}/api/v1/boucle was read already "
      "(2 product(s) kept)"]


@pytest.mark.parametrize("name, said", [("produits_pages_link_fr.wl", FR),
                                        ("products_link_pages_en.wl", EN)], ids=["fr", "en"])
def test_every_page_read_through_the_link_header(api: int, name: str, said: list[str]) -> None:
    code = (BUSINESS / name).read_text(encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    run_source(code.replace("{port}", str(api)), name, stdout=out, stderr=err)
    assert (out.getvalue().splitlines(), err.getvalue()) == (
        [line.format(port=api) for line in said], "")
    assert Api.seen == ["/api/v1/produits?par_page=2", "/api/v1/produits?page=2&par_page=2",
                        "/api/v1/produits?page=3&par_page=2", "/api/v1/boucle",
                        "/api/v1/boucle?page=2"]
