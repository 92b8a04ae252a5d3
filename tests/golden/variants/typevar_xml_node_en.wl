// TypeVar of an xmlNode, of a Variant holding one, and of an xmlDocument: wlVariant (31),
// as a JSON node's (named sub-elements); the value still reads as the node's text and
// counts as a number where one is expected. *Decided* 6 Dec 2026, FS (docs/builtins.md
// "TypeVar"): the TypeVar page is not stored (searched again) and no page names a
// wl... constant for the XML types. French twin typevar_noeud_xml_fr.wl.
xDoc is xmlDocument = XMLOpen("<order><ref>A12</ref><qty>3</qty></order>", fromString)
vNode is Variant = xDoc.order.ref
Trace(TypeVar(vNode), vNode) // expect: 31, A12
Trace(TypeVar(xDoc.order.qty), TypeVar(xDoc)) // expect: 31, 31
xnQty is xmlNode = xDoc.order.qty
vNode = xnQty
Trace(TypeVar(xnQty), TypeVar(vNode) = wlVariant, vNode + 1) // expect: 31, 1, 4
// a generic procedure that switches on TypeVar takes the wlVariant branch
SWITCH TypeVar(vNode)
	CASE wlString : Trace("text")
	CASE wlVariant : Trace("node:", vNode..Text) // expect: node:, 3
	OTHER CASE : Trace("other")
END
