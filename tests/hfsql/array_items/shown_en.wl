// Array items shown once (docs/hfsql.md "Array items, shown"): in the exports and
// imports, HRecordToJSON/XML, a SELECT * result, HFilter and ..Dimension; the hidden
// columns of elements 2 and 3 (Phone__2...) never show.
Contact.Name = "Ann"
Contact.Phone[1] = "111"
Contact.Phone[2] = "222"
Contact.Phone[3] = "333"
Trace(HAdd(Contact)) // expect: 1
Contact.Name = "Bob"
Contact.Phone[1] = "444"
Contact.Phone[2] = "555"
Contact.Phone[3] = "666"
Trace(HAdd(Contact)) // expect: 1
Trace(Contact.Phone..Dimension, Contact.Name..Dimension) // expect: 3, 1
sBase is string = fTempPath() + ["/"] + "wl_array_items_" + GetUUID()
// JSON: the item's value is the array of its elements
Trace(HExportJSON(Contact, sBase + ".json")) // expect: 1
v is JSON = fLoadText(sBase + ".json")
Trace(v[2].Name, v[2].Phone[1], v[2].Phone[3], v[1].Phone..Occurrence) // expect: Bob, 444, 666, 3
Trace(Position(fLoadText(sBase + ".json"), "__")) // expect: 0
// CSV: one column per element, headed Phone[1], Phone[2]...
Trace(HExportCSV(Contact, sBase + ".csv", "Name,Phone")) // expect: 1
Trace(Replace(fLoadText(sBase + ".csv"), CR, "|")) // expect: Name;Phone[1];Phone[2];Phone[3]|Ann;111;222;333|Bob;444;555;666|
Trace(HExportCSV(Contact, sBase + ".two.csv", "Name,Phone[2]")) // expect: 1
Trace(Replace(fLoadText(sBase + ".two.csv"), CR, "|")) // expect: Name;Phone[2]|Ann;222|Bob;555|
// XML: the item's element once per element, in order
Trace(HExportXML(Contact, sBase + ".xml", "Name,Phone")) // expect: 1
Trace(Position(fLoadText(sBase + ".xml"), "<Name>Ann</Name><Phone>111</Phone><Phone>222</Phone><Phone>333</Phone>") > 0) // expect: 1
// the exports import back whole
HDeleteAll(Contact)
Trace(HImportJSON(Contact, sBase + ".json"), HNbRec(Contact)) // expect: 1, 2
HReadSeekFirst(Contact, Name, "Bob")
Trace(Contact.Phone[1], Contact.Phone[2], Contact.Phone[3]) // expect: 444, 555, 666
HDeleteAll(Contact)
Trace(HImportXML(Contact, sBase + ".xml"), HNbRec(Contact)) // expect: 1, 2
HReadSeekFirst(Contact, Name, "Ann")
Trace(Contact.Phone[1], Contact.Phone[2], Contact.Phone[3]) // expect: 111, 222, 333
HDeleteAll(Contact)
Trace(HImportText(Contact, sBase + ".csv", "Name,Phone", ";", hImpIgnoreFirstLine), HNbRec(Contact)) // expect: 1, 2
HReadSeekFirst(Contact, Name, "Bob")
Trace(Contact.Phone[3]) // expect: 666
// the current record as JSON or XML
Trace(HRecordToJSON(Contact, "Name,Phone")) // expect: {"Name": "Bob", "Phone": ["444", "555", "666"]}
Trace(HRecordToXML(Contact, "Phone[2]")) // expect: <Contact><Phone Element="2">555</Phone></Contact>
// ... and back into the buffer: HJSONToRecord fills the elements
sJSON is string = HRecordToJSON(Contact)
HReset(Contact)
Trace(HJSONToRecord(Contact, sJSON), Contact.Name, Contact.Phone[2]) // expect: 1, Bob, 555
Trace(HJSONToRecord(Contact, "{""Phone"": [""1"", ""2"", ""3"", ""4""]}"), Contact.Phone[1] = "") // expect: 0, 1
// SELECT *: the item once; its elements by subscript
QRY is Data Source
Trace(HExecuteSQLQuery(QRY, "SELECT * FROM Contact ORDER BY Name")) // expect: 1
Trace(Lower(Replace(HListItem(QRY), CR, ","))) // expect: contactid,name,phone,score
HReadFirst(QRY)
Trace(QRY.Phone, QRY.Phone[2], QRY.Phone[3], QRY.Phone..Dimension) // expect: 111, 222, 333, 3
// an element named in the SQL text, as in code
Trace(HExecuteSQLQuery(QRY, "SELECT Name, Phone[3] AS Third FROM Contact WHERE Phone[2] = '555'")) // expect: 1
HReadFirst(QRY)
Trace(QRY.Name, QRY.Third, HNbRec(QRY)) // expect: Bob, 666, 1
// HFilter on one element: by its bounds, or named in a condition
Trace(HFilter(Contact, "Phone[2]", "5", "6")) // expect: Phone[2]
n is int
FOR EACH Contact
	n++
	Trace(Contact.Name) // expect: Bob
END
HDeactivateFilter(Contact)
HFilter(Contact, "Phone[3] = '333' OR Phone [1] = '444'")
n = 0
FOR EACH Contact
	n++
END
Trace(n) // expect: 2
HFilter(Contact, "Phone[3] = '333'")
FOR EACH Contact
	Trace(Contact.Name) // expect: Ann
END
// HReadSeek on one element
HDeactivateFilter(Contact)
Trace(HReadSeek(Contact, "Phone[2]", "555"), Contact.Name) // expect: 1, Bob
Trace(HFilter(Contact, "Phone[4] = '1'")) // expect:
Trace(ErrorOccurred) // expect: 1
fDelete(sBase + ".json")
fDelete(sBase + ".csv")
fDelete(sBase + ".two.csv")
fDelete(sBase + ".xml")
// FileToArray: an array member takes the elements, a simple member element 1
STContact is Structure
	Name is string
	Phone is array of string
END
STShort is Structure
	Name is string
	Phone is string
END
arrContacts is array of STContact
Trace(FileToArray(arrContacts, Contact)) // expect: 1
Trace(arrContacts[2].Name, arrContacts[2].Phone..Occurrence, arrContacts[2].Phone[3]) // expect: Bob, 3, 666
arrShort is array of STShort
FileToArray(arrShort, Contact)
Trace(arrShort[1].Phone) // expect: 111
