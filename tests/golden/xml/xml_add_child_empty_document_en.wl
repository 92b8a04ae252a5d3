// XMLAddChild on an empty xmlDocument variable makes the child its root, as an empty
// document named by XMLDocument does and as `doc.Root.X = v` builds one (INFERRED: no
// XMLAddChild page is stored; docs/builtins.md "XMLAddChild on an empty xmlDocument")
doc is xmlDocument
Trace(XMLAddChild(doc, "Order", "")..Name, doc..Root..Name)   // expect: Order, Order
XMLAddChild(doc, "Line", "Screw")
XMLAddChild(doc.Order, "Line", "Nut")
Trace(XMLBuildString(doc, XMLNoHeader))   // expect: <Order><Line>Screw</Line><Line>Nut</Line></Order>
// expect:
Trace(doc.Order.Line..Occurrence, doc.Order.Line[2])   // expect: 2, Nut
// a named document, empty, does the same
XMLDocument("named", "")
Trace(XMLAddChild("named", "Order", "x"), XMLBuildString("named", XMLNoHeader))   // expect: 1, <Order>x</Order>
// expect:
// an attribute still needs an element; `move` True still needs a position
empty is xmlDocument
XMLAddChild(empty, "Root", "", True)   // expect error: XMLAddChild: an xmlDocument variable has no position to move
