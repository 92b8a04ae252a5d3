// The name of a document of the XML functions (XMLDocument, XMLFirst, XMLRead,
// XMLExecuteXPath, XMLExtractDocument...) is a text: an array there stops the run in
// the words of every text parameter and wl check says it (WL115); the run said
// "cannot be converted to a string" and wl check nothing (docs/check.md WL115). A
// document's name is read in any case.
t is array of string = ["a"]
XMLDocument("Order", "<order><line>1</line></order>")
Trace(XMLRead("ORDER", "/order/line")) // expect: 1
WHEN EXCEPTION IN
	XMLFirst(t) // wl: ignore[WL115]
DO
	Trace(ExceptionInfo()) // expect: XMLFirst expects a string, not a value of type array.
END
XMLClose("order")
XMLDocument(t) // expect error: XMLDocument expects a string, not a value of type array
