// LIKE in SQL written by hand (HExecuteSQLQuery) on a text key: PostgreSQL refused it
// ("nondeterministic collations are not supported for LIKE"); now on both databases
// it ignores case (SQLite's LIKE does; on PostgreSQL the key is compared under "C" with
// ILIKE: accents count, as for HFilter's LIKE)
FOR EACH sName OF ["Dupont", "DUPOND", "Émile", "Martin"]
	HReset(Customer)
	Customer.Name = sName
	HAdd(Customer)
END
sTyped is string = "du"
QRY is Data Source
IF NOT HExecuteSQLQuery(QRY, "SELECT Name FROM Customer WHERE Name LIKE '" + sTyped + "%' ORDER BY CustomerID") THEN
	Trace(HErrorInfo())
END
FOR EACH QRY
	Trace(QRY.Name)
END
// expect: Dupont
// expect: DUPOND
QRY2 is Data Source
HExecuteSQLQuery(QRY2, "SELECT Name FROM Customer WHERE Name NOT LIKE '%u%' AND Name LIKE '%i%' ORDER BY CustomerID")
FOR EACH QRY2
	Trace(QRY2.Name)
END
// expect: Émile
// expect: Martin
QRY3 is Data Source
HExecuteSQLQuery(QRY3, "SELECT COUNT(*) AS n FROM Customer WHERE UPPER(Name) LIKE '%MIL%'")
HReadFirst(QRY3)
Trace(QRY3.n)                 // expect: 1
