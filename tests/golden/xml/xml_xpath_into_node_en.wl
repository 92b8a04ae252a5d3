// XMLExecuteXPath on an xmlDocument gives an array of xmlNode (docs/builtins.md "XPath").
// Stored into a variable declared an xmlNode, the array was kept whole, silently: the
// variable was no node, and `res..Name` stopped later with "Arrays have no property
// 'Name'". The store is now refused in words, with the two ways to write it
// (*decided* 6 Dec 2026, FS, INFERRED: the XMLExecuteXPath page is not stored).
// French twin xml_xpath_dans_noeud_fr.wl.
doc is xmlDocument = XMLOpen("<Shop><Book id='1'>Dune</Book><Book id='2'>Emma</Book></Shop>", fromString)
WHEN EXCEPTION IN
	res is xmlNode = XMLExecuteXPath(doc, "/Shop/Book") // wl: ignore[WL110]
DO
	Trace(ExceptionInfo()) // expect: An array (2 elements: XMLExecuteXPath gives an array of xmlNode) cannot be stored in an xmlNode: declare an `array of xmlNode`, or take one node of it (`[1]`).
END
// the two ways: one node of the array, or the array
first is xmlNode = XMLExecuteXPath(doc, "/Shop/Book")[1]
Trace(first..Name, first, first:id) // expect: Book, Dune, 1
arrNodes is array of xmlNode = XMLExecuteXPath(doc, "/Shop/Book[@id='2']")
Trace(ArrayCount(arrNodes), arrNodes[1]) // expect: 1, Emma
// assigned later, and given to a parameter declared an xmlNode
other is xmlNode
other = doc.Shop.Book[2]
Trace(other) // expect: Emma
Trace(Title(first)) // expect: Dune
WHEN EXCEPTION IN
	other = XMLExecuteXPath(doc, "/Shop/Nothing") // wl: ignore[WL110]
DO
	Trace(Left(ExceptionInfo(), 60)) // expect: An array (0 elements: XMLExecuteXPath gives an array of xmlN
END

PROCEDURE Title(n is xmlNode)
RESULT n..Text
