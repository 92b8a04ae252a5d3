// A supplier's price list exchanged as XML: read with the xmlDocument type and FOR EACH
// over its nodes, prices converted and validated, a reply document built node by node
// and saved, then read back with XMLOpen.
sXML is string = [
	<?xml version="1.0" encoding="UTF-8"?>
	<pricelist supplier="ACME" currency="EUR" valid="2026-01-01">
		<item sku="BOLT-M6" unit="box"><label>Hex bolt M6</label><price>12.40</price></item>
		<item sku="NUT-M6" unit="box"><label>Nut M6</label><price>4.10</price></item>
		<item sku="WASH-M6" unit="bag"><label>Washer &amp; seal</label><price>-1</price></item>
	</pricelist>
]
doc is xmlDocument = XMLOpen(sXML, fromString)
Trace(doc.pricelist..Name + " from " + doc.pricelist:supplier + " in " + doc.pricelist:currency)
// expect: pricelist from ACME in EUR

aaPrice is associative array of currency
arrRejected is array of strings
FOR EACH nItem OF doc.pricelist.item
	moPrice is currency = Val(nItem.price)
	IF moPrice <= 0 THEN
		ArrayAdd(arrRejected, nItem:sku + " (" + nItem.label + ")")
		CONTINUE
	END
	aaPrice[nItem:sku] = moPrice
END
Trace(aaPrice..Count + " prices, rejected: " + ArrayToString(arrRejected, ", "))
// expect: 2 prices, rejected: WASH-M6 (Washer & seal)

// the reply: one <ack> per item, built with the document's nodes
reply is xmlDocument
reply.ack:supplier = "ACME"
FOR EACH moP, sSku OF aaPrice
	n is xmlNode = XMLAddChild(reply.ack, "accepted", NumToString(moP * 1.2, ".2f"))
	n:sku = sSku
END
sFile is string = fTempPath() + fSep() + "ack_acme.xml"
XMLSave(reply, sFile)
sBack is string = fLoadText(sFile)
Trace(Position(sBack, "<accepted sku=""BOLT-M6"">14.88</accepted>") > 0)
// expect: 1

back is xmlDocument = XMLOpen(sFile)
FOR EACH nAck OF back.ack.accepted
	IF nAck:sku = "NUT-M6" THEN Trace(back.ack:supplier + " " + nAck:sku + ": " + nAck)
END
// expect: ACME NUT-M6: 4.92
fDelete(sFile)
