// A document nested 5,000 deep (fuzzed input, a generator gone wrong): XMLOpen read it,
// then XMLBuildString and XMLSave stopped the program with "Stack overflow: the value is
// nested too deeply" (the text was built by recursion). They now write it back at any
// depth, the same text (stdlib/xml_documents.py `_element_text`, FS, 6 Dec 2026).
// French twin xml_imbrication_profonde_fr.wl.
sDeep is string = Repeat("<a>", 5000) + "x" + Repeat("</a>", 5000)
xDoc is xmlDocument = XMLOpen(sDeep, fromString)
Trace(ErrorOccurred) // expect: 0
sBuilt is string = XMLBuildString(xDoc, XMLNoHeader)
Trace(Length(sBuilt), Left(sBuilt, Length(sDeep)) = sDeep) // expect: 35002, 1
sFile is string = fTempPath() + "\wl_deep.xml"
XMLSave(xDoc, sFile)
xRead is xmlDocument = XMLOpen(sFile)
Trace(XMLBuildString(xRead) = XMLBuildString(xDoc)) // expect: 1
fDelete(sFile)
// an empty element deep inside keeps its short form, attributes and tails their place
xDoc2 is xmlDocument = XMLOpen(Repeat("<b k=""1"">", 3000) + "<c/>t" + Repeat("</b>", 3000), fromString)
sBuilt2 is string = XMLBuildString(xDoc2, XMLNoHeader)
Trace(Left(sBuilt2, 16), Position(sBuilt2, "<b k=""1""><c/>t</b></b>") > 0) // expect: <b k="1"><b k="1, 1
