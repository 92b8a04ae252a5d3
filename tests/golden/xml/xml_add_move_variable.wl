// XMLAddChild's <move> given an xmlNode variable: the variable then designates the new
// child, as a named document's position goes to it (docs/builtins.md "XML", INFERRED:
// the page is not stored); an xmlDocument variable has no position, and no variable
// can stand on an attribute: refused rather than the option dropped
doc is xmlDocument = XMLOpen("<order><line id=""1"">Bolt</line></order>", fromString)
n is xmlNode = doc.order
Trace(XMLAddChild(n, "total", "", True)..Name, n..Name) // expect: total, total
XMLAddChild(n, "amount", "12.50")
XMLAddChild(n, "currency", "EUR", False)
Trace(n..Name) // expect: total
Trace(XMLBuildString(doc, XMLNoHeader)) // expect: <order><line id="1">Bolt</line><total><amount>12.50</amount><currency>EUR</currency></total></order>
// expect:
Trace(XMLAddChild(doc.order, "note", "x", True)..Name) // expect: note
WHEN EXCEPTION IN
	XMLAddAttribute(n, "unit", "EUR", True)
DO
	Trace(ExceptionInfo(errMessage)) // expect: XMLAddAttribute: an xmlNode or xmlDocument variable cannot be positioned on an attribute (<move> is for a document named by XMLDocument).
END
XMLAddChild(doc, "x", "", True) // expect error: XMLAddChild: an xmlDocument variable has no position to move
