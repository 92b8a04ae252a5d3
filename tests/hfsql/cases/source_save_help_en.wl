// <Source>.Save ?1000024606 and HSave ?1000021375: the example with the window's
// WIN_Customer.ToFile() replaced by assignments to the buffer; "Modifies the current
// record if it exists, otherwise adds a new record"; hAffectBrowse: "HReadNext used
// after HSave positions on the record found after the added/modified record" (the
// constant was unknown: an empty variant, so the browse went on where it was).
HReset(Customer)
Customer.Name = "Dupont"
Customer.Email = "d@example.org"
Customer.Save()
Customer.Name = "Martin"
Trace(Customer.Save(), HNbRec(Customer))                          // expect: 1, 1
HReset(Customer)
Customer.Name = "Martin"
Customer.Email = "martin@example.org"
Trace(Customer.Save(), HNbRec(Customer))                          // expect: 1, 2
HReadFirst(Customer, Name)
HReset(Customer)
Customer.Name = "Lemoine"
Customer.Email = "l@example.org"
HSave(Customer, hAffectBrowse)
HReadNext(Customer, Name)
Trace(Customer.Name, HRecNum())                                   // expect: Martin, 1
// without it, the browse is not affected
HReadFirst(Customer, Name)
Customer.City = "Lyon"
HSave(Customer)
HReadNext(Customer, Name)
Trace(Customer.Name, HRecNum())                                   // expect: Martin, 1
HReadFirst(Customer, Name)
Customer.Name = "Zola"
HSave(Customer, hAffectBrowse)
Trace(HReadNext(Customer, Name), HOut())                          // expect: 0, 1
HReadFirst(Customer, Name)
Customer.Name = "Abel"
HModify(Customer)
HReadNext(Customer, Name)
Trace(Customer.Name, HRecNum())                                   // expect: Martin, 2
