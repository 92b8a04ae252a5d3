// A standalone xmlNode variable (`n is xmlNode`): filled by its properties, attributes,
// children and XMLAddChild, then added to a document by XMLAddChild(parent, node), which
// adds a copy, so the node can be filled again and added once more (decided, INFERRED:
// the xmlNode page is not stored; docs/builtins.md "A standalone xmlNode"). Its first
// write stopped the run: "This xmlNode belongs to no XML document". French twin
// xml_noeud_autonome_fr.wl.
xLine is xmlNode
Trace(xLine..Name = "", xLine..Exist, TypeVar(xLine)) // expect: 1, 0, 31
xLine..Name = "Line"
xLine:ref = "A-100"
xLine.Qty = 3
XMLAddChild(xLine, "Label", "Bolts")
Trace(xLine..Name, xLine:ref, xLine.Qty, xLine..Exist) // expect: Line, A-100, 3, 1
xOrder is xmlDocument = XMLOpen("<Order number=""42""/>", fromString)
xAdded is xmlNode = XMLAddChild(xOrder, xLine)
Trace(xAdded..Name, xAdded:ref) // expect: Line, A-100
// filled again and added once more: two lines, the first as it was
xLine:ref = "B-200"
xLine.Qty = 7
xLine.Label = "Nuts"
XMLAddChild(xOrder.Order, xLine)
Trace(XMLBuildString(xOrder, XMLNoHeader)) // (the text ends with a line feed)
// expect: <Order number="42"><Line ref="A-100"><Qty>3</Qty><Label>Bolts</Label></Line><Line ref="B-200"><Qty>7</Qty><Label>Nuts</Label></Line></Order>
// expect:
Trace(xOrder.Order.Line..Occurrence, xOrder.Order.Line[1].Qty) // expect: 2, 3
// the copy in the document is changed through the document, not through the variable
xOrder.Order.Line[2].Qty = 8
Trace(xLine.Qty, xOrder.Order.Line[2].Qty) // expect: 7, 8
// an empty xmlDocument takes the node as its root
xNew is xmlDocument
XMLAddChild(xNew, xLine)
Trace(XMLBuildString(xNew, XMLNoHeader))
// expect: <Line ref="B-200"><Qty>7</Qty><Label>Nuts</Label></Line>
// expect:
// a node never named cannot be added
xNameless is xmlNode
xNameless..Text = "x"
WHEN EXCEPTION IN
	XMLAddChild(xOrder, xNameless)
DO
	Trace(ExceptionInfo(errMessage)) // expect: XMLAddChild: the xmlNode to add has no name (set its ..Name first).
END
// a node of a document assigned to the variable designates that element, as before
xLine = xOrder.Order.Line[1]
xLine:ref = "A-101"
Trace(xOrder.Order.Line[1]:ref) // expect: A-101
