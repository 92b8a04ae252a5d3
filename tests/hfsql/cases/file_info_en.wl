// HInfoItem, HListLink, HVersion, HRetrieveRecord, key statistics, HImportText, HExportXML
FOR EACH sName, nI OF ["Ann", "ann", "Bob"]
	HReset(Customer)
	Customer.Name = sName
	Customer.City = (nI = 1 ? "Paris" ELSE "Lyon")
	HAdd(Customer)
END
Trace(Replace(HInfoItem(Customer, Email), TAB, "|"), Replace(HInfoItem(Customer, 1), TAB, "|"))
// expect: Email|2|80|2061|1, CustomerID|1|8|2061|0
Trace(Replace(HInfoItem(Customer, "City"), TAB, "|"), HInfoItem(Customer, 99), HError() <> 0)
// expect: City|2|30|2062|0, , 1
Trace(Replace(HListLink(), TAB, "|"), HListLink(Product) = "")
// expect: CustomerOrders|Customer|CustomerID|Orders|CustomerID, 1
// HVersion: one more for each record added, modified, deleted or crossed since
nV is int = HVersion(Customer)
Trace(nV)                                       // expect: 1
HReset(Customer)
Customer.Name = "Cid"
HAdd(Customer)
HReadSeekFirst(Customer, Name, "Bob")
Customer.City = "Nice"
HModify(Customer)
Trace(HVersion(Customer) - nV)                  // expect: 2
HCross(Customer, 4)
Trace(HVersion(Customer) - nV)                  // expect: 3
Trace(Replace(HRetrieveRecord(Customer), TAB, "|"), HRetrieveRecord(Customer, ";"))
// expect: 3|Bob||Nice|||0|0|, 3;Bob;;Nice;;;0;0;
// statistics of the keys (text keys compare without case: Ann = ann)
Trace(HStatNbRec(Customer), HStatNbRec(Customer, Email), HStatNbDuplicates(Customer, Name), HStatNbDuplicates(Customer, City))
// expect: 3, 0, 1, 0
Trace(HStatNbRecRange(Customer, Name, "a", "b"), HStatNbRecRange(Customer, CustomerID, 2, 3))
// expect: 2, 2
Trace(HStatDate(Customer), HStatCalculate(Customer), HStatDate(Customer) = DateSys(), Length(HStatTime(Customer)))
// expect: , 1, 1, 8
// HImportText: a delimited text file into the data file (all or nothing)
sF is string = fTempPath() + ["/"] + "wl_hfsql_" + GetUUID() + ".txt"
fSaveText(sF, "Reference;Label;Price" + CR + "A1;Axe;3.5" + CR + """B;2"";""Bolt; big"";1" + CR)
Trace(HImportText(Product, sF, "Reference,Label,Price", ";", hImpIgnoreFirstLine), HNbRec(Product))
// expect: 1, 2
HReadSeekFirst(Product, Reference, "B;2")
Trace(Product.Label, Product.Price)             // expect: Bolt; big, 1
fSaveText(sF, "C1;x" + CR + "a1;dup" + CR)
Trace(HImportText(Product, sF, "Reference,Label"), HErrorInfo() <> "", HNbRec(Product))   // expect: 0, 1, 2
// HExportXML: the records as an XML file; the buffer is left as it was
HReadSeekFirst(Product, Reference, "B;2")
sX is string = fTempPath() + ["/"] + "wl_hfsql_" + GetUUID() + ".xml"
Trace(HExportXML(Product, sX, "Reference,Price"), Product.Reference)   // expect: 1, B;2
Trace(fLoadText(sX))
// expect: <?xml version="1.0" encoding="UTF-8"?>
// expect: <Product>
// expect:   <Record><Reference>A1</Reference><Price>3.5</Price></Record>
// expect:   <Record><Reference>B;2</Reference><Price>1</Price></Record>
// expect: </Product>
// expect:
fDelete(sF)
fDelete(sX)
