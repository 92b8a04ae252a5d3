// XMLExecuteXPath on an xmlDocument or xmlNode variable always gives an array of
// xmlNode: stored into a variable declared an xmlNode, or given to a parameter declared
// one, the run stops there (its words: "An array (2 elements: XMLExecuteXPath gives an
// array of xmlNode) cannot be stored in an xmlNode"). wl check said nothing.
// French twin xpath_tableau_dans_noeud.wl.
doc is xmlDocument = XMLOpen("<Shop><Book>Dune</Book><Book>Emma</Book></Shop>", fromString)
res is xmlNode = XMLExecuteXPath(doc, "/Shop/Book") // error: WL110:1 XMLExecuteXPath(...) is an array of xmlNode: an array cannot be stored in 'res', an xmlNode
Trace(res..Name)
other is xmlNode
other = XMLExecuteXPath(doc, "/Shop/Book") // error: WL110:1 XMLExecuteXPath(...) is an array of xmlNode: an array cannot be stored in 'other', an xmlNode
Trace(other..Name)
ShowName(XMLExecuteXPath(doc, "/Shop/Book")) // error: WL116:10 XMLExecuteXPath(...) is an array and the parameter 'n' of ShowName is an xmlNode: an array of xmlNode cannot be stored there
// the two ways to write it, and the document's name (a text), which gives a boolean
first is xmlNode = XMLExecuteXPath(doc, "/Shop/Book")[1]
ShowName(first)
ShowName(XMLExecuteXPath(doc, "/Shop/Book")[2])
arrBooks is array of xmlNode = XMLExecuteXPath(doc, "/Shop/Book")
Trace(ArrayCount(arrBooks))
Trace(XMLExecuteXPath("Shop", "/Shop/Book"))

PROCEDURE ShowName(n is xmlNode)
Trace(n..Name)
