// A CDATA section inside an element's text is written back where it was, the plain text
// around it escaped as before, while the program leaves the text as read: `<M>x<![CDATA[
// <y>]]><!--k-->z</M>` came back `<M><![CDATA[x<y>z]]><!--k--></M>`, the whole text one
// CDATA section and the comment moved after it. A text the program changes is written
// whole, escaped, then its notes (*decided* 6 Dec 2026, FS, INFERRED: docs/builtins.md
// "Comments kept"). French twin xml_cdata_en_place_fr.wl.
sXml is string = "<Doc><M>x<![CDATA[<y>]]><!--k-->z</M><Price>from <![CDATA[<10 & >5]]> euros<![CDATA[!]]></Price><Code><![CDATA[a && b]]></Code></Doc>"
doc is xmlDocument = XMLOpen(sXml, fromString)
Trace(doc.Doc.M, doc.Doc.Price, doc.Doc.Code) // expect: x<y>z, from <10 & >5 euros!, a && b
sOut is string = XMLBuildString(doc, XMLNoHeader)
Trace(sOut = sXml + Charact(10)) // expect: 1
Trace(Position(sOut, "<M>x<![CDATA[<y>]]><!--k-->z</M>") > 0) // expect: 1
// read back, written again: the same text
doc2 is xmlDocument = XMLOpen(sOut, fromString)
Trace(XMLBuildString(doc2, XMLNoHeader) = sOut) // expect: 1
// a text the program changes is written whole, escaped, then its notes
doc.Doc.M = "x<y>w"
Trace(Position(XMLBuildString(doc, XMLNoHeader), "<M>x&lt;y&gt;w<!--k--></M>") > 0) // expect: 1
