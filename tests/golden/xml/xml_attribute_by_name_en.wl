// An xmlNode's ..Attribute is indexed by name as well as by rank, as real code writes
// it (`xNode..Attribute["name"]`): the attribute of that name (compared ignoring case,
// as members are), its ..Value and ..Name; a name the element does not have reads ""
// with ..Exist False; assigning sets it, added when absent. It failed with "Index 0 is
// out of range" (decided: docs/builtins.md "An xmlNode's attributes by name")
xDoc is xmlDocument = XMLOpen("<order><line code=""A1"" qty=""3"">pen</line></order>", fromString)
xLine is xmlNode = xDoc.order.line
Trace(xLine..Attribute["code"]) // expect: A1
Trace(xLine..Attribute["QTY"]..Value, xLine..Attribute["qty"]..Name) // expect: 3, qty
Trace(xLine..Attribute["qty"] * 2) // expect: 6
Trace(xLine..Attribute["code"]..Exist, xLine..Attribute["price"]..Exist) // expect: 1, 0
Trace("[" + xLine..Attribute["price"] + "]") // expect: []
Trace(xLine..Attribute[2]..Name, xLine..Attribute..Occurrence) // expect: qty, 2
// writes
xLine..Attribute["qty"] = 4
xLine..Attribute["price"] = "1.50"
xLine..Attribute["code"]..Value = "B2"
Trace(XMLBuildString(xDoc, XMLNoHeader)) // expect: <order><line code="B2" qty="4" price="1.50">pen</line></order>
// expect:
FOR EACH xAttr OF xLine..Attribute
	Trace(xAttr..Name, xAttr..Value) // expect: code, B2
	// expect: qty, 4
	// expect: price, 1.50
END
// an element not in the document: no attribute; a write creates it
Trace(xDoc.order.total..Attribute["currency"]..Exist) // expect: 0
xDoc.order.total..Attribute["currency"] = "EUR"
Trace(xDoc.order.total:currency) // expect: EUR
