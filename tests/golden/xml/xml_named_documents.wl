// the older XML functions: a document by name and a current position
sXML is string = "<Catalog version=""2""><Book id=""b1""><Title>Dune</Title></Book><Book id=""b2""><Title>Emma</Title></Book></Catalog>"
IF XMLDocument("cat", sXML) THEN Trace(XMLElementName("cat")) // expect: Catalog
Trace(XMLRead("cat", "/Catalog/Book[2]/Title"), XMLRead("cat", "/Catalog/Book/@id")) // expect: Emma, b1
Trace("[" + XMLRead("cat", "/Catalog/Magazine") + "]") // expect: []
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
XMLFind("cat", "Title")
WHILE XMLFound("cat")
	Trace(XMLData("cat"), XMLParentName("cat")) // expect: Dune, Book
	// expect: Emma, Book
	XMLFind("cat", Null)
END
IF XMLFind("cat", "Book", "id", "b2") THEN
	XMLAddChild("cat", "Price", 7)
	XMLChild("cat")
	XMLModify("cat", "B-2")
	Trace(XMLElementName("cat"), XMLData("cat")) // expect: id, B-2
	XMLParent("cat")
	Trace(XMLElementName("cat")) // expect: Book
END
Trace(XMLRead("cat", "/Catalog/Book[2]/Price")) // expect: 7
XMLRoot("cat")
XMLNext("cat")
Trace(XMLOut("cat")) // expect: 1
XMLClose("cat")
Trace(XMLOut("cat")) // expect error: there is no XML document named 'cat'
