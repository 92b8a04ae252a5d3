// One element of an array item, selected without AS, and subscripts read as an array's
// (docs/hfsql.md "Array items, shown", "A Record's JSON form").
Contact.Name = "Ann"
Contact.Phone[1] = "111"
Contact.Phone[2] = "222"
Contact.Phone[3] = "333"
Trace(HAdd(Contact)) // expect: 1
// SELECT Phone[2] without AS: the column Phone[2], which QRY.Phone[2] reads
QRY is Data Source
Trace(HExecuteSQLQuery(QRY, "SELECT Name, Phone[2] FROM Contact")) // expect: 1
Trace(Lower(Replace(HListItem(QRY), CR, ","))) // expect: name,phone[2]
HReadFirst(QRY)
Trace(QRY.Name, QRY.Phone[2]) // expect: Ann, 222
Trace(Lower(HRecordToJSON(QRY))) // expect: {"_source_qry_1": {"name": "ann", "phone[2]": "222"}}
// qualified, beside its item, in DISTINCT and in a sub-query
Trace(HExecuteSQLQuery(QRY, "SELECT DISTINCT Contact.Phone[3], Contact.Phone FROM Contact WHERE Name IN (SELECT Name FROM Contact WHERE Phone[2] = '222')")) // expect: 1
HReadFirst(QRY)
Trace(Lower(Replace(HListItem(QRY), CR, ",")), QRY.Phone[3], QRY.Phone) // expect: phone[3],phone, 333, 111
// an element inside an expression or given AS keeps the database's name or its own
Trace(HExecuteSQLQuery(QRY, "SELECT UPPER(Phone[2]) AS Up, Phone[3] AS Third FROM Contact")) // expect: 1
HReadFirst(QRY)
Trace(QRY.Up, QRY.Third) // expect: 222, 333
// a quoted alias in capitals is read back on PostgreSQL too (it lowers unquoted names)
Trace(HExecuteSQLQuery(QRY, "SELECT Name AS ""FullName"", Phone[2] AS ""Second"" FROM Contact")) // expect: 1
HReadFirst(QRY)
Trace(QRY.FullName, QRY.Second) // expect: Ann, 222
// a real subscript is cut to its whole part, as an array's: Phone[2.7] is element 2
t is array of 3 strings = ["a", "b", "c"]
HReadFirst(Contact)
Trace(t[2.7], Contact.Phone[2.7], Contact.Phone["3"]) // expect: b, 222, 333
Contact.Phone[1.9] = "100"
Trace(Contact.Phone[1]) // expect: 100
r is Record of Contact = Contact
Trace(r.Phone[2.7], r.Phone[3.2]) // expect: 222, 333
// a Record's JSON form: HRecordToJSON's, in VariantToJSON, a JSON variable, Serialize
Trace(VariantToJSON(r)) // expect: {"ContactID":1,"Name":"Ann","Phone":["100","222","333"],"Score":0}
j is JSON = r
Trace(j.Phone[3], j.Name, j.Phone..Occurrence) // expect: 333, Ann, 3
s is string
Serialize(r, s, psdJSON)
Trace(s, ErrorOccurred) // expect: {"ContactID":1,"Name":"Ann","Phone":["100","222","333"],"Score":0}, 0
Trace(Contact.Phone[0.5]) // expect error: Contact.Phone[0]: the array item Phone has 3 elements (1 to 3).
