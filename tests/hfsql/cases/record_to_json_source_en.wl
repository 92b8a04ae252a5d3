// HRecordToJSON on a Data Source: the record one level down, under "_SOURCE_<name>_1",
// as WINDEV writes it (real code that reads its output unwraps that level; its page is
// not stored: decided, docs/hfsql.md "HRecordToJSON on a Data Source"); on a data file,
// and on a query named by text, one level as before
HReset(Customer)
Customer.Name = "Dupont"
Customer.City = "Lyon"
HAdd(Customer)
HReset(Customer)
Customer.Name = "Martin"
Customer.City = "Nice"
HAdd(Customer)
MyQuery is Data Source
HExecuteSQLQuery(MyQuery, hQueryWithoutCorrection, "SELECT Name, City FROM Customer ORDER BY Name")
sRows is string
HReadFirst(MyQuery)
WHILE NOT HOut(MyQuery)
	sRows += HRecordToJSON(MyQuery) + CR
	HReadNext(MyQuery)
END
Trace(sRows)
// expect: {"_SOURCE_MyQuery_1": {"Name": "Dupont", "City": "Lyon"}}
// expect: {"_SOURCE_MyQuery_1": {"Name": "Martin", "City": "Nice"}}
// expect:
// the items listed, inside the same level
HReadFirst(MyQuery)
Trace(HRecordToJSON(MyQuery, "City"))         // expect: {"_SOURCE_MyQuery_1": {"City": "Lyon"}}
// read back as the real code does: the one member, then its items
jRow is JSON = HRecordToJSON(MyQuery)
Trace(jRow["_SOURCE_MyQuery_1"].Name)          // expect: Dupont
// a data file: one level
HReadFirst(Customer, Name)
Trace(HRecordToJSON(Customer, "Name,City"))   // expect: {"Name": "Dupont", "City": "Lyon"}
