// A namespace prefix is matched as the document writes it: XML is case-sensitive, so
// `a` and `A` are two prefixes (here bound to two URIs); the local name is still
// matched ignoring case, as members are (docs/builtins.md "XML namespace prefixes",
// INFERRED: no stored page on xmlDocument or namespaces)
sXML is string = "<r xmlns:a=""urn:1"" xmlns:A=""urn:2""><a:x>one</a:x><A:x>two</A:x></r>"
doc is xmlDocument = XMLOpen(sXML, fromString)
Trace(doc.r.a:x, doc.r.A:x, doc.r.A:X) // expect: one, two, two
// a prefix the document declares nowhere finds nothing, whatever its case elsewhere
doc2 is xmlDocument = XMLOpen("<r xmlns:n=""urn:n""><n:v>1</n:v></r>", fromString)
Trace(doc2.r.n:v..Exist, doc2.r.N:v..Exist) // expect: 1, 0
// written: `A:y` is created beside `a:y`, not written over it
doc.r.a:y = "low"
doc.r.A:y = "UP"
Trace(doc.r.a:y, doc.r.A:y) // expect: low, UP
Trace(XMLBuildString(doc, XMLNoHeader)) // expect: <r xmlns:a="urn:1" xmlns:A="urn:2"><a:x>one</a:x><A:x>two</A:x><a:y>low</a:y><A:y>UP</A:y></r>
// expect:
