// (method b) The customer search screen, as a WINDEV developer writes it: the SQL query
// built as text from the criteria typed (name, city, minimum balance, optional
// parameters), their values passed as parameters {pName}: a name with an apostrophe
// (O'Brien) is found, a malicious entry finds nothing; the apostrophe doubled by hand
// works too, forgetting it is a non-fatal error (70800).
// French twin: ecran_recherche_criteres_sql_fr.wl.
AddCustomer("O'Brien", "Lyon", 120.5)
AddCustomer("Dupont", "Paris", 10)
AddCustomer("d'Artagnan", "Auch", 300)
AddCustomer("Dupond", "Lyon", 0)
Trace(Search("o'brien"))                         // expect: 1 : O'Brien
Trace(Search("dup", "lyon"))                     // expect: 1 : Dupond
Trace(Search("", "", 100))                       // expect: 2 : d'Artagnan;O'Brien
Trace(Search("x' OR '1'='1") = "0 : ")          // expect: 1
Trace(Search("D'"))                              // expect: 1 : d'Artagnan
Trace(Search(""))                                // expect: 4 : d'Artagnan;Dupond;Dupont;O'Brien
QRY is Data Source
sName is string = "O'Brien"
// the apostrophe doubled by hand
IF HExecuteSQLQuery(QRY, hQueryDefault, "SELECT Name FROM Customer WHERE Name = '" + Replace(sName, "'", "''") + "'") THEN
	HReadFirst(QRY)
	Trace(HNbRec(QRY), QRY.Name)                 // expect: 1, O'Brien
END
// forgotten: the query is refused, the program goes on
IF NOT HExecuteSQLQuery(QRY, hQueryDefault, "SELECT Name FROM Customer WHERE Name = '" + sName + "'") THEN
	Trace("refused", HError(), ErrorOccurred)    // expect: refused, 70800, 1
END
// the same parameter twice, and the :pName form
QRY.pN = "o'brien"
IF HExecuteSQLQuery(QRY, hQueryDefault, "SELECT Name FROM Customer WHERE UPPER(Name) = UPPER({pN}) OR Name = {pN}") THEN
	Trace(HNbRec(QRY))                           // expect: 1
END
QRY2 is Data Source
QRY2.pN = "O'Brien"
IF HExecuteSQLQuery(QRY2, hQueryDefault, "SELECT Name FROM Customer WHERE Name = :pN") THEN
	Trace(HNbRec(QRY2))                          // expect: 1
END

PROCEDURE Search(LOCAL sName is string, LOCAL sCity is string = "", LOCAL mMinBalance is currency = 0) : string
QRY_Customers is Data Source
sSQL is string = "SELECT CustomerID, Name, City FROM Customer WHERE 1 = 1"
IF sName <> "" THEN
	sSQL += " AND UPPER(Name) LIKE {pName}"
	QRY_Customers.pName = Upper(sName) + "%"
END
IF sCity <> "" THEN
	sSQL += " AND UPPER(City) = {pCity}"
	QRY_Customers.pCity = Upper(sCity)
END
IF mMinBalance > 0 THEN
	sSQL += " AND Balance >= {pBalance}"
	QRY_Customers.pBalance = mMinBalance
END
sSQL += " ORDER BY Name"
IF NOT HExecuteSQLQuery(QRY_Customers, hQueryDefault, sSQL) THEN
	RESULT "Error: " + HErrorInfo()
END
sRes is string
FOR EACH QRY_Customers
	sRes += [";"] + QRY_Customers.Name
END
RESULT HNbRec(QRY_Customers) + " : " + sRes

PROCEDURE AddCustomer(sName, sCity, mBalance is currency)
HReset(Customer)
Customer.Name = sName
Customer.City = sCity
Customer.Balance = mBalance
HAdd(Customer)
