// A customer's address on two lines (CR is CR LF in WLanguage) written into an XML
// document, saved by XMLSave and read back by XMLOpen is the same text, so splitting it on
// CR still finds its lines. A reader turns CR LF into LF, and XMLSave's CR LF line ends
// made the raw CR LF two LFs: the address came back changed and ExtractString(..., CR)
// found no second line. The CR is now written as the reference &#13;, and an attribute's
// CR, LF and tab (a reader turns them into spaces) as &#13;, &#10;, &#9;, as libxml2
// writes them. Serialize's psdXML the same. INFERRED (docs/builtins.md "Line ends in XML").
sFile is string = CompleteDir(fTempPath()) + "wl_golden_xmlcr_" + Random(1, 999999999) + ".xml"
sAddress is string = "12 rue des Lilas" + CR + "75011 Paris"
xDoc is xmlDocument
xDoc.Customers.Customer.Name = "Dupont SA"
xDoc.Customers.Customer.Address = sAddress
xDoc.Customers.Customer:note = "call" + CR + "before" + TAB + "noon"
Trace(Position(XMLBuildString(xDoc), "Lilas&#13;") > 0) // expect: 1
Trace(XMLSave(xDoc, sFile)) // expect: 1
xBack is xmlDocument = XMLOpen(sFile)
Trace(xBack.Customers.Customer.Address = sAddress, Length(xBack.Customers.Customer.Address)) // expect: 1, 29
Trace(ExtractString(xBack.Customers.Customer.Address, 2, CR)) // expect: 75011 Paris
Trace(xBack.Customers.Customer:note = "call" + CR + "before" + TAB + "noon") // expect: 1
// a named document, and the text itself read again
XMLDocument("CUST", fLoadText(sFile))
Trace(XMLFind("CUST", "Address"), XMLData("CUST") = sAddress) // expect: 1, 1
XMLClose("CUST")
xAgain is xmlDocument = XMLOpen(XMLBuildString(xBack), fromString)
Trace(xAgain.Customers.Customer.Address = sAddress) // expect: 1
// Serialize in XML and back
STCustomer is Structure
	sName is string
	sAddress is string
END
stC is STCustomer
stC.sName = "Dupont SA"
stC.sAddress = sAddress
sXML is string
Serialize(stC, sXML, psdXML)
stRead is STCustomer
Deserialize(stRead, sXML, psdXML)
Trace(stRead.sAddress = sAddress, ExtractString(stRead.sAddress, 1, CR)) // expect: 1, 12 rue des Lilas
fDelete(sFile)
