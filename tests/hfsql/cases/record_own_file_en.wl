// A Record declared of a data file and never read from it knows its file: HAdd(r) and
// HSave(r) write it there (docs/hfsql.md "HAdd(r), HSave(r)"); they stopped with
// "A value of type Record cannot be converted to a string".
HReset(Customer)
Customer.Name = "Smith"
Customer.City = "Lyon"
HAdd(Customer)
r is Record of Customer
// an item not given yet reads as the analysis default (it was "not an item")
Trace("[" + r.City + "]", r.Balance) // expect: [], 0
r.Name = "Moore"
Trace(HAdd(r), HNbRec(Customer))                      // expect: 1, 2
HReadSeekFirst(Customer, Name, "Moore")
Trace(HFound(), Customer.City = "")                   // expect: 1, 1
// the items r does not hold are the analysis defaults, not the record read last
s is Record of Customer
s.Name = "Lee"
s.City = "Nice"
Trace(HSave(s), HNbRec(Customer))                     // expect: 1, 3
// copied from its file, then changed: written over the record read (File = r, HSave)
HReadSeekFirst(Customer, Name, "Smith")
t is Record of Customer
t = Customer
t.City = "Paris"
Trace(HSave(t), HNbRec(Customer))                     // expect: 1, 3
HReadSeekFirst(Customer, Name, "Smith")
Trace(Customer.City)                                  // expect: Paris
// HSave(File, r): r's values, as HAdd(File, r) and HModify(File, r) take them (it
// read r as the options and left its values out)
v is Record of Customer
v = Customer
v.City = "Rome"
Trace(HSave(Customer, v), HNbRec(Customer))           // expect: 1, 3
HReadSeekFirst(Customer, Name, "Smith")
Trace(Customer.City)                                  // expect: Rome
u is Record
u.Name = "Nobody"
HAdd(u)
// expect error: this record belongs to no data file
