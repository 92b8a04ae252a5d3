"""Business code as WINDEV developers write it (issue 8, NET, method b): a catalogue
search whose criteria, typed by a user, go in the URL's query, each value URL-encoded
(accents, spaces, `&`, `+`, `=`) from an associative array walked with `POUR TOUT
sValeur, sCle DE` (tests/stdlib/business/recherche_produits_fr.wl: CONSTANTE block,
`[ "&" ]` joins, LOCAL and optional parameters, a JSON variable, SELON on the status,
keywords in lower case here and there; product_search_en.wl, its English twin), against
a loopback API that decodes the query as a browser's server does and refuses a page past
the last with a JSON 400."""
from __future__ import annotations

import io
import json
import urllib.parse
from collections.abc import Iterator
from pathlib import Path

import pytest

from loopback import QuietHandler, serve_http
from wlinterp.engine import run_source

BUSINESS = Path(__file__).parent / "business"
SEEN: list[dict[str, list[str]]] = []
RAW: list[str] = []


class Catalogue(QuietHandler):
    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        path, _, query = self.path.partition("?")
        RAW.append(query)
        got = urllib.parse.parse_qs(query, keep_blank_values=True, strict_parsing=True)
        SEEN.append(got)
        if path != "/api/v2/articles" or got.get("cle") != ["clé-démo+42"]:
            body, code = {"message": "clé refusée"}, 403
        elif got["page"] != ["1"]:
            body, code = {"message": f"page {got['page'][0]} au-delà de la dernière (2)"}, 400
        else:
            body, code = {"total": 3, "articles": [
                {"ref": "A-1", "libelle": "Café crème moulu 250 g", "prix": 4.9},
                {"ref": "T-7", "libelle": "Thé vert « Sencha »", "prix": 12.5}]}, 200
        self.answer(json.dumps(body, ensure_ascii=False).encode(),
                    "application/json; charset=utf-8", code)


@pytest.fixture
def catalogue() -> Iterator[int]:
    SEEN.clear()
    RAW.clear()
    yield from serve_http(Catalogue)


@pytest.mark.parametrize("name, words", [
    ("recherche_produits_fr.wl", ("trouvés : 3", "refusé : page 9 au-delà de la dernière (2)",
                                  "aucun critère")),
    ("product_search_en.wl", ("found: 3", "refused: page 9 au-delà de la dernière (2)",
                              "no criteria"))], ids=["fr", "en"])
def test_criteria_reach_the_api_whole(catalogue: int, name: str, words: tuple[str, ...]
                                      ) -> None:
    code = (BUSINESS / name).read_text(encoding="utf-8").replace("{port}", str(catalogue))
    out, err = io.StringIO(), io.StringIO()
    run_source(code, name, stdout=out, stderr=err)
    assert (out.getvalue().splitlines(), err.getvalue()) == ([
        "A-1 | Café crème moulu 250 g |     4.90", "T-7 | Thé vert « Sencha » |    12.50",
        words[0], words[1], "-1", words[2], "-1"], "")
    criteria = {"q": ["café crème & thé"], "categorie": ["Épicerie fine"],
                "ville": ["Saint-Étienne"], "taille": ["2"], "cle": ["clé-démo+42"]}
    assert SEEN == [{**criteria, "page": ["1"]}, {**criteria, "page": ["9"]}]
    assert " " not in RAW[0] and RAW[0].count("&") == 5, RAW[0]
