// XMLExecuteXPath on an xmlDocument variable gives the array of xmlNode found, as real
// code loops it (docs/builtins.md "XPath", INFERRED; French twin xml_xpath_variable_fr.wl).
// It was the error "XMLExecuteXPath works on a document XMLDocument created".
xOrder is xmlDocument = XMLOpen("<Order><Line ref=""A1""><Qty>2</Qty></Line><Line ref=""B7""><Qty>5</Qty></Line></Order>", fromString)
nTotal is int
FOR EACH xLine OF XMLExecuteXPath(xOrder, "/Order/Line")
	Trace(xLine:ref, xLine.Qty) // expect: A1, 2
	// expect: B7, 5
	nTotal += xLine.Qty
END
Trace(nTotal) // expect: 7
arrLines is array of xmlNode = XMLExecuteXPath(xOrder, "//Line[@ref='B7']")
Trace(arrLines..Occurrence, arrLines[1].Qty, arrLines[1]..Name) // expect: 1, 5, Line
arrQty is array of xmlNode = XMLExecuteXPath(arrLines[1], "Qty")
Trace(arrQty..Occurrence, arrQty[1]) // expect: 1, 5
arrRefs is array of strings = XMLExecuteXPath(xOrder, "//Line/@ref")
Trace(ArrayToString(arrRefs, "+")) // expect: A1+B7
arrNone is array of xmlNode = XMLExecuteXPath(xOrder, "/Order/Note")
Trace(arrNone..Occurrence, ErrorOccurred) // expect: 0, 0
arrLines[1].Qty = 6
Trace(xOrder.Order.Line[2].Qty) // expect: 6
