// XMLAddChild and XMLAddAttribute given a name that is no XML name (empty, with a space,
// starting with a digit) stop with an error naming it: they wrote it as it was, so the
// document built was not XML (`<bad tag>`, `<r ="v"/>`), and XMLOpen could not read it
// back (INFERRED: no stored page; a misuse, fatal as the other misuses of these functions)
x is xmlDocument = XMLOpen("<r/>", fromString)
XMLAddChild(x, "cbc:ID", "7") // a prefixed name is a name
XMLAddAttribute(x, "xml:lang", "en")
Trace(XMLBuildString(x)) // expect: <?xml version="1.0" encoding="UTF-8"?>
// expect: <r xml:lang="en"><cbc:ID>7</cbc:ID></r>
// expect:
WHEN EXCEPTION IN
	XMLAddChild(x, "bad tag", "2")
DO
	Trace(ExceptionInfo()) // expect: XMLAddChild: 'bad tag' is not an XML name.
END
WHEN EXCEPTION IN
	XMLAddAttribute(x, "", "v")
DO
	Trace(ExceptionInfo()) // expect: XMLAddAttribute: '' is not an XML name.
END
XMLDocument("D", "")
XMLAddChild("D", "root", "")
XMLAddChild("D", "1st", "x") // expect error: XMLAddChild: '1st' is not an XML name.
