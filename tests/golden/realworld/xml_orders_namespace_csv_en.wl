// (method b) Orders received as XML (a cmd: prefix and a default namespace) exported as a
// CSV for accounting: FOR EACH over doc.cmd:Orders.cmd:Order, attributes by ":", an
// element of the default namespace (Customer) without a prefix, an &amp; entity, a CSV
// field quoted when it holds the separator, fSaveText in ANSI read back.
// French twin commandes_xml_espace_noms_csv_fr.wl.
sXML is string = [
<?xml version="1.0" encoding="UTF-8"?>
<cmd:Orders xmlns:cmd="urn:example:orders" xmlns="urn:example:common" date="2025-12-05">
  <cmd:Order number="C-1001">
    <Customer code="DUP01">Dupont; Sons &amp; Co</Customer>
    <cmd:Line ref="A12" qty="3" price="10.50"/>
    <cmd:Line ref="B07" qty="1" price="149.90"/>
  </cmd:Order>
  <cmd:Order number="C-1002">
    <Customer code="LEF02">Société Lefèvre</Customer>
    <cmd:Line ref="A12" qty="10" price="9.80"/>
  </cmd:Order>
</cmd:Orders>
]
xDoc is xmlDocument = XMLOpen(sXML, fromString)
IF ErrorOccurred THEN
	Trace("Invalid XML: " + ErrorInfo())
	RETURN
END
sCSV is string = "Number;Customer;Name;Ref;Qty;Price;Total" + CR
mGrandTotal is currency
FOR EACH xOrder OF xDoc.cmd:Orders.cmd:Order
	FOR EACH xLine OF xOrder.cmd:Line
		mLine is currency = Val(xLine:qty) * Val(xLine:price)
		mGrandTotal += mLine
		sCSV += xOrder:number + ";" + xOrder.Customer:code + ";" + CSVField(xOrder.Customer) + ";" + ...
			xLine:ref + ";" + xLine:qty + ";" + xLine:price + ";" + NumToString(mLine, ".2f") + CR
	END
END
Trace(sCSV)
// expect: Number;Customer;Name;Ref;Qty;Price;Total
// expect: C-1001;DUP01;"Dupont; Sons & Co";A12;3;10.50;31.50
// expect: C-1001;DUP01;"Dupont; Sons & Co";B07;1;149.90;149.90
// expect: C-1002;LEF02;Société Lefèvre;A12;10;9.80;98.00
// expect:
Trace("Total: " + mGrandTotal) // expect: Total: 279.4
fSaveText(fTempPath() + "\order_export.csv", sCSV, foAnsi)
Trace(Length(fLoadBuffer(fTempPath() + "\order_export.csv")), fLoadText(fTempPath() + "\order_export.csv") = sCSV) // expect: 196, 1
fDelete(fTempPath() + "\order_export.csv")

PROCEDURE CSVField(LOCAL sValue is string)
IF Contains(sValue, ";") OR Contains(sValue, """") THEN RESULT """" + Replace(sValue, """", """""") + """"
RESULT sValue
