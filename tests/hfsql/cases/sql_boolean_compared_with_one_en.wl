// A boolean item compared with 1 or 0 in SQL written by hand (`WHERE VIP = 1`, `SET VIP =
// 0`): PostgreSQL refused it ("operator does not exist: boolean = integer"); boolean and
// date parameters, and IS NULL
HReset(Customer)
Customer.Name = "Dupont"
Customer.VIP = True
Customer.BirthDate = "19800512"
HAdd(Customer)
HReset(Customer)
Customer.Name = "Martin"
Customer.VIP = False
HAdd(Customer)
QRY is Data Source
QRY.pVIP = True
IF NOT HExecuteSQLQuery(QRY, "SELECT Name FROM Customer WHERE VIP = {pVIP}") THEN Trace(HErrorInfo())
FOR EACH QRY
	Trace(QRY.Name)
END
// expect: Dupont
QRY2 is Data Source
dMin is Date = "19700101"
QRY2.pDate = dMin
IF NOT HExecuteSQLQuery(QRY2, "SELECT Name, BirthDate FROM Customer WHERE BirthDate >= {pDate}") THEN Trace(HErrorInfo())
FOR EACH QRY2
	Trace(QRY2.Name, QRY2.BirthDate)
END
// expect: Dupont, 19800512
QRY3 is Data Source
IF NOT HExecuteSQLQuery(QRY3, "SELECT Name FROM Customer WHERE VIP = 1") THEN Trace(HErrorInfo())
HReadFirst(QRY3)
Trace(QRY3.Name)
// expect: Dupont
QRY4 is Data Source
IF NOT HExecuteSQLQuery(QRY4, "SELECT Name FROM Customer WHERE VIP = 0 OR VIP IS NULL") THEN Trace(HErrorInfo())
HReadFirst(QRY4)
Trace(QRY4.Name)
// expect: Martin
IF NOT HExecuteSQLQuery(QRY4, "UPDATE Customer SET VIP = 1 WHERE VIP = 0") THEN Trace(HErrorInfo())
Trace(HNbRec(Customer, hStateActive))
// expect: 2
FOR EACH Customer WITH VIP = True
	Trace(Customer.Name)
END
// expect: Dupont
// expect: Martin
// an INSERT giving the boolean item 0
IF NOT HExecuteSQLQuery(QRY4, "INSERT INTO Customer (Name, VIP) VALUES ('Zoé', 0)") THEN Trace(HErrorInfo())
FOR EACH Customer WITH VIP = False
	Trace(Customer.Name)
END
// expect: Zoé
// an INSERT without a column list: the items in the analysis's order, VIP given 1
IF NOT HExecuteSQLQuery(QRY4, "INSERT INTO Customer VALUES (70, 'Yann', 'y@x.fr', 'Lyon', 'ACME', '19800101', 0, 1, '')") THEN Trace(HErrorInfo())
HReadSeekFirst(Customer, CustomerID, 70)
Trace(Customer.Name, Customer.VIP, Customer.City)
// expect: Yann, 1, Lyon
