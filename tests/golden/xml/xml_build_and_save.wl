// building a document by assignment, XMLBuildString, XMLSave then XMLOpen from the file
order is xmlDocument
order.Order.Customer = "Ann"
order.Order.Total = 12
order.Order.Total..Text = 15
Trace(XMLBuildString(order)) // expect: <?xml version="1.0" encoding="UTF-8"?>
// expect: <Order><Customer>Ann</Customer><Total>15</Total></Order>
// expect:
sFile is string = fTempPath() + "/wl_xml_build_and_save.xml"
Trace(XMLSave(order, sFile)) // expect: 1
again is xmlDocument = XMLOpen(sFile)
Trace(again.Order.Customer, again.Order.Total) // expect: Ann, 15
fDelete(sFile)
missing is xmlDocument = XMLOpen(sFile, fromFile)
Trace(ErrorOccurred) // expect: 1
