// Array items (docs/hfsql.md "Array items"): Contact.Phone has 3 elements (three
// INDICERUBRIQUE in contacts.xdd), stored in the item's column and two hidden ones.
Contact.Name = "Ann"
Contact.Phone[1] = "111"
Contact.Phone[2] = "222"
Contact.Phone[3] = 333 // converted to the item's type (text)
Trace(HAdd(Contact)) // expect: 1
Contact.Name = "Bob"
Contact.Phone = "444" // no subscript: element 1
Contact.Phone[2] = ""
Contact.Phone[3] = "666"
Trace(HAdd(Contact)) // expect: 1
HReset(Contact)
Trace(Contact.Phone[2] = "") // expect: 1
Trace(HReadSeekFirst(Contact, Name, "Ann")) // expect: 1
Trace(Contact.Phone + "/" + Contact.Phone[2] + "/" + Contact.Phone[3]) // expect: 111/222/333
Contact.Phone[2] += "9"
Trace(HModify(Contact)) // expect: 1
HReadSeekFirst(Contact, Name, "Bob")
Trace(Contact.Phone[1] + "/" + Contact.Phone[3]) // expect: 444/666
HReadSeekFirst(Contact, Name, "Ann")
s is string
FOR i = 1 TO 3
	s += Contact.Phone[i] + ";"
END
Trace(s) // expect: 111;2229;333;
// a search on one element, named as the code writes it
Trace(HReadSeekFirst(Contact, "Phone[3]", "666"), Contact.Name) // expect: 1, Bob
Trace(HReadSeekFirst(Contact, "Phone[2]", "2229"), Contact.Name) // expect: 1, Ann
// the item listed once, with its number of elements
Trace(Replace(HListItem(Contact), CR, ",")) // expect: ContactID,Name,Phone,Score
Trace(ExtractString(ExtractString(HListItem(Contact, hLstDetail), 3, CR), 5, TAB)) // expect: 3
Trace(HInfoItem(Contact, 4)) // expect: Score	5	4	2060	0
// a caption's TAB and line break become spaces: one line, six fields per item
Trace(Replace(ExtractString(HListItem(Contact, hLstDetail), 4, CR), TAB, "|")) // expect: Score|2060|5|4|1|Score (0-10) per visit
// by number: item 3 is Phone, its array index chooses the element
Trace(HRetrieveItem(Contact, 3, 2)) // expect: 2229
Trace(HToItem(Contact, 3, 3, "777"), Contact.Phone[3]) // expect: 1, 777
// FOR EACH reads every element of each record
n is int
FOR EACH Contact
	n += Length(Contact.Phone[1] + Contact.Phone[2] + Contact.Phone[3])
END
Trace(n) // expect: 16
// a Record copies every element
r is Record of Contact
HReadSeekFirst(Contact, Name, "Ann")
r = Contact
HReset(Contact)
Contact = r
Trace(Contact.Phone[2]) // expect: 2229
// a Record's elements, by subscript too
Trace(r.Phone[2], r.Phone) // expect: 2229, 111
Trace(r.Phone..Dimension, r.Name..Dimension) // expect: 3, 1
r.Phone[3] = "555"
r.Phone[3] += "5"
Contact = r
Trace(Contact.Phone[3]) // expect: 5555
Trace(Contact.Name[2]) // expect: n
Trace(Contact.Phone[4]) // expect error: Contact.Phone[4]: the array item Phone has 3 elements (1 to 3).
