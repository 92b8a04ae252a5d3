"""Data files to and from files on disk: HImportText/HImporteTexte (a delimited text
file into a data file) and HExportXML/HExporteXML (a data file into an XML file).

Arguments as in WINDEV's runtime (its Java API) and the HFSQL C API header:
`HImportText(File, path [, items] [, separator] [, options])`,
`HExportXML(File, path [, items] [, options])`. The help pages were not found: the
defaults and the XML layout are *decided* (docs/hfsql.md, "Text and XML files").
"""
from __future__ import annotations

import csv
import io
from typing import Any
from xml.sax.saxutils import escape

from wlinterp.hfsql.array_views import chosen_labels, flat_labels, value_of
from wlinterp.hfsql.context import FileContext
from wlinterp.hfsql.errors import DATABASE, HFError
from wlinterp.hfsql.transfer import RecordRefused, load_file
from wlinterp.registry import Family
from wlinterp.runtime import values as V
from wlinterp.runtime.state import Runtime

from .hfsql_base import file_arg, h_function
from .paths import native_path, reason
from .xml_chars import XMLCharError, refuse_not_xml

family = Family("HFSQL text and XML files")

# HFConstant.h's eHIMPORTMODE values; the names but hImpNormal's and
# hImpIgnoreFirstLine's are INFERRED from the header's (docs/builtins.md "Constant values")
H_IMP_NORMAL = family.constant("hImpNormal", "hImpNormal", 0x400)
H_IMP_IGNORE_FIRST_LINE = family.constant("hImpIgnoreFirstLine", "hImpIgnorePremièreLigne",
                                          0x8000)
H_IMP_CREATION = family.constant("hImpCreation", "hImpCréation", 0x1)
H_IMP_NO_DELIMITER = family.constant("hImpNoDelimiter", "hImpSansDélimiteur", 0x10)
H_IMP_IGNORE_INVALID_LINE = family.constant("hImpIgnoreInvalidLine",
                                            "hImpIgnoreLigneInvalide", 0x40)
family.constant("hImpTestDuplicates", "hImpTestDoublon", 0x4)  # always: the unique index
family.constant("hImpBreakable", "hImpInterruptible", 0x2000)  # any run stops on Ctrl-C
# eHEXPORTMODE, HExportXML's: the file is always written anew and without XSL, so each
# is accepted with nothing more to do (hExpCréation seen in French code; the others'
# names INFERRED as the import's)
family.constant("hExpCreation", "hExpCréation", 0x1)
family.constant("hExpNormal", "hExpNormal", 0x2)
family.constant("hExpBreakable", "hExpInterruptible", 0x4)
family.constant("hExpWithoutXSL", "hExpSansXSL", 0x8)


def _mode(options: Any, bits: int, fname: str) -> int:
    """An import's or export's options, refused in words when they hold a bit outside
    its enumeration (`bits`; docs/hfsql.md "Options refused")."""
    mode = 0 if options is None else V.to_int(options)
    if mode & ~bits:
        raise HFError(DATABASE, f"{fname}: {mode} is not a combination of {fname}'s "
                                f"options.")
    return mode


def _items(ctx: FileContext, items: Any, fname: str) -> list[str]:
    """The items named in a comma (or semicolon) separated list, as array_views.py
    labels them (an array item whole, `Phone[2]` one element); all of them (but binary
    memos) when none is given."""
    text = "" if items is None else V.to_str(items).strip()
    if not text or text == "*":
        return [i.name for i, k in zip(ctx.items, ctx.kinds)
                if k != "binmemo" and not i.element_of]
    names = [n.strip() for n in text.replace(";", ",").split(",") if n.strip()]
    return chosen_labels(ctx, names)


@h_function(family, "HImportText", "HImporteTexte")
def h_import_text(rt: Runtime, file: Any, path: Any, items: Any = None, separator: Any = None,
                  options: Any = None) -> bool:
    """Add a record for each line of a text file: values in the order of `items` (all
    the items by default), separated by `;` (or `separator`), text in double quotes
    when it holds the separator. hImpIgnoreFirstLine skips a header line. All or
    nothing: the first refused line (a duplicate...) stops it, nothing is added.
    hImpCreation empties the file first (in the same all or nothing), hImpNoDelimiter
    reads double quotes as text, hImpIgnoreInvalidLine skips a line of too many values."""
    ctx = file_arg(rt, file, "HImportText")
    if isinstance(items, (int, float)) and not isinstance(items, bool):
        items, options = None, items
    names = flat_labels(ctx, _items(ctx, items, "HImportText"))  # an element a value
    sep = ";" if separator in (None, "") else V.to_str(separator)
    text = read_text(ctx, path, "HImportText")
    mode = _mode(options, 0xFFFF, "HImportText")  # eHIMPORTMODE: 0x1 to 0x8000
    if mode & H_IMP_NO_DELIMITER:
        lines = list(csv.reader(io.StringIO(text), delimiter=sep[0], quoting=csv.QUOTE_NONE))
    else:
        lines = list(csv.reader(io.StringIO(text), delimiter=sep[0], quotechar='"'))
    if mode & H_IMP_IGNORE_FIRST_LINE:
        lines = lines[1:]
    rows = []
    for number, values in enumerate(lines, 1):
        if not values:
            continue
        if len(values) > len(names):
            if mode & H_IMP_IGNORE_INVALID_LINE:
                continue
            raise HFError(DATABASE, f"HImportText: line {number} has {len(values)} values "
                                    f"for {len(names)} item(s).", ctx.name)
        rows.append(dict(zip(names, values)))
    import_rows(ctx, rows, path, "HImportText", bool(mode & H_IMP_CREATION))
    return True


