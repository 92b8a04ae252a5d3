// the older XML functions: a document by name and a current position (as PC SOFT's runtime moves it)
sXML is string = "<Catalog version=""2""><Book id=""b1""><Title>Dune</Title></Book><Book id=""b2""><Title>Emma</Title></Book></Catalog>"
IF XMLDocument("cat", sXML) THEN Trace(XMLElementName("cat")) // expect: Catalog
Trace(XMLRead("cat", "/Catalog/Book[2]/Title"), XMLRead("cat", "/Catalog/Book/@id")) // expect: Emma, b1
Trace("[" + XMLRead("cat", "/Catalog/Magazine") + "]") // expect: []
// under an element: its attributes, then its child elements
XMLChild("cat")
WHILE NOT XMLOut("cat")
	IF XMLElementType("cat") = XMLAttribute THEN
		Trace("attribute", XMLElementName("cat"), XMLData("cat")) // expect: attribute, version, 2
	ELSE
		Trace("tag", XMLElementName("cat"), XMLChildExist("cat")) // expect: tag, Book, 1
		// expect: tag, Book, 1
	END
	XMLNext("cat")
END
// past the end, the position stays on the last item
Trace(XMLElementName("cat"), XMLData("cat", "id")) // expect: Book, b2
// a search starts at the position and goes through what is under it; XMLNext finds the next one
XMLRoot("cat")
XMLFind("cat", "Title")
WHILE XMLFound("cat")
	Trace(XMLData("cat"), XMLParentName("cat")) // expect: Dune, Book
	// expect: Emma, Book
	XMLNext("cat")
END
XMLRoot("cat")
IF XMLFind("cat", "b2", XMLAttribute + XMLValue) THEN Trace(XMLElementName("cat"), XMLElementType("cat") = XMLAttribute) // expect: id, 1
IF XMLFind("cat", "EM", XMLValue + XMLContinue, XMLStartWith + XMLIgnoreCase) THEN Trace(XMLElementName("cat"), XMLData("cat")) // expect: Title, Emma
XMLParent("cat")
XMLAddChild("cat", "Price", 7)
XMLChild("cat")
XMLModify("cat", "B-2")
Trace(XMLElementName("cat"), XMLData("cat")) // expect: id, B-2
XMLParent("cat")
Trace(XMLElementName("cat"), XMLParentName("cat")) // expect: Book, Catalog
Trace(XMLRead("cat", "/Catalog/Book[2]/Price")) // expect: 7
Trace(XMLBuildString("cat", XMLNoHeader)) // expect: <Catalog version="2"><Book id="b1"><Title>Dune</Title></Book><Book id="B-2"><Title>Emma</Title><Price>7</Price></Book></Catalog>
// expect:
XMLRoot("cat")
XMLNext("cat")
Trace(XMLOut("cat"), XMLElementName("cat")) // expect: 1, Catalog
XMLClose("cat")
Trace(XMLOut("cat")) // expect error: there is no XML document named 'cat'
