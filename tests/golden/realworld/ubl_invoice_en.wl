// A (simplified) UBL invoice built with the named XML functions (XMLDocument, XMLAddChild
// with positioning, XMLAddAttribute, XMLParent, XMLBuildString), saved, read back by an
// xmlDocument (prefixed names in quotes, `..Attribute["..."]`, FOR EACH) and by XPath
// (French twin facture_ubl_fr.wl; passes, issue 8 FS 5 Dec late night).
STLine is Structure
	sRef is string
	sLabel is string
	rQty is real
	mUnitPrice is currency
END
arrLines is array of STLine = [["A-001", "Network cable 5 m", 3, 4.90], ["B-120", "8-port switch", 1, 39.00]]
sDir is string = fTempPath() + "\wl_ubl_en_" + Random(1, 999999999)
fMakeDir(sDir)
sFile is string = sDir + "\INV-2024-0042.xml"

XMLDocument("INV", "")
XMLAddChild("INV", "Invoice", "", True)
XMLAddAttribute("INV", "xmlns", "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2")
XMLAddChild("INV", "cbc:ID", "INV-2024-0042")
XMLAddChild("INV", "cbc:IssueDate", DateToString("20240315", "YYYY-MM-DD"))
XMLAddChild("INV", "cbc:DocumentCurrencyCode", "EUR")
XMLAddChild("INV", "cac:AccountingCustomerParty", "", True)
XMLAddChild("INV", "cbc:Name", "Hôtel des Écrins & Co")
XMLParent("INV")
mTotalExclTax is currency
nNum is int
FOR EACH stL OF arrLines
	nNum++
	XMLAddChild("INV", "cac:InvoiceLine", "", True)
	XMLAddChild("INV", "cbc:ID", nNum)
	XMLAddChild("INV", "cbc:InvoicedQuantity", stL.rQty, True)
	XMLAddAttribute("INV", "unitCode", "C62")
	XMLParent("INV")
	XMLAddChild("INV", "cbc:LineExtensionAmount", NumToString(stL.rQty * stL.mUnitPrice, ".2f"))
	XMLAddChild("INV", "cac:Item", "", True)
	XMLAddChild("INV", "cbc:Name", stL.sLabel)
	XMLParent("INV")
	XMLParent("INV")
	mTotalExclTax += stL.rQty * stL.mUnitPrice
END
XMLAddChild("INV", "cac:LegalMonetaryTotal", "", True)
XMLAddChild("INV", "cbc:PayableAmount", NumToString(mTotalExclTax * 1.2, ".2f"), True)
XMLAddAttribute("INV", "currencyID", "EUR")
XMLParent("INV")
XMLParent("INV")
sXML is string = XMLBuildString("INV")
XMLClose("INV")
fSaveText(sFile, sXML)
Trace(Left(sXML, 38)) // expect: <?xml version="1.0" encoding="UTF-8"?>

// reading it back
xDoc is xmlDocument = XMLOpen(sFile)
IF ErrorOccurred THEN
	Trace(ErrorInfo())
	RETURN
END
Trace(xDoc.Invoice."cbc:ID") // expect: INV-2024-0042
Trace(xDoc.Invoice."cac:AccountingCustomerParty"."cbc:Name") // expect: Hôtel des Écrins & Co
FOR EACH xLine OF xDoc.Invoice."cac:InvoiceLine"
	Trace(xLine."cbc:ID", xLine."cac:Item"."cbc:Name", xLine."cbc:InvoicedQuantity"..Attribute["unitCode"], xLine."cbc:LineExtensionAmount") // expect: 1, Network cable 5 m, C62, 14.70
	// expect: 2, 8-port switch, C62, 39.00
END
Trace(xDoc.Invoice."cac:LegalMonetaryTotal"."cbc:PayableAmount", xDoc.Invoice."cac:LegalMonetaryTotal"."cbc:PayableAmount"..Attribute["currencyID"]) // expect: 64.44, EUR
// with XPath
XMLDocument("READ", fLoadText(sFile))
Trace(XMLRead("READ", "/Invoice/cbc:ID")) // expect: INV-2024-0042
Trace(XMLExecuteXPath("READ", "count(/Invoice/cac:InvoiceLine)"), XMLResult("READ")) // expect: 1, 2
XMLClose("READ")
fRemoveDir(sDir, frRecursive)
