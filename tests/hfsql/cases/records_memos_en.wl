// Memos from and to files, record copies and exports, item and key lists, HCancelSeek,
// HStatus, HIndex/HOptimize
fd is File Description
id is Item Description
fd..Name = "Doc"
id..Name = "DocID"
id..Type = hItemAutoID
HDescribeItem(fd, id)
id..Name = "Title"
id..Type = hItemText
id..Size = 20
id..KeyType = hDuplicatesKey
HDescribeItem(fd, id)
id..Name = "Body"
id..Type = hItemMemoText
id..KeyType = hNotAKey
HDescribeItem(fd, id)
id..Name = "Picture"
id..Type = hItemBinaryMemo
HDescribeItem(fd, id)
HDescribeFile(fd)
HCreation(Doc)
sIn is string = fTempFile()
sOut is string = fTempFile()
bData is Buffer = Charact(0) + Charact(255) + "PNG" + Charact(10)
fSaveBuffer(sIn, bData)
HReset(Doc)
Doc.Title = "first"
Trace(HAttachMemo(Doc, Picture, sIn), Length(Doc.Picture))    // expect: 1, 6
fSaveText(sIn, "Grüße" + CR + "line 2")
Trace(HAttachMemo(Doc, Body, sIn))                             // expect: 1
HAdd(Doc)
HReset(Doc)
HReadFirst(Doc, Title)
Trace(Length(Doc.Body), Doc.Body [= "Grüße")                    // expect: 13, 1
Trace(HExtractMemo(Doc, Picture, sOut), fSize(sOut))           // expect: 1, 6
Trace(fLoadBuffer(sOut) = bData)                               // expect: 1
// an empty memo: nothing to extract; "" empties a memo
Trace(HAttachMemo(Doc, Picture, ""), HExtractMemo(Doc, Picture, sOut), HError() <> 0)
// expect: 1, 0, 1
Trace(HAttachMemo(Doc, Body, "/no/such/file.txt"), ErrorOccurred)   // expect: 0, 1
Trace(HAttachMemo(Doc, Title, sIn), HErrorInfo())
// expect: 0, HAttachMemo: Doc.Title is not a memo item.
fDelete(sIn)
fDelete(sOut)
// items, keys, JSON and XML of the buffer
Trace(Replace(HListItem(Doc), CR, ","))              // expect: DocID,Title,Body,Picture
Trace(Replace(HListeClé(Customer), CR, ","))         // expect: CustomerID,Name,Email,City,CityName
HReset(Customer)
Customer.Name = "O'Brien & Co"
Customer.City = "Cork"
Customer.Balance = 12.5
HAdd(Customer)
Trace(HRecordToJSON(Customer, "Name,City,Balance,Email"))
// expect: {"Name": "O'Brien & Co", "City": "Cork", "Balance": 12.5, "Email": null}
Trace(HEnregistrementVersXML(Customer, "Name,VIP"))
// expect: <Customer><Name>O'Brien &amp; Co</Name><VIP>0</VIP></Customer>
// HCopyRecord: items of the same name
HReset(Orders)
HAlias(Customer, "Cust2")
HCopyRecord(Cust2, Customer)
Trace(Cust2.Name, Cust2.City)                        // expect: O'Brien & Co, Cork
HCopieEnreg(Orders, Customer)
Trace(Orders.CustomerID)                             // expect: 1
// HCancelSeek: the browse goes on past the sought value
HReset(Customer)
Customer.Name = "Paul"
HAdd(Customer)
HReadSeekFirst(Customer, Name, "O'Brien & Co")
HReadNext(Customer)
Trace(HFound(Customer))                              // expect: 0
HReadSeekFirst(Customer, Name, "O'Brien & Co")
HCancelSeek(Customer)
HReadNext(Customer)
Trace(HFound(Customer), Customer.Name)               // expect: 1, Paul
Trace(HStatus(Customer) = hStateActive, HEtat(Customer, 99) = hStateInvalid)   // expect: 1, 1
Trace(HIndex(Customer), HOptimize("*"))              // expect: 1, 1
Trace(HNbRec(Customer), HListKey(Customer) <> "")  // expect: 2, 1
