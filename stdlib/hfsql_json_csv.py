"""Data files to and from CSV, JSON and XML files: HExportCSV/HExporteCSV,
HExportJSON/HExporteJSON, HImportJSON/HImporteJSON, HImportXML/HImporteXML.

No help page of these was found (searched by name and description, English and French).
*Decided* (INFERRED), on the shapes of the family's documented neighbours
(HExportXML/HImportText, stdlib/hfsql_text_io.py): `HExportCSV(File, path [, items]
[, options])`, `HExportJSON(File, path [, items] [, options])`, `HImportJSON(File, path
[, options])`, `HImportXML(File, path [, options])`, True or False with HError set. The
exports write every record in record-number order (UTF-8), values in WLanguage's text
forms (dates YYYYMMDD, as `wl hfsql export` writes them), and leave the program's buffer
and position as they were; CSV: a header line of item names, `;` between values (the
separator HImportText reads by default), double quotes where needed; JSON: an array of
objects keyed by item name, NULL as null. The imports add a record per object (JSON: an
array of objects keyed by item name; XML: the layout HExportXML writes, one element per
record holding one element per item), all or nothing, as HImportText.
docs/hfsql.md, "CSV, JSON and XML files".
"""
from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from typing import Any

from wlinterp.hfsql.array_views import flat_labels, flat_values, value_of
from wlinterp.hfsql.context import FileContext
from wlinterp.hfsql.errors import DATABASE, HFError
from wlinterp.registry import Family
from wlinterp.runtime.json_forms import json_problem
from wlinterp.runtime import values as V
from wlinterp.runtime.state import Runtime

from .hfsql_base import file_arg, h_function
from .hfsql_text_io import _items, every_record, import_rows, read_text, write_text

family = Family("HFSQL CSV, JSON and XML files")


def _chosen(rt: Runtime, file: Any, items: Any, fname: str
            ) -> tuple[FileContext, list[str], list[dict[str, Any]]]:
    """The file, the items exported (all but binary memos by default; a number in their
    place is the options) and its records."""
    ctx = file_arg(rt, file, fname)
    if isinstance(items, (int, float)) and not isinstance(items, bool):
        items = None
    return ctx, _items(ctx, items, fname), every_record(ctx)


@h_function(family, "HExportCSV", "HExporteCSV")
def h_export_csv(rt: Runtime, file: Any, path: Any, items: Any = None, options: Any = None,
                 gauge: Any = None) -> bool:
    """Write the file's records as CSV: a header line of item names, `;` between
    values, booleans as 1/0, NULL as an empty value."""
    ctx, names, records = _chosen(rt, file, items, "HExportCSV")
    buf = io.StringIO()
    out = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    out.writerow(flat_labels(ctx, names))  # an array item: Phone[1];Phone[2]...
    for record in records:
        out.writerow(["" if v is None else int(v) if isinstance(v, bool) else V.to_str(v)
                      for v in flat_values(ctx, record, names)])
    write_text(ctx, path, buf.getvalue(), "HExportCSV")
    return True


@h_function(family, "HExportJSON", "HExporteJSON")
def h_export_json(rt: Runtime, file: Any, path: Any, items: Any = None,
                  options: Any = None, gauge: Any = None) -> bool:
    """Write the file's records as a JSON array of objects keyed by item name."""
    ctx, names, records = _chosen(rt, file, items, "HExportJSON")
    rows = [{n: _json_value(value_of(ctx, record, n)) for n in names} for record in records]
    write_text(ctx, path, json.dumps(rows, ensure_ascii=False, indent=1) + "\n",
               "HExportJSON")
    return True


def _json_value(value: Any) -> Any:
    """Numbers, booleans and NULL stay JSON's own; everything else its text form; an
    array item's elements an array."""
    if isinstance(value, list):
        return [_json_value(v) for v in value]
    if value is None or isinstance(value, (bool, int, float)):
        return value
    return V.to_str(value)


@h_function(family, "HImportJSON", "HImporteJSON")
def h_import_json(rt: Runtime, file: Any, path: Any, options: Any = None,
                  gauge: Any = None) -> bool:
    """Add a record for each object of a JSON array (keys: item names). All or nothing:
    a refused record (a duplicate, an unknown item) adds nothing."""
    ctx = file_arg(rt, file, "HImportJSON")
    text = read_text(ctx, path, "HImportJSON")
    try:
        rows = json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise HFError(DATABASE, f"HImportJSON: {V.to_str(path)} is not JSON "
                                f"({json_problem(exc)}).", ctx.name) from None
    if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
        raise HFError(DATABASE, f"HImportJSON: {V.to_str(path)} must hold an array of "
                                f"objects (one per record).", ctx.name)
    import_rows(ctx, rows, path, "HImportJSON")
    return True


def _xml_row(record: ET.Element) -> dict[str, Any]:
    """{item: value} of a record's element: a tag repeated gives an array item's
    elements in order; `Element="2"` names one element (HExportXML's layout)."""
    row: dict[str, Any] = {}
    for item in record:
        name, text = item.tag, item.text or ""
        if item.get("Element"):
            row[f"{name}[{item.get('Element')}]"] = text
        elif name in row:
            held = row[name]
            row[name] = held + [text] if isinstance(held, list) else [held, text]
        else:
            row[name] = text
    return row


@h_function(family, "HImportXML", "HImporteXML")
def h_import_xml(rt: Runtime, file: Any, path: Any, options: Any = None,
                 gauge: Any = None) -> bool:
    """Add a record for each child of the root element of an XML file, its children
    naming the items (the layout HExportXML writes). All or nothing."""
    ctx = file_arg(rt, file, "HImportXML")
    text = read_text(ctx, path, "HImportXML")
    try:
        root = ET.fromstring(text.encode("utf-8"))
    except ET.ParseError as exc:
        raise HFError(DATABASE, f"HImportXML: {V.to_str(path)} is not well-formed XML "
                                f"({exc}).", ctx.name) from None
    rows = [_xml_row(record) for record in root]
    import_rows(ctx, rows, path, "HImportXML")
    return True

