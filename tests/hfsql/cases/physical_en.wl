// HChangeName / HChangeDir: the records of a data file live in another table
Trace(Customer..PhysicalName)                             // expect: customer
AddCustomer("Main")
Trace(HChangeName(Customer, "Customer2024"), Customer..PhysicalName)   // expect: 1, Customer2024
Trace(HNbRec(Customer), HOut(Customer))                   // expect: 0, 1
AddCustomer("Jan")
Trace(HNbRec(Customer))                                   // expect: 1
HChangeName(Customer, "")
Trace(HNbRec(Customer), Customer..PhysicalName)           // expect: 1, customer
HReadFirst(Customer, Name)
Trace(Customer.Name)                                      // expect: Main
Trace(HChangeName(Customer, "C:\Data\Other.fic"), HError() <> 0)   // expect: 0, 1
// one table per folder; the same folder however written
Trace(HChangeDir(Customer, "C:\Stats\January"))          // expect: 1
Trace(HNbRec(Customer))                                   // expect: 0
AddCustomer("J1")
HChangeDir(Customer, "C:\Stats\February\")
Trace(HNbRec(Customer))                                   // expect: 0
HChangeDir(Customer, "c:/stats/january/")
Trace(HNbRec(Customer))                                   // expect: 1
HChangeDir(Customer, "")
Trace(HNbRec(Customer))                                   // expect: 1
// passwords, security, flush: accepted (docs/hfsql.md)
Trace(HPass(Customer, "secret"), HErrorPassword())        // expect: 1, 0
Trace(HSecurity(Customer, 0), HSecurity(Customer, 1), HSecurity(1))   // expect: 0, 0, 1
Trace(HFlush(Customer), HFlush())                         // expect: 1, 1
// HCheckStructure: sets the mode (returns the previous one: hStrict at first) and compares the table
Trace(HCheckStructure(Customer, 1), HCheckStructure(1))   // expect: 524288, 1
HExecuteSQLQuery("QCreate", "CREATE TABLE oldcust (_hrec INTEGER PRIMARY KEY, Name VARCHAR(40), Fax VARCHAR(20))")
HChangeName(Customer, "oldcust")
Trace(HCheckStructure(Customer, 1), HError() <> 0)        // expect: -1, 1
Trace(Position(Upper(HErrorInfo()), "FAX") > 0, Position(HErrorInfo(), "Email") > 0)   // expect: 1, 1
Trace(HCheckStructure(Customer, 0), HError())             // expect: 1, 0

PROCEDURE AddCustomer(sName is string)
HReset(Customer)
Customer.Name = sName
RESULT HAdd(Customer)
