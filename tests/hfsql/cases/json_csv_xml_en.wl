// HExportCSV, HExportJSON, HImportJSON, HImportXML (formats decided: docs/hfsql.md)
AddProduct("A1", "Axe", 3.5, 10)
AddProduct("B;2", "Bolt ""big""", 1, 0)
sBase is string = fTempPath() + ["/"] + "wl_hfsql_" + GetUUID()
// CSV: a header line, ";" between values, quotes where needed; the buffer is left alone
HReadSeekFirst(Product, Reference, "A1")
Trace(HExportCSV(Product, sBase + ".csv", "Reference,Label,Price"), Product.Reference)   // expect: 1, A1
Trace(Replace(fLoadText(sBase + ".csv"), CR, "|"))
// expect: Reference;Label;Price|A1;Axe;3.5|"B;2";"Bolt ""big""";1|
// JSON: an array of objects, numbers as numbers
Trace(HExportJSON(Product, sBase + ".json"))            // expect: 1
v is JSON = fLoadText(sBase + ".json")
Trace(v[1].Reference, v[1].Price, v[2].Label, v[2].Stock)   // expect: A1, 3.5, Bolt "big", 0
// round trips: JSON and XML back into the emptied file
HDeleteAll(Product)
Trace(HImportJSON(Product, sBase + ".json"), HNbRec(Product))   // expect: 1, 2
HReadSeekFirst(Product, Reference, "B;2")
Trace(Product.Label, Product.Price)                     // expect: Bolt "big", 1
Trace(HExportXML(Product, sBase + ".xml"))              // expect: 1
HDeleteAll(Product)
Trace(HImportXML(Product, sBase + ".xml"), HNbRec(Product))   // expect: 1, 2
HReadSeekFirst(Product, Reference, "A1")
Trace(Product.Label, Product.Price, Product.Stock)      // expect: Axe, 3.5, 10
// all or nothing: a duplicate refuses the whole import
Trace(HImportJSON(Product, sBase + ".json"), HErrorInfo() <> "", HNbRec(Product))   // expect: 0, 1, 2
// not JSON, not an array of objects, not XML, no such file: False with HError
fSaveText(sBase + ".bad", "{nope")
Trace(HImportJSON(Product, sBase + ".bad"), ErrorOccurred, HError() <> 0)   // expect: 0, 1, 1
fSaveText(sBase + ".bad", "[1, 2]")
Trace(HImportJSON(Product, sBase + ".bad"), HNbRec(Product))   // expect: 0, 2
fSaveText(sBase + ".bad", Repeat("[", 100000))
Trace(HImportJSON(Product, sBase + ".bad"), Position(HErrorInfo(hErrMessage), "nested") > 0, HNbRec(Product))   // expect: 0, 1, 2
Trace(HImportXML(Product, sBase + ".bad"), HImportXML(Product, sBase + ".none"))   // expect: 0, 0
fDelete(sBase + ".csv")
fDelete(sBase + ".json")
fDelete(sBase + ".xml")
fDelete(sBase + ".bad")

PROCEDURE AddProduct(ref is string, label is string, price is real, stock is int)
HReset(Product)
Product.Reference = ref
Product.Label = label
Product.Price = price
Product.Stock = stock
HAdd(Product)
