// Writing the occurrence after the last of a repeated element adds it, after its
// siblings (`doc.Order.Line[n + 1].Ref = x`, the loop a WINDEV developer writes to
// build an order); it stopped with "there is no occurrence 1 (0 in the document)".
// Reading it still fails, and so does writing one further (INFERRED: the xmlDocument
// pages are not stored; as a JSON array grows by one written past its end, docs/builtins.md
// "xmlDocument"). French twin: xml_occurrence_suivante_ecrite_fr.wl.
doc is xmlDocument
doc.Order:number = "PO-42"
arrRefs is array of strings = ["BOLT-M6", "NUT-M6"]
FOR EACH sRef, i OF arrRefs
	doc.Order.Line[i].Ref = sRef
	doc.Order.Line[i]:qty = 10 * i
END
doc.Order.Total = 30
doc.Order.Line[3] = "third, before Total"
Trace(doc.Order.Line..Occurrence, doc.Order.Line[2].Ref, doc.Order.Line[2]:qty) // expect: 3, NUT-M6, 20
Trace(doc.Order.Line[4]..Exist) // expect: 0
sXML is string = XMLBuildString(doc)
Trace(Position(sXML, "<Line>third, before Total</Line><Total>") > 0) // expect: 1
Trace(doc.Order.Line[4].Ref) // expect error: <Line>: there is no occurrence 4 (3 in the document)
