// XMLFind with no levels given searches XMLSubElement + XMLContinue, as PC SOFT's runtime
// does: everything after the position, not only under it and after it on its level
sXML is string = "<Shop><Book id=""b1""><Title>Dune</Title></Book><Book id=""b2""><Title>Emma</Title></Book><Owner>Ann</Owner></Shop>"
XMLDocument("shop", sXML)
XMLRoot("shop")
XMLFind("shop", "Title")
Trace(XMLData("shop"), XMLParentName("shop")) // expect: Dune, Book
// from the first Title, the second Book is after it in the document (not on its level)
Trace(XMLFind("shop", "Book"), XMLData("shop", "id")) // expect: 1, b2
// the default is the same when only what is searched is given
XMLRoot("shop")
XMLFind("shop", "Dune", XMLValue)
Trace(XMLFind("shop", "Owner", XMLTag), XMLData("shop")) // expect: 1, Ann
// XMLNext goes on through the whole rest of the document
XMLRoot("shop")
XMLChild("shop")
XMLFind("shop", "Title")
WHILE XMLFound("shop")
	Trace(XMLData("shop")) // expect: Dune
	// expect: Emma
	XMLNext("shop")
END
// the levels given explicitly still limit the search: nothing under Title nor after it on its level
XMLRoot("shop")
XMLFind("shop", "Title")
Trace(XMLFind("shop", "Book", XMLTag + XMLSubElement + XMLCurrentLevel), XMLElementName("shop")) // expect: 0, Title
Trace(XMLFind("shop", "Book", XMLTag + XMLContinue), XMLData("shop", "id")) // expect: 1, b2
XMLClose("shop")
