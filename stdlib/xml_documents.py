"""XML documents: the `xmlDocument` and `xmlNode` types and XMLOpen/XMLOuvre (their text
and files, XMLBuildString, XMLSave, XMLExtractString: xml_text.py).

A document's elements (xmlNode: xml_nodes.py) are reached by name as members (`doc.Root.Customer.Name`), the
n-th of several elements of one name with `[n]` (`doc.Root.Customer[2]`), how many with
`..Occurrence`; FOR EACH goes through them. An element used as a value is its text;
`..Text`/`..Texte` and `..Value`/`..Valeur` are its text, `..Name`/`..Nom` its name,
`..Exist`/`..Existe` whether it is in the document. A member that is no child element
is the attribute of that name. Assigning an element's member sets that child's text
(creating it, and the elements above it, when absent), so a document can be built from
an empty `xmlDocument`.

Names are compared ignoring case, as WLanguage compares member names; element and
attribute names keep their spelling (with a namespace prefix, `soap:Envelope`, as
written in the text).

Security: the parser is expat with no DTD processing: a document declaring entities
(`<!ENTITY ...>`) is refused, and nothing in a document makes it read another file or
the network. Details and what was verified against PC SOFT's help: docs/builtins.md.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Any

from wlinterp.errors import BuiltinFailure, WLRuntimeError
from wlinterp.registry import Family
from wlinterp.runtime import values as V
from wlinterp.runtime.types import WLArray
from wlinterp.runtime.state import Runtime
from wlinterp.syntax.names import fold

from .paths import failure, native_path
from .xml_copy import tree_copy
from .xml_attributes import same_name as _same
from .xml_nodes import XMLNode
from .xml_parse import declaration_of, parse_xml, xml_sub_errors
from .text_encodings import TEXT_BOMS
from .whole_files import read_whole
from .xml_writer import whole_text

family = Family("XML")

FROM_FILE = family.constant("fromFile", "depuisFichier", 1)
FROM_STRING = family.constant("fromString", "depuisChaîne", 2)



def read_source(source: object, option: object, fname: str) -> tuple[ET.Element, str]:
    """The root element of XMLOpen's / XMLDocument's source, a file path (fromFile) or
    the XML text itself (fromString; without an option, a source starting with `<`),
    and the source's own declaration (xml_parse.declaration_of)."""
    text = V.to_str(source)
    from_string = V.to_int(option) == FROM_STRING if option is not None \
        else _is_xml_text(text)
    if from_string:
        return parse_xml(text), declaration_of(text)
    path = native_path(text)
    try:
        data = read_whole(path)
    except OSError as exc:
        raise failure(fname, "open", text, exc, None) from None
    return parse_xml(data), declaration_of(data)


# A byte-order mark read as a character, or as the bytes of text_encodings.TEXT_BOMS
_MARKS = ("\ufeff", *(bom.decode("latin-1") for bom, _ in TEXT_BOMS))


def _is_xml_text(text: str) -> bool:
    """Is a source given without fromFile / fromString XML text rather than a path? Text
    starts with `<`, after blanks and a byte-order mark: a buffer fLoadBuffer or an HTTP
    answer gave with its UTF-8 or UTF-16 mark was taken for a file name ("cannot open
    'ï»¿<?xml ...'", "embedded null byte")."""
    head = text.lstrip()[:8]
    for mark in _MARKS:
        if head.startswith(mark):
            head = head[len(mark):].lstrip("\x00 \t\r\n")
            break
    return head.startswith("<")


