// An attribute read by name (`xLine:qty`, `xLine.qty`) counts in arithmetic as its value
// read as a number, as an element's text and `..Attribute["qty"]` already did: summing
// an order's quantities with `nQty += xLine:qty` gave 25 for 2 and 5 (the texts joined,
// then stored into the integer) and `x.order:id + 1` gave "71". Compared with a text it
// is still its text (*decided* 6 Dec 2026, FS, INFERRED: docs/builtins.md "An xmlNode's
// attributes by name"). French twin xml_attribut_arithmetique_fr.wl.
x is xmlDocument = XMLOpen("<order id=""7"" code=""A7""><line sku=""A"" qty=""2"" price=""1.50""/><line sku=""B"" qty=""5"" price=""2""/></order>", fromString)
nQty is int
mTotal is currency
FOR EACH xLine OF x.order.line
	nQty += xLine:qty
	mTotal += xLine:qty * xLine.price
END
Trace(nQty, mTotal) // expect: 7, 13
Trace(x.order:id + 1, x.order.id * 2, x.order..Attribute["id"] + 1) // expect: 8, 14, 8
// as a text: joined to a text, compared with a text, given to a text function
Trace("Order " + x.order:id, x.order:code = "A7", Length(x.order:code), Lower(x.order:code)) // expect: Order 7, 1, 2, a7
sCode is string = x.order:code
Trace(sCode + "-" + x.order.line[2]:sku) // expect: A7-B
// compared with a number: as a number
Trace(x.order:id = 7, x.order:id > 10) // expect: 1, 0
// kept in a Variant or a JSON member: its text (a node's text too: VariantToJSON said
// "a value of type xmlNode has no JSON form")
v is Variant = x.order:code
Trace(v, TypeVar(v) = wlString) // expect: A7, 1
j is JSON
j.id = x.order:id
j.firstSku = x.order.line[1]:sku
j.order = x.order.line[2]
Trace(VariantToJSON(j)) // expect: {"id":"7","firstSku":"A","order":""}
