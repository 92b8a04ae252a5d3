// HInfoFile: the size in bytes of a data file's parts (the C API header's modes)
FOR i = 1 TO 200
	HReset(Customer)
	Customer.Name = "Name " + i
	Customer.Email = "mail" + i + "@example.com"
	Customer.Notes = Repeat("memo ", 2000)
	HAdd(Customer)
END
nData is int = HInfoFile(Customer, 1)
nIndex is int = HInfoFile(Customer, 2)
nMemo is int = HInfoFile(Customer, 4)
Trace(nData > 0, nIndex > 0, nMemo >= 0)                     // expect: 1, 1, 1
Trace(HInfoFile(Customer, 8))                                 // expect: 0
Trace(HInfoFile(Customer, 65535) = nData + nIndex + nMemo)    // expect: 1
Trace(HInfoFile(Customer, 1 + 2) = nData + nIndex)            // expect: 1
// a file with more records is bigger
before is int = HInfoFile(Product, 65535)
FOR i = 1 TO 300
	HReset(Product)
	Product.Reference = "R" + i
	Product.Label = Repeat("x", 50)
	HAdd(Product)
END
Trace(HInfoFile(Product, 65535) > before)                     // expect: 1
// an unknown kind fails as H* functions do
Trace(HInfoFile(Customer, 0), HError() <> 0)                  // expect: -1, 1
