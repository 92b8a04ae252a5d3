// A parameter holding a text compared by LIKE in hand-written SQL is compared as that text
// on both databases: PostgreSQL refused `{p} LIKE 'ab%'` with p = "abc" ("invalid input
// syntax for type double precision", the cast meant for a real folded on the text).
// A parameter holding a number is still compared by its text. docs/hfsql.md "LIKE on both databases".
Product.Reference = "R1"
Product.Label = "Bolt"
Product.Stock = 150
HAdd(Product)
Trace(Found("{p} LIKE 'ab%'", "abc"))          // expect: 1
Trace(Found("{p} LIKE 'B%'", "bolt"))          // expect: 1
Trace(Found("{p} LIKE Label", "bolt"))         // expect: 1
Trace(Found("{p} NOT LIKE 'x%'", "bolt"))      // expect: 1
Trace(Found("{p} LIKE 'x%'", "bolt"))          // expect: 0
Trace(Found("{p} LIKE '1%'", 15))              // expect: 1
Trace(Found("Label LIKE {p}", "b%"))           // expect: 1
PROCEDURE Found(sWhere is string, vValue)
q is Data Source
q.p = vValue
IF NOT HExecuteSQLQuery(q, hQueryDefault, "SELECT Reference FROM Product WHERE " + sWhere) THEN
	RESULT HErrorInfo()
END
RESULT HNbRec(q)
