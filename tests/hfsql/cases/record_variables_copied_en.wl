// A Record variable is copied by `=`, a declaration's `= value`, ArrayAdd and a store into
// a structure member or an associative array's element, as a structure is; `<-` shares.
// They shared one record: ArrayAdd(t, r) in a loop that changed r left t holding the
// last record only, and `r2.Name = "x"` changed r. docs/hfsql.md "Record variables copied".
HReset(Customer)
Customer.Name = "Dupont"
Customer.City = "Paris"
HAdd(Customer)
HReset(Customer)
Customer.Name = "Martin"
Customer.City = "Lyon"
HAdd(Customer)
r is Record of Customer
t is array of Record of Customer
FOR EACH Customer ON Name
	r = Customer
	r.City = Upper(r.City)
	ArrayAdd(t, r)
END
Trace(t.Count, t[1].Name, t[1].City, t[2].Name, t[2].City)   // expect: 2, Dupont, PARIS, Martin, LYON
tb is array of Record of Customer
rb is Record of Customer
FOR i = 1 TO 3
	rb.Name = "N" + i
	ArrayAdd(tb, rb)
END
Trace(tb[1].Name, tb[2].Name, tb[3].Name)             // expect: N1, N2, N3
r2 is Record of Customer = r
r2.Name = "Copy"
r3 is Record of Customer
r3 = r
r3.Name = "Other"
Trace(r.Name, r2.Name, r3.Name)                       // expect: Martin, Copy, Other
r4 is Record of Customer <- r
r4.Name = "Shared"
Trace(r.Name, r4.Name)                                // expect: Shared, Shared
ST is Structure
	rec is Record of Customer
END
s is ST
s.rec = r
s.rec.Name = "InStruct"
m is associative array of Record of Customer
m["a"] = r
m["a"].Name = "InAssoc"
Trace(r.Name, s.rec.Name, m["a"].Name)                // expect: Shared, InStruct, InAssoc
// a record built, added, changed and added again: two records
HReset(Customer)
r5 is Record of Customer
r5.Name = "Petit"
r5.City = "Nice"
Trace(HAdd(Customer, r5))                             // expect: 1
r5.Name = "Petit2"
Trace(HAdd(Customer, r5), HNbRec(Customer))           // expect: 1, 4
