// HCross / HFree (crossed records), HDeleteFile, HToFile, HDeleteDirectory
FOR i = 1 TO 4
	HReset(Product)
	Product.Reference = "C" + i
	Product.Stock = i
	HAdd(Product)
END
HReadSeekFirst(Product, Reference, "C2")
// a crossed record leaves reads, browses and HNbRec; hStateCrossed counts it
Trace(HCross(Product), HNbRec(Product), HNbRec(Product, hStateCrossed), HNbRec(Product, hStateAll))
// expect: 1, 3, 1, 4
Trace(HState(Product, 2) = hStateCrossed, HState(Product, 1) = hStateActive, HState(Product, 9) = hStateInvalid)
// expect: 1, 1, 1
HReadNext(Product, Reference)
Trace(Product.Reference)                       // expect: C3
Trace(HRead(Product, 2), HOut(Product))        // expect: 0, 0
FOR EACH Product
	Trace(Product.Reference)
END
// expect: C1
// expect: C3
// expect: C4
Trace(HCross(Product, 3), HNbRec(Product, hStateCrossed))   // expect: 1, 2
// HFree: crossed records become deleted ones
Trace(HFree(Product), HNbRec(Product, hStateCrossed), HState(Product, 2) = hStateDel, HNbRec(Product, hStateAll), HNbRec(Product, hStateDel))   // expect: 1, 0, 1, 4, 2
Trace(HCross(Product, 77), HError() <> 0)      // expect: 0, 1
// a customer still referenced by an order cannot be crossed (integrity)
HReset(Customer)
Customer.Name = "Ann"
HAdd(Customer)
HReset(Orders)
Orders.CustomerID = Customer.CustomerID
HAdd(Orders)
Trace(HCross(Customer), HErrorIntegrity(), HNbRec(Customer))   // expect: 0, 1, 1
// HToFile: the records copied into the file of another folder, under their numbers
Trace(HToFile(Product, "C:\Backup\Product.fic"), HNbRec(Product))   // expect: 1, 2
Trace(HChangeDir(Product, "c:/backup/"), HNbRec(Product))   // expect: 1, 2
HReadLast(Product, Reference)
Trace(Product.Reference, HRecNum(Product))     // expect: C4, 4
HReset(Product)
Product.Reference = "C9"
Trace(HAdd(Product), HNbRec(Product))          // expect: 1, 3
Trace(HDeleteDirectory("C:\Backup"), HError() <> 0)   // expect: 0, 1
// HDeleteFile: the table goes; the next use creates it again, empty
Trace(HDeleteFile(Product), HFileExist(Product))   // expect: 1, 0
HChangeDir(Product, "")
Trace(HNbRec(Product), HDeleteDirectory("C:\Backup"))   // expect: 2, 1
Trace(HDeleteFile(Customer), HErrorInfo() <> "", HNbRec(Customer))   // expect: 0, 1, 1
Trace(HDeleteFile(Orders), HDeleteFile(Customer), HNbRec(Orders), HNbRec(Customer))   // expect: 1, 1, 0, 0
HReset(Customer)
Customer.Name = "Bob"
HAdd(Customer)
Trace(Customer.CustomerID)                     // expect: 1
Trace(HToFile(Customer, "customer.fic"), HError() <> 0)   // expect: 0, 1
// HCreation: a new, empty file, without crossed records either
HReset(Product)
Product.Reference = "Z1"
HAdd(Product)
HCross(Product)
Trace(HNbRec(Product, hStateCrossed), HCreation(Product), HNbRec(Product, hStateAll))   // expect: 1, 1, 0
