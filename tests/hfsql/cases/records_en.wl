// Record variables: a copy of the buffer, written back with HAdd / HModify (EN + FR)
HReset(Customer)
Customer.Name = "Original"
Customer.City = "Paris"
HAdd(Customer)
r is Record of Customer
r = Customer
r.Name = "Copy"
Trace(Customer.Name, r.Name, r.City)          // expect: Original, Copy, Paris
HReset(Customer)
HAdd(Customer, r)
Trace(HNbRec(Customer), Customer.Name)        // expect: 2, Copy
e est un Enregistrement de Customer
e = Customer
e.City = "Lyon"
HModifie(Customer, e)
HLitRecherchePremier(Customer, Name, "copy")
Trace(Customer.City)                          // expect: Lyon
