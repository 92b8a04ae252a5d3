// A control character (U+0001 to U+001F but tab, LF and CR) cannot be in an XML 1.0
// document, neither as it is nor as a character reference: writing one gave a document
// no reader takes back, XMLOpen included ("not well-formed (invalid token)"). A writer
// now refuses it in words, naming the character and the element: XMLBuildString stops,
// XMLSave returns False with ErrorInfo, Serialize with psdXML too; tab, LF and CR go on
// (*decided* 6 Dec 2026, FS, INFERRED: no PC SOFT page says what WINDEV writes;
// docs/builtins.md "Control characters in XML"). French twin xml_caracteres_controle_fr.wl.
doc is xmlDocument = XMLOpen("<Order><Ref>A1</Ref></Order>", fromString)
// a barcode scanner's group separator (GS, Charact(29)) pasted into a reference
doc.Order.Ref = "0102" + Charact(29) + "17"
WHEN EXCEPTION IN
	sText is string = XMLBuildString(doc)
DO
	Trace(Contains(ExceptionInfo(), "the text of <Ref> holds the character U+001D (Charact(29))")) // expect: 1
END
sFile is string = fTempPath() + fSep() + "wl_xml_control_en.xml"
Trace(XMLSave(doc, sFile)) // expect: 0
Trace(ErrorOccurred, fFileExist(sFile)) // expect: 1, 0
Trace(Contains(ErrorInfo(), "XMLSave: cannot write")) // expect: 1
// in an attribute
doc.Order.Ref = "010217"
doc.Order.Ref:code = "x" + Charact(1)
WHEN EXCEPTION IN
	XMLBuildString(doc)
DO
	Trace(Contains(ExceptionInfo(), "the attribute code of <Ref> holds the character U+0001")) // expect: 1
END
// tab, LF and CR are XML characters: written, and read back
doc.Order.Ref:code = "a" + TAB + "b"
doc.Order.Ref = "line 1" + CR + "line 2"
sText = XMLBuildString(doc)
doc2 is xmlDocument = XMLOpen(sText, fromString)
Trace(doc2.Order.Ref = "line 1" + CR + "line 2", doc2.Order.Ref:code = "a" + TAB + "b") // expect: 1, 1
// Serialize to XML: refused, nothing written
Customer is Structure
	Name is string
END
c is Customer
c.Name = "Smith" + Charact(7)
bufXml is Buffer
Serialize(c, bufXml, psdXML)
Trace(ErrorOccurred, Contains(ErrorInfo(), "the member Name holds the character U+0007"), Length(bufXml)) // expect: 1, 1, 0
