// A named document's parents, order and levels are found once and kept for the moves
// that follow (a loop of XMLNext walked the whole document at each step:
// stdlib/xml_doc_index.py); each change of the tree below is seen by the moves after it.
XMLDocument("D", "<Order><Line>a</Line><Line>b</Line><Note>n</Note></Order>")
XMLChild("D")
Trace(XMLElementName("D"), XMLData("D"))
// expect: Line, a
XMLNext("D")
Trace(XMLData("D"))
// expect: b
// an element inserted after the current one is the next
XMLInsertElement("D", "Line", "c")
XMLNext("D")
Trace(XMLElementName("D"), XMLData("D"))
// expect: Line, c
XMLNext("D")
Trace(XMLElementName("D"), XMLParentName("D"))
// expect: Note, Order
// an attribute added to the order is the first item under it
XMLParent("D")
XMLAddAttribute("D", "id", "7")
XMLChild("D")
Trace(XMLElementName("D"), XMLElementType("D") = XMLAttribute)
// expect: id, 1
XMLNext("D")
Trace(XMLElementName("D"), XMLData("D"))
// expect: Line, a
// a search goes on over the document as changed between its steps
XMLRoot("D")
XMLFind("D", "Line", XMLTag)
Trace(XMLData("D"))
// expect: a
XMLNext("D")
Trace(XMLData("D"))
// expect: b
XMLAddChild("D", "Line", "inner")
XMLRename("D", "Item")
XMLNext("D")
Trace(XMLData("D"), XMLParentName("D"))
// expect: inner, Item
XMLNext("D")
Trace(XMLData("D"))
// expect: c
XMLDelete("D")
Trace(XMLElementName("D"))
// expect: Order
XMLNext("D")
Trace(XMLData("D"), XMLOut("D"))
// expect: a, 0
XMLNext("D")
XMLNext("D")
Trace(XMLOut("D"), XMLPosition("D"))
// expect: 1, /Order/Item/Line
Trace(XMLBuildString("D", XMLNoHeader))
// expect: <Order id="7"><Line>a</Line><Item>b<Line>inner</Line></Item><Note>n</Note></Order>
// expect:
XMLClose("D")
