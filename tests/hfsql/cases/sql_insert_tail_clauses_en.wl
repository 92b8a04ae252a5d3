// An INSERT written by hand that leaves the automatic identifier out and ends with ON
// CONFLICT or RETURNING: on SQLite it ran as written and the database refused the NULL
// identifier; now it is numbered as any such INSERT, the clause kept after the rows
// (docs/hfsql.md "Automatic identifiers"). What RETURNING returns is not kept: a
// statement other than a SELECT gives no result.
HReset(Customer)
Customer.Name = "Dupont"
Customer.Email = "dupont@example.org"
HAdd(Customer)
ds is Data Source
// the row whose e-mail is there is skipped, the other one added
Trace(HExecuteSQLQuery(ds, hQueryWithoutCorrection, "INSERT INTO Customer (Name, Email) VALUES ('Again', 'dupont@example.org'), ('Ana', 'ana@example.org') ON CONFLICT (Email) DO NOTHING")) // expect: 1
Trace(HExecuteSQLQuery(ds, hQueryWithoutCorrection, "INSERT INTO Customer (Name, Email) VALUES ('Bob', 'bob@example.org') RETURNING CustomerID")) // expect: 1
// the words inside a string are no clause
Trace(HExecuteSQLQuery(ds, hQueryWithoutCorrection, "INSERT INTO Customer (Name, Email) VALUES ('on conflict, returning', 'w@example.org')")) // expect: 1
HReset(Customer)
Customer.Name = "Last"
Customer.Email = "last@example.org"
HAdd(Customer)
FOR EACH Customer
	Trace(Customer.CustomerID, Customer.Name)
END
// expect: 1, Dupont
// expect: 3, Ana
// expect: 4, Bob
// expect: 5, on conflict, returning
// expect: 6, Last
