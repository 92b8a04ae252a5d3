// A data file's method given an item whose name is also a built-in's (Email, the e-mail
// type): the item, as in the function's form HChangeKey(Customer, Email). The method
// forms whose second parameter is no item by declaration (<Source>.ChangeKey,
// <Source>.SetDuplicates) stopped the run: "A value of type Email cannot be converted to
// a string". (docs/hfsql.md "Record buffer", the names of the analysis.)
HReset(Customer)
Customer.Name = "Dupont"
Customer.Email = "dupont@example.com"
HAdd(Customer)
Customer.Name = "Durand"
Customer.Email = "durand@example.com"
HAdd(Customer)
Trace(Customer.ReadSeekFirst(Email, "durand@example.com"), Customer.Name)   // expect: 1, Durand
Trace(Customer.ChangeKey(Email), HChangeKey(Customer, Email))               // expect: 1, 1
Customer.ReadFirst()
Trace(Customer.Email)                                                       // expect: dupont@example.com
Customer.ReadNext()
Trace(Customer.Email)                                                       // expect: durand@example.com
Trace(Customer.SetDuplicates(Email, True), HSetDuplicates(Customer, Email, True))   // expect: 1, 1
Trace(Customer.SetDuplicates(Name, True))                                   // expect: 0
Trace(Customer.StatNbDuplicates(Email), Customer.InfoItem(Email) <> "")     // expect: 0, 1