def import_rows(ctx: FileContext, rows: list[dict[str, Any]], path: Any, fname: str,
                replace: bool = False) -> None:
    """Add `rows` all or nothing for the import function `fname`: a refused record keeps
    its own error (a duplicate is hErrDuplicates) and names `fname`, not HAdd, since
    ErrorInfo names the function the script called. `replace` (hImpCreation): the
    file's records give way to them (automatic identifiers go on, as after HDeleteAll:
    *decided*)."""
    source = V.to_str(path)
    try:
        load_file(ctx, rows, source, fname, replace)
    except RecordRefused as exc:
        err = exc.error
        raise HFError(err.code, f"{err.message.rstrip('.')} (record {exc.number} of "
                                f"{source}).", ctx.name, err.item, err.details) from None
    except (ValueError, TypeError) as exc:
        raise HFError(DATABASE, f"{fname}: {exc}", ctx.name) from None


@h_function(family, "HExportXML", "HExporteXML")
def h_export_xml(rt: Runtime, file: Any, path: Any, items: Any = None,
                 options: Any = None, gauge: Any = None) -> bool:
    """Write the file's records (in record-number order) as an XML file (UTF-8):
    `<File><Record><Item>value</Item>...</Record>...</File>`, NULL as an empty element."""
    ctx = file_arg(rt, file, "HExportXML")
    if isinstance(items, (int, float)) and not isinstance(items, bool):
        items, options = None, items
    _mode(options, 0xF, "HExportXML")  # eHEXPORTMODE: 0x1 to 0x8, nothing more to do
    names = _items(ctx, items, "HExportXML")
    out = ['<?xml version="1.0" encoding="UTF-8"?>', f"<{ctx.name}>"]
    for record in every_record(ctx):
        fields = xml_fields(ctx, record, names, "HExportXML")
        out.append(f"  <Record>{fields}</Record>")
    out.append(f"</{ctx.name}>")
    write_text(ctx, path, "\n".join(out) + "\n", "HExportXML")
    return True


def xml_fields(ctx: FileContext, record: dict[str, Any], names: list[str], fname: str) -> str:
    """The record's items as XML (xml_field); a value holding a character XML 1.0 cannot
    hold is the H* failure naming it (xml_chars.py): it was written raw, and the file was
    one no reader takes back, XMLOpen and HImportXML included."""
    try:
        return "".join(xml_field(ctx, name, value_of(ctx, record, name)) for name in names)
    except XMLCharError as exc:
        raise HFError(DATABASE, f"{fname}: {exc}.", ctx.name) from None


def xml_field(ctx: FileContext, name: str, value: Any) -> str:
    """An item's XML: `<Item>value</Item>` (empty for NULL); an array item's element
    once per element, in order; one element alone `<Item Element="2">value</Item>`.
    XMLCharError for a character XML 1.0 cannot hold."""
    if isinstance(value, list):
        return "".join(xml_field(ctx, name, v) for v in value)
    text = "" if value is None else \
        escape(refuse_not_xml(V.to_str(value), f"the item {name.partition('[')[0].strip()}"))
    tag, _, number = name.partition("[")
    if number:
        return f'<{tag.strip()} Element="{number.rstrip("] ")}">{text}</{tag.strip()}>'
    return f"<{name}>{text}</{name}>"


def every_record(ctx: FileContext) -> list[dict[str, Any]]:
    """The file's records in record-number order, {item: value}; the program's buffer
    and position are left as they were (an export is not a read of the program's)."""
    from wlinterp.hfsql.transfer import dump_file
    ctx.db.touch(ctx)
    saved = (ctx.buffer, ctx.recnum, ctx.pos, ctx.key, ctx.key_name, ctx.out, ctx.found,
             ctx.read_row, ctx.new_record)
    try:
        return dump_file(ctx)
    finally:
        (ctx.buffer, ctx.recnum, ctx.pos, ctx.key, ctx.key_name, ctx.out, ctx.found,
         ctx.read_row, ctx.new_record) = saved


def write_text(ctx: FileContext, path: Any, text: str, fname: str) -> None:
    """Write an export (UTF-8); a file that cannot be written is the H* failure."""
    try:
        with open(native_path(path), "w", encoding="utf-8", newline="") as f:
            f.write(text)
    except (OSError, ValueError) as exc:  # ValueError: a NUL in the path
        raise HFError(DATABASE, f"{fname}: cannot write {V.to_str(path)} "
                                f"({reason(exc)}).", ctx.name) from None


def read_text(ctx: FileContext, path: Any, fname: str) -> str:
    """An import's text: UTF-8 (with or without BOM), else Latin-1; unreadable: the H*
    failure."""
    native = native_path(path)  # C:\\Data\\x.csv as the file functions map it
    try:
        with open(native, encoding="utf-8-sig", newline="") as f:
            return f.read()
    except UnicodeDecodeError:
        with open(native, encoding="latin-1", newline="") as f:
            return f.read()
    except (OSError, ValueError) as exc:  # ValueError: a NUL in the path
        raise HFError(DATABASE, f"{fname}: cannot read {V.to_str(path)} "
                                f"({reason(exc)}).", ctx.name) from None
