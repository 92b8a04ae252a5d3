// XMLExecuteXPath on a named document: the position goes to the first node found,
// XMLNext to the next ones, XMLResult gives its text or the value computed (count)
sXML is string = [
<?xml version="1.0" encoding="UTF-8"?>
<Catalog xmlns:p="urn:prices">
	<Book id="b1" lang="en"><Title>Dune</Title><p:Price>9.5</p:Price></Book>
	<Book id="b2" lang="fr"><Title>Germinal</Title><p:Price>7</p:Price></Book>
	<Book id="b3" lang="en"><Title>Emma</Title><p:Price>12</p:Price></Book>
</Catalog>
]
XMLDocument("cat", sXML)
Trace(XMLExecuteXPath("cat", "count(/Catalog/Book)"), XMLResult("cat")) // expect: 1, 3
IF XMLExecuteXPath("cat", "/Catalog/Book[@lang='en']/Title") THEN
	Trace(XMLResult("cat"), XMLElementName("cat")) // expect: Dune, Title
	WHILE XMLNext("cat")
		Trace(XMLResult("cat")) // expect: Emma
	END
	Trace(XMLOut("cat"), XMLResult("cat")) // expect: 1, Emma
END
Trace(XMLExecuteXPath("cat", "//Book[2]/@id"), XMLResult("cat"), XMLElementType("cat") = XMLAttribute) // expect: 1, b2, 1
Trace(XMLExecuteXPath("cat", "//Book[p:Price='7']/Title/text()"), XMLResult("cat")) // expect: 1, Germinal
Trace(XMLExecuteXPath("cat", "//Book[last()]/p:Price"), XMLResult("cat")) // expect: 1, 12
Trace(XMLExecuteXPath("cat", "//Book[p:Price = 12]/Title"), XMLResult("cat")) // expect: 1, Emma
Trace(XMLExecuteXPath("cat", "count(//@*)"), XMLResult("cat")) // expect: 1, 6
Trace(XMLExecuteXPath("cat", "//Book[@lang!='en']/Title"), XMLResult("cat")) // expect: 1, Germinal
// nothing found: False, XMLOut, the position stays
Trace(XMLExecuteXPath("cat", "//Magazine"), XMLOut("cat"), XMLElementName("cat")) // expect: 0, 1, Title
// a relative query starts at the position; namespace declarations are no attributes
XMLRoot("cat")
XMLChild("cat")
Trace(XMLElementName("cat"), XMLData("cat", "id")) // expect: Book, b1
Trace(XMLExecuteXPath("cat", "Title"), XMLResult("cat")) // expect: 1, Dune
Trace(XMLExecuteXPath("cat", "../../Book[3]/*"), XMLResult("cat")) // expect: 1, Emma
XMLRoot("cat") // another move ends the query's results
Trace(XMLResult("cat")) // expect:
// outside the subset wlinterp evaluates: an error that says so
WHEN EXCEPTION IN
	XMLExecuteXPath("cat", "//Book[ends-with(Title, Author)]") // (an XPath 2.0 function)
DO
	Trace(Left(ExceptionInfo(), 51)) // expect: XMLExecuteXPath: 'ends-with()' in the query '//Book
END
WHEN EXCEPTION IN
	XMLExecuteXPath("cat", "namespace::*") // (the namespace axis)
DO
	Trace(Left(ExceptionInfo(), 33)) // expect: XMLExecuteXPath: 'namespace::' in
END
XMLExecuteXPath("cat", "//Book[") // expect error: the query '//Book[' is not valid XPath
