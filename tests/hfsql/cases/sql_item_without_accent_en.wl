// An accented item named in hand-written SQL without its accents or in capitals, as code
// typed on a keyboard without accents writes it: the item the analysis spells Société,
// on both databases, as Customer.Societe reads it in code (decided, INFERRED:
// docs/hfsql.md "Queries, data sources, aliases"). It was "no such column: Societe" on
// SQLite, 'column "societe" does not exist' on PostgreSQL.
arrCompanies is array of strings = ["ACME", "Bâtiments Réunis"]
FOR i = 1 TO 2
	HReset(Customer)
	Customer.Name = ["Dupont", "Martin"][i]
	Customer.Societe = arrCompanies[i]
	HAdd(Customer)
END
QRY is Data Source
Trace(HExecuteSQLQuery(QRY, "SELECT Name, Societe FROM Customer WHERE SOCIETE = 'ACME'"))  // expect: 1
FOR EACH QRY
	Trace(QRY.Name, QRY.Societe, QRY.Société)                        // expect: Dupont, ACME, ACME
END
Trace(HExecuteSQLQuery(QRY, "SELECT c.Name FROM Customer c WHERE c.société LIKE 'b%' ORDER BY SOCIÉTÉ"))  // expect: 1
FOR EACH QRY
	Trace(QRY.Name)                                                  // expect: Martin
END
// quoted text is text; an alias keeps its name
Trace(HExecuteSQLQuery(QRY, "SELECT 'Societe' AS sLabel, Société AS Societe FROM Customer ORDER BY Name"))  // expect: 1
HReadFirst(QRY)
Trace(QRY.sLabel, QRY.Societe)                                       // expect: Societe, ACME
