// HWrite (?3044092): the buffer written on the current record, or on record n (over it
// when it exists, as a new record when not: the page's HWrite(Customer, HNbRec() + 1));
// HLinkMemo, HAttachMemo's earlier name (decided, docs/hfsql.md "HWrite, HLinkMemo,
// HRecordDate")
AddCustomer("Alice")
AddCustomer("Bob")
HReset(Customer)
Customer.Name = "Carol"
Trace(HWrite(Customer, HNbRec(Customer) + 1), HRecNum(Customer), HNbRec(Customer))   // expect: 1, 3, 3
HReadFirst(Customer, Name)
Customer.Name = "Alicia"
Trace(HWrite(Customer))          // expect: 1
HRead(Customer, 2)
Customer.Name = "Bobby"
Trace(HWrite(Customer, hCurrentRecNum, hWriteDefault), HRecNum(Customer))   // expect: 1, 2
FOR EACH Customer ON Name
	Trace(Customer.Name)          // expect: Alicia
END                              // expect: Bobby
                                 // expect: Carol
HRead(Customer, 1)
Customer.Name = "Ann"
Trace(HWrite(Customer, 3), HNbRec(Customer))   // expect: 1, 3
HRead(Customer, 3)
Trace(Customer.Name)             // expect: Ann
// the record's automatic identifier is kept (hWriteDefault)
Trace(Customer.CustomerID)       // expect: 3
// a query run with hModifyFile: HWrite writes its data file too, as HModify does
HExecuteSQLQuery(QRY_All, hModifyFile, "SELECT * FROM customer ORDER BY Name")
HReadFirst(QRY_All)
QRY_All.Name = "Abel"
Trace(HWrite(QRY_All))           // expect: 1
HReadSeekFirst(Customer, Name, "Abel")
Trace(HFound(Customer))          // expect: 1
// HLinkMemo: a file into a memo item, then no file: the memo emptied
fd is File Description
id is Item Description
fd..Name = "Doc"
id..Name = "DocID"
id..Type = hItemAutoID
HDescribeItem(fd, id)
id..Name = "Picture"
id..Type = hItemBinaryMemo
HDescribeItem(fd, id)
HDescribeFile(fd)
HCreation(Doc)
sIn is string = fTempFile()
fSaveBuffer(sIn, "PNG" + Charact(0))
HReset(Doc)
Trace(HLinkMemo(Doc, Picture, sIn), Length(Doc.Picture))    // expect: 1, 4
HAdd(Doc)
Trace(HLinkMemo(Doc, Picture), Length(Doc.Picture))         // expect: 1, 0
fDelete(sIn)

PROCEDURE AddCustomer(sName)
HReset(Customer)
Customer.Name = sName
HAdd(Customer)
