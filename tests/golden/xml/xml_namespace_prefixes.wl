// Elements with a namespace prefix (a small UBL-like invoice) reached by dotted access:
// `doc.Invoice.cbc:ID` is read `cbc` then `ID`, and an absent `cbc` with a `cbc:ID`
// beside it is that element (docs/builtins.md "XML namespace prefixes", INFERRED: the
// XML type pages are not stored)
sXML is string = [
<Invoice xmlns="urn:inv" xmlns:cbc="urn:cbc" xmlns:cac="urn:cac"><cbc:ID>F-001</cbc:ID><cac:Party><cbc:Name>ACME</cbc:Name></cac:Party><cac:Line><cbc:Qty>2</cbc:Qty><cbc:Price>1.50</cbc:Price></cac:Line><cac:Line><cbc:Qty>5</cbc:Qty><cbc:Price>2</cbc:Price></cac:Line></Invoice>
]
doc is xmlDocument = XMLOpen(sXML, fromString)
Trace(doc.Invoice.cbc:ID, doc.Invoice.cbc:ID..Name) // expect: F-001, cbc:ID
Trace(doc.Invoice.cac:Party.cbc:Name, doc.Invoice.cac:Line..Occurrence) // expect: ACME, 2
Trace(doc.Invoice.cac:Line[2].cbc:Qty) // expect: 5
mTotal is currency
FOR EACH xLine OF doc.Invoice.cac:Line
	mTotal += xLine.cbc:Qty * xLine.cbc:Price
END
Trace(mTotal) // expect: 13
// written: an existing element gets its text; with the prefix declared (xmlns:cbc) a
// missing one is created with its prefix; `:` after it is an attribute
doc.Invoice.cbc:ID = "F-002"
doc.Invoice.cbc:Note = "paid"
doc.Invoice.cac:Party.cbc:Name:lang = "en"
Trace(doc.Invoice.cbc:Missing..Exist, doc.Invoice.cbc:Note) // expect: 0, paid
Trace(XMLBuildString(doc.Invoice.cac:Party, XMLNoHeader)) // expect: <cac:Party><cbc:Name lang="en">ACME</cbc:Name></cac:Party>
// expect:
Trace(doc.Invoice.cbc:ID, doc.Invoice..Children[5]..Name) // expect: F-002, cbc:Note
// a prefixed root
doc2 is xmlDocument = XMLOpen("<ubl:Order xmlns:ubl=""urn:ubl""><ubl:Ref>A7</ubl:Ref></ubl:Order>", fromString)
Trace(doc2.ubl:Order.ubl:Ref) // expect: A7
// without the declaration, `x:y = v` on an element with no child `x` stays an attribute
// of a new child element `x`, as before
doc3 is xmlDocument = XMLOpen("<r/>", fromString)
doc3.r.x:y = "1"
Trace(XMLBuildString(doc3, XMLNoHeader)) // expect: <r><x y="1"/></r>
// expect:
// a prefixed attribute (a SOAP answer's xsi:type) read and set through `:`; written
// after `:` (`node:xsi:nil = v`) a new one is made, as XMLAddAttribute makes one; after
// `.` (`node.soap:Extra = v`) a declared prefix makes an element, as above
sSOAP is string = [
<soap:Envelope xmlns:soap="urn:s" xmlns:xsi="urn:x"><soap:Body><Price xsi:type="decimal" cur="EUR">12.5</Price></soap:Body></soap:Envelope>
]
doc4 is xmlDocument = XMLOpen(sSOAP, fromString)
xPrice is xmlNode = doc4.soap:Envelope.soap:Body.Price
Trace(xPrice, xPrice:xsi:type, xPrice:cur) // expect: 12.5, decimal, EUR
xPrice:xsi:type = "string"
xPrice:xsi:nil = "false"
XMLAddAttribute(xPrice, "xsi:schemaLocation", "urn:p")
doc4.soap:Envelope.soap:Body:soap:mustUnderstand = "1"
doc4.soap:Envelope.soap:Body.soap:Extra = "e"
Trace(XMLBuildString(doc4.soap:Envelope.soap:Body, XMLNoHeader)) // expect: <soap:Body soap:mustUnderstand="1"><Price xsi:type="string" cur="EUR" xsi:nil="false" xsi:schemaLocation="urn:p">12.5</Price><soap:Extra>e</soap:Extra></soap:Body>
// expect:
