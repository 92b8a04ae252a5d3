// XMLAddChild given an xmlNode or an xmlDocument variable gives the element it added, an
// xmlNode: `xLine = XMLAddChild(xOrder, "Line")` then fills that element (it stored a
// boolean, so the next XMLAddAttribute(xLine, ...) failed). Given the name of a document
// (XMLDocument), its result is True, as before. Used as a boolean, the node is True: the
// element was added (`IF XMLAddChild(...) THEN` keeps working). INFERRED, no XMLAddChild
// page stored: docs/builtins.md "XMLAddChild's result".
xDoc is xmlDocument = XMLOpen("<Order number=""A-17""/>", fromString)
xOrder is xmlNode = xDoc.Order
arrProducts is array of strings = ["Bolt", "Nut"]
FOR EACH sProduct, nRank OF arrProducts
	xLine is xmlNode = XMLAddChild(xOrder, "Line")
	XMLAddAttribute(xLine, "rank", nRank)
	XMLAddChild(xLine, "Product", sProduct)
	XMLAddChild(xLine, "Qty", 10 * nRank)
END
Trace(XMLBuildString(xDoc, XMLNoHeader))
// expect: <Order number="A-17"><Line rank="1"><Product>Bolt</Product><Qty>10</Qty></Line><Line rank="2"><Product>Nut</Product><Qty>20</Qty></Line></Order>
// expect:
xNote is xmlNode = XMLAddChild(xDoc, "Note", "urgent")
Trace(xNote..Name, xNote..Text, xNote..Exist)
// expect: Note, urgent, 1
xNote..Text = "call first"
Trace(xDoc.Order.Note)
// expect: call first
IF XMLAddChild(xOrder, "Total", "30") THEN Trace("added")
// expect: added
bAdded is boolean = XMLAddChild(xOrder, "Currency", "EUR")
Trace(bAdded, xDoc.Order.Currency)
// expect: 1, EUR
XMLDocument("ORD", "<Order/>")
Trace(XMLAddChild("ORD", "Line", "x"))
// expect: 1
XMLClose("ORD")
