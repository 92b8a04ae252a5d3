"""XML namespaces for the xmlDocument/xmlNode member access: a name written in the code
finds an element by its namespace URI when its prefix does not match as written, and the
`..Namespace` / `..NamespaceDeclaration` properties of an xmlNode.

The document keeps its prefixes as written (`cbc:ID`, with `xmlns:cbc` an attribute);
these helpers resolve a prefix by walking the `xmlns` declarations from an element up
through the nodes that led to it. INFERRED (no xmlDocument/xmlNode page is stored):
docs/builtins.md "XML namespace URIs".
"""
from __future__ import annotations

__all__ = ["scope_of", "same_expanded_name", "XMLNamespaceValue", "namespace_of",
           "declarations_of"]

import xml.etree.ElementTree as ET
from typing import Any, Iterable

from wlinterp.errors import WLRuntimeError
from wlinterp.runtime.types import VARIANT, WLArray
from wlinterp.syntax.names import fold


def _split(name: str) -> tuple[str, str]:
    """`cbc:ID` -> ("cbc", "ID"); `ID` -> ("", "ID")."""
    prefix, _, local = name.rpartition(":")
    return prefix, local


def scope_of(node: Any) -> list[ET.Element]:
    """The elements from `node`'s own up to the root, innermost first: where the
    namespace declarations in force at `node` are written (an xmlNode knows the node it
    was reached through, not its element's parent)."""
    out = []
    while node is not None and hasattr(node, "element"):
        el = node.element
        if el is not None:
            out.append(el)
        node = node.owner
    return out


def _uri(prefix: str, scope: Iterable[ET.Element]) -> str | None:
    """The URI `prefix` (or, empty, the default namespace) is declared for in `scope`
    (innermost first); None where it is declared nowhere (or `xmlns=""` undoes it)."""
    key = f"xmlns:{prefix}" if prefix else "xmlns"  # (a prefix is case-sensitive)
    for el in scope:
        if key in el.attrib:
            return el.attrib[key] or None
    return None


def same_expanded_name(candidates: Iterable[ET.Element], name: str,
                       scope: list[ET.Element]) -> list[ET.Element]:
    """The elements of `candidates` whose namespace URI and local name are those of
    `name` as the code wrote it, its prefix (none: the default namespace) resolved in
    `scope`: `cbc:ID` finds `<x:ID xmlns:x="urn:cbc">` or `<ID xmlns="urn:cbc">` where
    `xmlns:cbc="urn:cbc"` is declared above. Empty when the code's prefix is declared
    nowhere (the name is then matched as written only)."""
    prefix, local = _split(name)
    uri = _uri(prefix, scope)
    if uri is None:
        return []
    found = []
    for el in candidates:
        el_prefix, el_local = _split(el.tag)
        if fold(el_local) == fold(local) and _uri(el_prefix, [el, *scope]) == uri:
            found.append(el)
    return found


class XMLNamespaceValue:
    """An `xmlNamespace`: `..Name`/`..Nom` its prefix ("" for the default namespace),
    `..URI` the URI it stands for. As text, its URI, what names the namespace (FS, 7 Dec
    2026, INFERRED): it was the prefix, "" for an element in a default namespace
    (`<a xmlns="urn:x">`) as for one in none, so the text told nothing."""

    wl_type_name = "xmlNamespace"

    def __init__(self, prefix: str, uri: str) -> None:
        self.prefix, self.uri = prefix, uri

    def wl_prop(self, name: str) -> str:
        if name in ("name", "nom"):
            return self.prefix
        if name == "uri":
            return self.uri
        raise WLRuntimeError(f"An xmlNamespace has no property '{name}'.")

    wl_get = wl_prop

    def wl_text(self) -> str:
        return self.uri


def namespace_of(node: Any) -> XMLNamespaceValue:
    """`node..Namespace`: the prefix of the node's element and the URI it is declared
    for there or above (both "" for an absent node or no namespace)."""
    el = node.element
    if el is None:
        return XMLNamespaceValue("", "")
    prefix = _split(el.tag)[0]
    return XMLNamespaceValue(prefix, _uri(prefix, scope_of(node)) or "")


def declarations_of(node: Any) -> WLArray:
    """`node..NamespaceDeclaration`: the namespaces declared on the element itself
    (`xmlns`, `xmlns:p`), in the order written."""
    el = node.element
    found: list[object] = [] if el is None else [
        XMLNamespaceValue(_split(attr)[1] if ":" in attr else "", value)
        for attr, value in el.attrib.items()
        if attr == "xmlns" or attr.startswith("xmlns:")]
    return WLArray(VARIANT, found)
