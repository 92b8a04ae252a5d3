// A supplier's purchase order built as XML then read back, as a WINDEV developer writes
// it: an empty xmlDocument filled member by member (attributes with `:`, lines by
// `doc.Order.Line[i].Reference =` in a FOR EACH, a & in a text), XMLBuildString, read
// back by XMLOpen fromString (..Occurrence, FOR EACH over the lines, Val of the
// attributes). The loop stopped at its first line: "there is no occurrence 1 (0 in the
// document)". French twin: bon_commande_xml_fr.wl.
STLine is Structure
	sRef is string
	nQty is int
	mUnitPrice is currency
END
arrLines is array of STLine = [["BOLT-M6", 500, 0.02], ["NUT-M6", 500, 0.015], ["WASHER-6", 1000, 0.01]]
docPO is xmlDocument
docPO.Order..Value = ""
docPO.Order:number = "PO-2026-0042"
docPO.Order:date = "2026-12-06"
docPO.Order.Supplier = "Smith & Sons Hardware"
FOR EACH l, i OF arrLines
	docPO.Order.Line[i].Reference = l.sRef
	docPO.Order.Line[i].Quantity = l.nQty
	docPO.Order.Line[i]:price = l.mUnitPrice
END
docPO.Order.Total = 10 + 7.5 + 10
sXML is string = XMLBuildString(docPO)
Trace(sXML)
// read back
doc2 is xmlDocument = XMLOpen(sXML, fromString)
Trace(doc2.Order:number, doc2.Order.Line..Occurrence, doc2.Order.Line[2].Reference)
mTotal is currency
FOR EACH nodLine OF doc2.Order.Line
	mTotal += Val(nodLine:price) * Val(nodLine.Quantity)
END
Trace(mTotal)


// what it prints
// expect: <?xml version="1.0" encoding="UTF-8"?>
// expect: <Order number="PO-2026-0042" date="2026-12-06"><Supplier>Smith &amp; Sons Hardware</Supplier><Line price="0.02"><Reference>BOLT-M6</Reference><Quantity>500</Quantity></Line><Line price="0.015"><Reference>NUT-M6</Reference><Quantity>500</Quantity></Line><Line price="0.01"><Reference>WASHER-6</Reference><Quantity>1000</Quantity></Line><Total>27.5</Total></Order>
// expect: 
// expect: PO-2026-0042, 3, NUT-M6
// expect: 27.5
