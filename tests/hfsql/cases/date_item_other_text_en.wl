// A Date item given a text in another form than its YYYYMMDD digits ("05/01/2025", a
// French day/month/year): the item holds its 8 characters, as a text item of size 8
// would: "05/01/20", not a valid date, the same on SQLite and PostgreSQL (SQLite kept
// the 10 characters, PostgreSQL refused the HAdd: "value too long"). Decided, INFERRED:
// docs/hfsql.md "Record buffer". An ISO text, a Date and a DateTime are read as a Date
// variable reads them; StringToDate reads a day/month/year text.
HReset(Customer)
Customer.Name = "Dupont"
Customer.BirthDate = "05/01/2025"
Trace(Customer.BirthDate, DateValid(Customer.BirthDate))      // expect: 05/01/20, 0
Trace(HAdd(Customer))                                          // expect: 1
HReadSeekFirst(Customer, Name, "Dupont")
Trace(HFound(Customer), Customer.BirthDate)                    // expect: 1, 05/01/20
// the day meant, converted first
Customer.BirthDate = StringToDate("05/01/2025", "DD/MM/YYYY")
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
Trace(Customer.BirthDate)                                      // expect: 05/01/20
