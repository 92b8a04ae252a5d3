// HDescribeFile reinitializes the File Description variable (?1514065: "The File
// Description variable is reinitialized and can be used to describe another data
// file"): a second file described with the same variable has only its own items. It
// had the first file's items too (Supplier listed ContactID and Label before its own).
fd is File Description
it is Item Description
fd..Name = "Contact"
it..Name = "ContactID" ; it..Type = hItemAutoID ; it..KeyType = hUniqueKey
HDescribeItem(fd, it)
it..Name = "Label" ; it..Size = 40
HDescribeItem(fd, it)
HDescribeFile(fd)
Trace(fd..Name = "")                                                    // expect: 1
fd..Name = "Supplier"
it..Name = "SupplierID" ; it..Type = hItemAutoID ; it..KeyType = hUniqueKey
HDescribeItem(fd, it)
it..Name = "Country" ; it..Size = 2
HDescribeItem(fd, it)
HDescribeFile(fd)
Trace(Replace(HListItem(Contact), CR, ","))                            // expect: ContactID,Label
Trace(Replace(HListItem(Supplier), CR, ","))                           // expect: SupplierID,Country
HCreation(Contact)
HCreation(Supplier)
Contact.Label = "Ana" ; HAdd(Contact)
Supplier.Country = "FR" ; HAdd(Supplier)
Trace(HNbRec(Contact), HNbRec(Supplier), Supplier.SupplierID)          // expect: 1, 1, 1
