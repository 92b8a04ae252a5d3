// XMLFirst / XMLLast / XMLPrevious move among the items of a level (attributes first,
// then child elements); XMLModify and XMLDelete edit at the position; XMLCancelSearch
// ends an XMLFind search; XMLExtractString reads an element's text from plain text
sXML is string = "<List><Item code=""a"">one</Item><Item code=""b"">two</Item><Item code=""c"">three</Item></List>"
XMLDocument("l", sXML)
XMLChild("l")
Trace(XMLElementName("l"), XMLData("l")) // expect: Item, one
XMLLast("l")
Trace(XMLData("l")) // expect: three
Trace(XMLPrevious("l"), XMLData("l")) // expect: 1, two
Trace(XMLFirst("l"), XMLData("l")) // expect: 1, one
// before the first item: False, the position stays, XMLOut is True
Trace(XMLPrevious("l"), XMLOut("l"), XMLData("l")) // expect: 0, 1, one
// down into an element: its attribute comes first
XMLChild("l")
Trace(XMLElementName("l"), XMLData("l"), XMLElementType("l") = XMLAttribute) // expect: code, a, 1
XMLModify("l", "A")
XMLParent("l")
XMLModify("l", "ONE")
XMLNext("l")
XMLDelete("l") // the second Item goes; the position goes up to List
Trace(XMLElementName("l")) // expect: List
Trace(XMLBuildString("l", XMLNoHeader)) // expect: <List><Item code="A">ONE</Item><Item code="c">three</Item></List>
// expect:
// a search, cancelled: XMLNext then moves to the next item, not the next match
XMLRoot("l")
Trace(XMLFind("l", "Item", XMLTag), XMLData("l")) // expect: 1, ONE
XMLCancelSearch("l")
Trace(XMLNext("l"), XMLData("l")) // expect: 1, three
// XMLExtractString: the n-th element of that name in any text
Trace(XMLExtractString(sXML, "Item"), XMLExtractString(sXML, "Item", 3), "[" + XMLExtractString(sXML, "None") + "]") // expect: one, three, []
XMLClose("l")
