// Customer.Name..Size is the item's size in the analysis (it was "A string has no
// property 'Size'"); a Connection's
// ..Encryption and ..Compression, which client/server code sets, are kept and read
// back, with no effect on SQLite or PostgreSQL (decided, INFERRED: docs/hfsql.md
// "Record buffer", "Connections"; they were "a Connection has no property").
HReset(Customer)
Customer.Name = "Dupont"
HAdd(Customer)
Trace(Customer.Name..Size, Customer.City..Size, Customer.Name..Type = hItemText)  // expect: 40, 30, 1
// the value's length is Length's, not the item's size
Trace(Length(Customer.Name))                                          // expect: 6
cnxShop is Connection
cnxShop..Provider = hAccessHFClientServer
cnxShop..Server = "srv-erp:4900"
Trace(cnxShop..Encryption = hEncryptionNone, cnxShop..Compression)   // expect: 1, 0
cnxShop..Encryption = hEncryptionRC5_16
cnxShop..Compression = True
Trace(cnxShop..Encryption = hEncryptionRC5_16, cnxShop..Compression)  // expect: 1, 1
// each level of encryption is its own value, kept as set
cnxShop..Encryption = hEncryptionRC5_24
Trace(cnxShop..Encryption = hEncryptionRC5_24, cnxShop..Encryption = hEncryptionRC5_12)  // expect: 1, 0
// a query's column named like an item has that item's size; a computed column 0
// (decided: docs/hfsql.md "Queries, data sources, aliases"; every column gave 0)
dsSize is Data Source
HExecuteSQLQuery(dsSize, "SELECT Name, City AS Town, Upper(Name) AS Big, CustomerID FROM Customer")
HReadFirst(dsSize)
Trace(dsSize.Name..Size, dsSize.Town..Size, dsSize.Big..Size, dsSize.CustomerID..Size)   // expect: 40, 0, 0, 8
FOR EACH dsSize
	Trace(dsSize.Name, dsSize.Name..Size)                            // expect: Dupont, 40
END
