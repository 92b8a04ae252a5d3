// A column computed without AS is named as it is written, cut to 63 bytes on both
// databases, `~2` ending a cut name an earlier column was given: PostgreSQL cut the names
// itself, so two long columns alike in their first 63 bytes made the query fail ("column
// reference ... is ambiguous") where SQLite named them whole. docs/hfsql.md "Result
// columns' names".
Product.Reference = "R1"
Product.Stock = 1
HAdd(Product)
q is Data Source
IF NOT HExecuteSQLQuery(q, hQueryDefault, "SELECT Stock * 2 + Stock * 3 + Stock * 4 + Stock * 5 + Stock * 6 + Stock * 7 + 1, Stock * 2 + Stock * 3 + Stock * 4 + Stock * 5 + Stock * 6 + Stock * 7 + 2, Reference FROM Product") THEN
	Trace(HErrorInfo())
END
Trace(Replace(HListItem(q), CR, ";"))
// expect: Stock * 2 + Stock * 3 + Stock * 4 + Stock * 5 + Stock * 6 + Sto;Stock * 2 + Stock * 3 + Stock * 4 + Stock * 5 + Stock * 6 + S~2;Reference
Trace(HReadFirst(q), q.Reference)               // expect: 1, R1
