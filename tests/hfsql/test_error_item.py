"""HErrorInfo(hErrItem) after a duplicate on a composite unique key names the composite
key (an item of the analysis), on both databases, in and out of a transaction (on
PostgreSQL the transaction takes the insert without a savepoint: the key is then found
by a look-up, hfsql/duplicates.py)."""
from __future__ import annotations

import io
from pathlib import Path

from wlinterp.engine import run_source

XDD = ('<?xml version="1.0" encoding="ISO-8859-1"?><ANALYSE><FICHIER Nom="Stay" '
       'NomPhysique="stay"><RUBRIQUE Nom="Room"><TYPE>2</TYPE><TAILLE>10</TAILLE>'
       '<TYPE_CLE>0</TYPE_CLE></RUBRIQUE><RUBRIQUE Nom="Night"><TYPE>14</TYPE>'
       '<TYPE_CLE>0</TYPE_CLE></RUBRIQUE><RUBRIQUE Nom="Guest"><TYPE>2</TYPE>'
       '<TAILLE>30</TAILLE><TYPE_CLE>1</TYPE_CLE></RUBRIQUE>'
       '<RUBRIQUE Nom="RoomNight"><TYPE_CLE>1</TYPE_CLE><COMPOSEE>0'
       '<COMPOSANTE Nom="Room">0</COMPOSANTE><COMPOSANTE Nom="Night">0</COMPOSANTE>'
       '</COMPOSEE></RUBRIQUE></FICHIER></ANALYSE>')

PROGRAM = """Book("12", "20240101", "Ann")
Trace(Book("12", "20240101", "Bob"), HErrorInfo(hErrItem))
Trace(Book("13", "20240101", "ANN"), HErreurInfo(hErrRubrique))
HTransactionStart()
Trace(Book("12", "20240101", "Cid"), HErrorInfo(hErrItem))
Trace(Book("14", "20240101", "Dan"), HErrorInfo(hErrItem) = "")
HTransactionEnd()
Trace(HNbRec(Stay))

PROCEDURE Book(sRoom, sNight, sGuest)
HReset(Stay)
Stay.Room = sRoom
Stay.Night = sNight
Stay.Guest = sGuest
RESULT HAdd(Stay)
"""


def test_composite_unique_key_is_named(db_url: str, tmp_path: Path) -> None:
    xdd = tmp_path / "stay.xdd"
    xdd.write_bytes(XDD.encode("latin-1"))
    out, err = io.StringIO(), io.StringIO()
    run_source(PROGRAM, "t.wl", stdout=out, stderr=err,
               options={"db": db_url, "analysis": str(xdd)})
    assert out.getvalue() == "0, RoomNight\n0, Guest\n0, RoomNight\n1, 1\n2\n", err.getvalue()
