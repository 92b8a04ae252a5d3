// HFilter / HDeactivateFilter / HActivateFilter, HChangeKey, HClose / HOpen, HListFile,
// own locks (HLockRecNum, HLockFile and their unlocks: a program's own locks never stop
// its own reads), HRecordToXML, HDescribeConnection: the English names
FOR i = 1 TO 4
	HReset(Product)
	Product.Reference = "F" + i
	Product.Label = "L" + (5 - i)
	Product.Stock = i * 10
	HAdd(Product)
END
Trace(HFilter(Product, "Reference >= 'F2' AND Stock < 40"))   // expect: Reference
HReadFirst(Product, Reference)
Trace(Product.Reference, HNbRec(Product))      // expect: F2, 4
HReadLast(Product, Reference)
Trace(Product.Reference)                       // expect: F3
Trace(HDeactivateFilter(Product))              // expect: 1
HReadFirst(Product, Reference)
Trace(Product.Reference)                       // expect: F1
Trace(HActivateFilter(Product))                // expect: 1
HReadFirst(Product, Reference)
Trace(Product.Reference)                       // expect: F2
HDeactivateFilter(Product)
// HChangeKey: browse on from the current record in another key's order (Label: F4 F3 F2 F1)
HReadSeekFirst(Product, Reference, "F2")
Trace(HChangeKey(Product, Label))              // expect: 1
HReadNext(Product)
Trace(Product.Reference)                       // expect: F1
// HClose forgets the position: the next HReadNext starts from the first record
Trace(HClose(Product))                         // expect: 1
HReadNext(Product, Reference)
Trace(Product.Reference)                       // expect: F1
Trace(HOpen(Product), HOpen("*"))              // expect: 1, 1
Trace(Replace(HListFile(), CR, ","))           // expect: Customer,Orders,Product
Trace(HLockRecNum(Product, 1), HRead(Product, 1), Product.Reference)   // expect: 1, 1, F1
Trace(HUnlockRecNum(Product, 1), HLockFile(Product), HUnlockFile(Product))   // expect: 1, 1, 1
Trace(HRead(Product, 1), HErrorLock())         // expect: 1, 0
// the current record (?3044152): hCurrentRecNum, hRecNumCurrent or no number
Trace(HLockRecNum(Product, hCurrentRecNum), HUnlockRecNum(Product, hRecNumCurrent), HLockRecNum(Product), HUnlockRecNum(Product))   // expect: 1, 1, 1, 1
Trace(HRecordToXML(Product, "Reference,Stock"))
// expect: <Product><Reference>F1</Reference><Stock>10</Stock></Product>
HDescribeConnection("Mem", "", "", "", ":memory:", hNativeAccessSQLite)
Trace(HOpenConnection("Mem"), HChangeConnection(Product, "Mem"), HNbRec(Product))   // expect: 1, 1, 0
