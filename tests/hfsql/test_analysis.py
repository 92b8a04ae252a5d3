"""The .xdd reader and the schema it implies, on a real SQLite file."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from hfsql_support import SHOP
from wlinterp.hfsql.analysis import AnalysisError, read_xdd
from wlinterp.hfsql.database import Database


def test_reads_files_items_keys_and_link() -> None:
    ana = read_xdd(str(SHOP))
    assert list(ana.files) == ["customer", "orders", "product"]
    cust = ana.file("CUSTOMER")
    assert cust is not None and cust.physical == "customer" and cust.null_supported
    assert cust.item("société") is not None  # Latin-1 name, folded lookup
    assert cust.item("Société").type.kind == "text"
    assert cust.auto_id.name == "CustomerID"
    assert cust.item("Email").null_allowed and cust.item("Email").null_default
    key = cust.key("CityName")
    assert key.composite and key.items == ["City", "Name"] and not key.unique
    assert cust.key("Email").unique
    assert [(l.child_file, l.child_item, l.parent_file) for l in ana.links] == [
        ("Orders", "CustomerID", "Customer")]
    assert not ana.file("Product").null_supported


def _xdd(tmp_path: Path, body: str) -> str:
    path = tmp_path / "a.xdd"
    path.write_bytes(('<?xml version="1.0" encoding="ISO-8859-1"?><ANALYSE GenNum="1">'
                      + body + "</ANALYSE>").encode("latin-1"))
    return str(path)


def test_unknown_type_code_names_file_and_item(tmp_path: Path) -> None:
    path = _xdd(tmp_path, '<FICHIER Nom="F" NomPhysique="F"><RUBRIQUE Nom="X"><TYPE>99</TYPE>'
                          '<TAILLE>4</TAILLE></RUBRIQUE></FICHIER>')
    with pytest.raises(AnalysisError, match=r"item F\.X has the unknown type code 99"):
        read_xdd(path)


def test_composite_key_with_missing_component(tmp_path: Path) -> None:
    path = _xdd(tmp_path, '<FICHIER Nom="F" NomPhysique="F"><RUBRIQUE Nom="K"><TYPE_CLE>1'
                          '</TYPE_CLE><COMPOSEE>0<COMPOSANTE Nom="Nope"/></COMPOSEE></RUBRIQUE>'
                          '</FICHIER>')
    with pytest.raises(AnalysisError, match="unknown item 'Nope'"):
        read_xdd(path)


def test_not_xml(tmp_path: Path) -> None:
    path = tmp_path / "bad.xdd"
    path.write_text("not xml")
    with pytest.raises(AnalysisError, match="cannot read the analysis"):
        read_xdd(str(path))


def test_schema_on_sqlite(tmp_path: Path) -> None:
    db_path = tmp_path / "shop.db"
    db = Database(read_xdd(str(SHOP)), f"sqlite:{db_path}")
    db.create_all()
    db.close()
    conn = sqlite3.connect(db_path)
    indexes = {r[0]: r[1] for r in conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")}
    assert "UNIQUE" in indexes["customer_Email"]
    assert '"City", "Name", _hrec' in indexes["customer_CityName"]
    table = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'customer'").fetchone()[0]
    assert '"Name" TEXT COLLATE HCI NOT NULL' in table
    assert '"Email" TEXT COLLATE HCI DEFAULT NULL' in table
    orders = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'orders'").fetchone()[0]
    assert 'REFERENCES "customer" ("CustomerID")' in orders


def test_array_items_and_captions_are_read(tmp_path: Path) -> None:
    """One INDICERUBRIQUE per element (Indice 0, 1...); a caption only from our extension
    (WINDEV's export keeps none): docs/hfsql.md "HListItem's options"."""
    index = '<INDICERUBRIQUE Indice="{}" Null="0" Valeur="" RubNullSupporte="0"/>'
    path = _xdd(tmp_path, '<FICHIER Nom="F" NomPhysique="F">'
                '<RUBRIQUE Nom="Phone" Libelle="Téléphones"><TYPE>2</TYPE><TAILLE>20</TAILLE>'
                + "".join(index.format(i) for i in range(3)) + '</RUBRIQUE>'
                '<RUBRIQUE Nom="Note"><TYPE>2</TYPE><TAILLE>9</TAILLE><LIBELLE> A note </LIBELLE>'
                + index.format(0) + '</RUBRIQUE>'
                '<RUBRIQUE Nom="Bare"><TYPE>5</TYPE><TAILLE>4</TAILLE></RUBRIQUE></FICHIER>')
    f = read_xdd(path).file("F")
    assert f is not None
    assert [(i.elements, i.caption) for i in f.shown_items] == [
        (3, "Téléphones"), (1, "A note"), (1, "")]
    assert [i.name for i in f.items] == ["Phone", "Phone__2", "Phone__3", "Note", "Bare"]
