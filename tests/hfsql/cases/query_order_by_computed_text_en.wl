// An ORDER BY term that computes a text from a text key item (ORDER BY 1 on LEFT(Name, 2),
// an alias of UPPER(Name), LOWER(Name) itself) sorts without regard to case or accents
// on both databases, as the item does: PostgreSQL keeps the item's collation through a
// text function, SQLite gave the expression none and sorted "zo" before "Ém".
// docs/hfsql.md "Collation of text keys".
FOR EACH s OF ["Émile", "zoé", "Adam", "bob"]
	HReset(Customer)
	Customer.Name = s
	HAdd(Customer)
END
sOut is string
HExecuteSQLQuery(q1, "SELECT LEFT(Name, 2) AS ini, CustomerID FROM Customer ORDER BY 1")
FOR EACH q1
	sOut += [" "] + q1.ini
END
Trace(sOut) // expect: Ad bo Ém zo
sOut = ""
HExecuteSQLQuery(q2, "SELECT UPPER(Name) AS up FROM Customer ORDER BY up DESC")
FOR EACH q2
	sOut += [" "] + q2.up
END
Trace(sOut) // expect: ZOÉ ÉMILE BOB ADAM
sOut = ""
HExecuteSQLQuery(q3, "SELECT Name FROM Customer ORDER BY LOWER(Name) ASC LIMIT 3")
FOR EACH q3
	sOut += [" "] + q3.Name
END
Trace(sOut) // expect: Adam bob Émile
// a term that is the item itself, or a number, is sorted as before
sOut = ""
HExecuteSQLQuery(q4, "SELECT Name, LENGTH(Name) AS n FROM Customer ORDER BY n DESC, Name")
FOR EACH q4
	sOut += [" "] + q4.Name
END
Trace(sOut) // expect: Émile Adam bob zoé
// GROUP BY ends at a UNION, INTERSECT or EXCEPT: its terms group under the keys' collation
// (ÉMILE and EMILE one group); the collation was put after the next SELECT's column
HReset(Customer)
Customer.Name = "EMILE"
HAdd(Customer)
HExecuteSQLQuery(q5, "SELECT UPPER(Name) AS u, COUNT(*) AS n FROM Customer GROUP BY UPPER(Name) UNION ALL SELECT 'z', 0")
Trace("union", HNbRec(q5)) // expect: union, 5
HExecuteSQLQuery(q5, "SELECT UPPER(Name) AS u FROM Customer GROUP BY UPPER(Name) EXCEPT SELECT 'ADAM'")
Trace("except", HNbRec(q5)) // expect: except, 3
HExecuteSQLQuery(q5, "SELECT UPPER(Name) AS u FROM Customer GROUP BY UPPER(Name) INTERSECT SELECT 'ADAM'")
Trace("intersect", HNbRec(q5)) // expect: intersect, 1
