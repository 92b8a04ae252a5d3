// A Date item given a text in another form than its YYYYMMDD digits ("05/01/2025", a
// French day/month/year) keeps it whole, as a Date variable keeps it: "05/01/2025", not
// a valid date, stored and read back so on SQLite and PostgreSQL, so a later pass can
// still convert it (it was cut to the item's 8 characters, "05/01/20": the year lost).
// Decided, INFERRED: docs/hfsql.md "Record buffer". An ISO text, a Date and a DateTime
// are read as a Date variable reads them; StringToDate reads a day/month/year text.
HReset(Customer)
Customer.Name = "Dupont"
Customer.BirthDate = "05/01/2025"
Trace(Customer.BirthDate, DateValid(Customer.BirthDate))      // expect: 05/01/2025, 0
Trace(HAdd(Customer))                                          // expect: 1
HReadSeekFirst(Customer, Name, "Dupont")
Trace(HFound(Customer), Customer.BirthDate)                    // expect: 1, 05/01/2025
// the day meant, converted from what was stored
Customer.BirthDate = StringToDate(Customer.BirthDate, "DD/MM/YYYY")
Trace(Customer.BirthDate, DateValid(Customer.BirthDate))      // expect: 20250105, 1
HModify(Customer)
HReadSeekFirst(Customer, Name, "Dupont")
Trace(Customer.BirthDate, Customer.BirthDate..Month)          // expect: 20250105, 1
// the forms a Date variable reads
Customer.BirthDate = "2025-01-06"
Trace(Customer.BirthDate)                                      // expect: 20250106
dt is DateTime = "20250107101500"
Customer.BirthDate = dt
Trace(Customer.BirthDate)                                      // expect: 20250107
d is Date = "05/01/2025"
Trace(d)                                                       // expect: 05/01/2025
Customer.BirthDate = d
Trace(Customer.BirthDate, Customer.BirthDate = d)              // expect: 05/01/2025, 1
// a date of the French form in a loop over a file: found as it was stored
HReset(Customer)
Customer.Name = "Martin"
Customer.BirthDate = "31/12/1999 "
HAdd(Customer)
FOR EACH Customer WHERE Name = "Martin"
	Trace("[" + Customer.BirthDate + "]")                     // expect: [31/12/1999 ]
END
