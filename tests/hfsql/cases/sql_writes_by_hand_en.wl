// Bulk changes by SQL written by hand (UPDATE, INSERT, DELETE), read back by the H*
// functions: a currency the SQL computes (Balance * 1.1) reads with its 6 decimals
// (SQLite kept it as a real: 110.00000000000001)
FOR EACH sName OF ["Dupont", "Martin", "Durand"]
	HReset(Customer)
	Customer.Name = sName
	Customer.Balance = 100
	HAdd(Customer)
END
QRY is Data Source
IF NOT HExecuteSQLQuery(QRY, "UPDATE Customer SET Balance = Balance * 1.1 WHERE Name LIKE 'D%'") THEN Trace(HErrorInfo())
IF NOT HExecuteSQLQuery(QRY, "INSERT INTO Customer (Name, City, Balance) VALUES ('Zoé', 'Nice', 5.5)") THEN Trace(HErrorInfo())
IF NOT HExecuteSQLQuery(QRY, "DELETE FROM Customer WHERE Name = 'martin'") THEN Trace(HErrorInfo())
FOR EACH Customer ON Name
	Trace(Customer.Name, Customer.Balance, Customer.CustomerID)
END
// expect: Dupont, 110, 1
// expect: Durand, 110, 3
// expect: Zoé, 5.5, 4
mTotal is currency
FOR EACH Customer
	mTotal += Customer.Balance
END
Trace(mTotal)                     // expect: 225.5
QRY2 is Data Source
QRY2.pMin = 50
QRY2.pNom = "Z%"
HExecuteSQLQuery(QRY2, "SELECT TOP 1 Name FROM Customer WHERE Balance > {pMin} OR Name LIKE {pNom} ORDER BY Name DESC")
HReadFirst(QRY2)
Trace(HNbRec(QRY2), QRY2.Name)    // expect: 1, Zoé
