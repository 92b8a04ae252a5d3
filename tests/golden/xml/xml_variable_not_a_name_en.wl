// The functions of named documents (XMLDocument, XMLFind, XMLExecuteXPath...) given an
// xmlDocument variable say so, instead of "no XML document named '<?xml ...'" with the
// whole text as the name; XMLBuildString and XMLSave take both, XMLExecuteXPath gives an
// array of xmlNode for a variable (xml_xpath_variable_en.wl)
doc is xmlDocument = XMLOpen("<orders><order num=""A1""/><order num=""B2""/></orders>", fromString)
Trace(doc.orders.order[2]:num) // expect: B2
Trace(Position(XMLBuildString(doc, XMLNoHeader), "<order num=""B2""/>") > 0) // expect: 1
XMLDocument("named", XMLBuildString(doc))
Trace(XMLExecuteXPath("named", "//order[@num='B2']")) // expect: 1
Trace(XMLFound(doc)) // expect error: XMLFound works on a document XMLDocument created, given by its name; an xmlDocument variable is read through its elements and attributes
