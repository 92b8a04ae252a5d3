// SQL written by hand storing a number beyond an integer item's column fails on SQLite as on
// PostgreSQL ("integer out of range" for a 4-byte item, "smallint out of range" for a 2-byte
// one): SQLite stored 3000000000 into the 4-byte Stock and read it back. The H* functions
// narrow the value as a sized int variable does. docs/hfsql.md "Item types".
q is Data Source
IF NOT HExecuteSQLQuery(q, hQueryDefault, "INSERT INTO Product (Reference, Stock) VALUES ('R9', 3000000000)") THEN
	Trace(HErrorInfo())                         // expect: query q: integer out of range
END
Trace(HReadSeekFirst(Product, Reference, "R9"), HFound(Product))   // expect: 0, 0
Trace(HExecuteSQLQuery(q, hQueryDefault, "INSERT INTO Product (Reference, Stock) VALUES ('R9', 2147483647)"))   // expect: 1
HReadSeekFirst(Product, Reference, "R9")
Trace(Product.Stock)                            // expect: 2147483647
Product.Reference = "R8"
Product.Stock = 3000000000
HAdd(Product)
Trace(Product.Stock)                            // expect: -1294967296