class XMLDocument:
    """An `xmlDocument` variable: its root element, None while it is empty."""

    wl_type_name = "xmlDocument"
    wl_method_kind = "xml"  # doc.Save(f) is XMLSave(doc, f) (runtime/value_methods.py)

    def __init__(self, root: ET.Element | None = None, header: str = "") -> None:
        self.root, self.header = root, header  # header: the source's <?xml ...?>

    def copy(self) -> "XMLDocument":
        """A copy of the document (its tree, declaration and comments): what `=` stores
        into an xmlDocument (`_document_from_value`) and what the copy of a structure,
        an array or an object holding one holds (runtime/composites.py held_copy)."""
        root = tree_copy(self.root) if self.root is not None else None
        return XMLDocument(root, self.header)

    def wl_get_named(self, name: str, shown: str) -> "XMLNode":
        """`doc.Root`: the root element, when `name` is its name (`shown`: as written,
        the name a write creates)."""
        found = [self.root] if self.root is not None and _same(self.root.tag, shown) else []
        return XMLNode(self, name, found, shown)

    def wl_get(self, name: str) -> "XMLNode":
        return self.wl_get_named(name, name)

    def wl_set_named(self, shown: str, value: object) -> None:
        self.wl_get_named(fold(shown), shown).set_text(value)

    def wl_set(self, name: str, value: object, ctx: Any = None) -> None:
        self.wl_set_named(name, value)

    def child_for(self, name: str) -> ET.Element:
        """The element `name` at the top: the root, created in an empty document."""
        if self.root is None:
            self.root = ET.Element(name)
        elif not _same(self.root.tag, name):
            raise WLRuntimeError(f"The XML document's root is <{self.root.tag}>: it cannot "
                                 f"have a second root <{name}>.")
        return self.root

    def wl_prop(self, name: str) -> object:
        if name in ("root", "racine"):
            return XMLNode(self, fold(self.root.tag), [self.root]) if self.root is not None \
                else XMLNode(self, "", [])
        if name in ("xmlsource", "sourcexml"):
            return whole_text(self.root, "..XMLSource")
        raise WLRuntimeError(f"An xmlDocument has no property '{name}'.")

    def wl_text(self) -> str:
        return whole_text(self.root, "The xmlDocument's text").rstrip("\n")


def _new_document(rt: Runtime | None = None) -> XMLDocument:
    return XMLDocument()


def _new_node(rt: Runtime | None = None) -> XMLNode:
    """`n is xmlNode`: a node of no document, whose element is made by the first write
    (`n..Name = "Line"`, `n..Text`, `n:attr = v`, `n.Child = v`, XMLAddChild(n, ...))
    and which XMLAddChild(parent, n) adds to a document or a node as a copy
    (*decided*, INFERRED: the xmlNode page is not stored; docs/builtins.md "A
    standalone xmlNode"). It was "This xmlNode belongs to no XML document"."""
    return XMLNode(None, "", [])


def _node_from_value(value: object) -> object:
    """A value stored into an xmlNode variable: itself, but an array (XMLExecuteXPath's
    result on a variable) is refused in words. It was stored whole, silently, and the
    variable then was no node: `res..Name` said "Arrays have no property" far from the
    cause (*decided* 6 Dec 2026, INFERRED: docs/builtins.md "XPath")."""
    if isinstance(value, WLArray):
        raise WLRuntimeError(
            f"An array ({len(value)} element{'s' if len(value) != 1 else ''}: "
            "XMLExecuteXPath gives an array of xmlNode) cannot be stored in an xmlNode: "
            "declare an `array of xmlNode`, or take one node of it (`[1]`).")
    return value


def _document_from_value(value: object) -> object:
    """A value stored into an xmlDocument variable (runtime/types.py coerce): a copy of
    a document, as `=` copies the advanced types (?1514050: "Copies"; docs/builtins.md
    "Copying an xmlDocument"): `x2 is xmlDocument = x1` then a change through x2
    changed x1 too. A document XMLOpen or JSONToXML makes, stored straight from the call
    (`d is xmlDocument = XMLOpen(f)`), does not come here: the compiler stores it as it
    is (compiler/stores.py assign_made). Any other value is stored as before."""
    return value.copy() if isinstance(value, XMLDocument) else value


setattr(_new_node, "wl_from_value", _node_from_value)
setattr(_new_document, "wl_from_value", _document_from_value)
setattr(_new_document, "wl_method_kind", XMLDocument.wl_method_kind)  # (wl check: doc.Save)
family.type("xmlDocument", "xmlDocument", _new_document)
family.type("xmlNode", "xmlNoeud", _new_node, "xmlNœud")


@family.function("XMLOpen", "XMLOuvre", can_fail=True)
def xml_open(rt: Runtime, source: object, option: object = None) -> XMLDocument:
    """An xmlDocument read from a file (fromFile, the default) or from the XML text
    (fromString). Invalid XML: ErrorOccurred, and an empty document."""
    try:
        return XMLDocument(*read_source(source, option, "XMLOpen"))
    except BuiltinFailure as exc:
        exc.value = XMLDocument()
        raise
    except ValueError as exc:
        raise BuiltinFailure(f"XMLOpen: {exc}.", value=XMLDocument(),
                             subs=xml_sub_errors(exc)) from None
