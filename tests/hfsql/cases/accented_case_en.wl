// Accented letters change case in SQL's UPPER and LOWER (UCASE, LCASE) and in the
// case-blind contains searches (FOR EACH ... WHERE Item [=] text, HFilterContains) on
// both databases, as WLanguage's Upper and Lower: SQLite's own UPPER changed ASCII letters
// only ("éLISE" where PostgreSQL gave "ÉLISE"), and on PostgreSQL the contains searches
// lowered the text under the "C" collation, so "Émile" did not contain "émi" there.
// docs/hfsql.md "HFSQL's SQL translated".
FOR EACH ELEMENT s OF ["élise", "Émile", "adam"]
	HReset(Customer)
	Customer.Name = s
	HAdd(Customer)
END
ds is Data Source
HExecuteSQLQuery(ds, "SELECT UPPER(Name) AS u, LOWER(Name) AS l, UCASE(Name) AS u2 FROM Customer ORDER BY Name")
FOR EACH ds
	Trace(ds.u, ds.l, ds.u2)                          // expect: ADAM, adam, ADAM
	                                                  // expect: ÉLISE, élise, ÉLISE
	                                                  // expect: ÉMILE, émile, ÉMILE
END
Trace(HExecuteSQLQuery(ds, "SELECT Name FROM Customer WHERE UPPER(Name) = 'ÉLISE'"), HNbRec(ds))   // expect: 1, 1
FOR EACH Customer WHERE Name [=] "émi"
	Trace("contains", Customer.Name)                  // expect: contains, Émile
END
FOR EACH Customer WHERE Name [=] "LIS"
	Trace("contains", Customer.Name)                  // expect: contains, élise
END
HFilterContains(Customer, Name, "ÉMI")
FOR EACH Customer
	Trace("filter", Customer.Name)                    // expect: filter, Émile
END
