// HCreateView ?3044159: the page's example as written (it states no result: the records
// below are ours). A view is a memory image of the file: the records the condition keeps
// (HFilter's `]=`, starts with, case ignored as on a text key), sorted on NAME then CITY.
AddCustomer("Martin", "Paris")
AddCustomer("Alain", "Lyon")
AddCustomer("albert", "Paris")
AddCustomer("Alain", "Agen")
AddCustomer("Zoé", "Nice")
// Create a view
MyView is Data Source
HCreateView(MyView, CUSTOMER, "*", "NAME,CITY", "NAME]='A'", hViewDefault)
FOR EACH MyView
	Trace(MyView.NAME, MyView.CITY)
END
// expect: Alain, Agen
// expect: Alain, Lyon
// expect: albert, Paris
Trace(HNbRec(MyView))                                   // expect: 3
// kept apart from the file: a record added afterwards is not in the view
AddCustomer("Anna", "Rome")
Trace(HNbRec(MyView), HNbRec(Customer))                 // expect: 3, 6
// some items, separated by CR, a descending sort item, no condition; the mode alone
VueVilles is Data Source
Trace(HCreateView(VueVilles, Customer, "City" + CR + "Name", "-City,+Name"))   // expect: 1
HReadFirst(VueVilles)
WHILE NOT HOut(VueVilles)
	Trace(VueVilles.City, VueVilles.Name)
	HReadNext(VueVilles)
END
// expect: Rome, Anna
// expect: Paris, albert
// expect: Paris, Martin
// expect: Nice, Zoé
// expect: Lyon, Alain
// expect: Agen, Alain
Trace(HCreateView(VueVilles, Customer, hViewDefault), HNbRec(VueVilles))   // expect: 1, 6
// a filter active on the file applies to the view
HFilter(Customer, "City = 'Paris'")
Trace(HCreateView(VueVilles, Customer, "Name", "Name"), HNbRec(VueVilles))  // expect: 1, 2
HDeactivateFilter(Customer)
// an unknown item, a condition HFilter refuses: False, HError set
Trace(HCreateView(VueVilles, Customer, "Nom"), HErrorInfo())
// expect: 0, HCreateView: 'Nom' is not an item of Customer.
Trace(HCreateView(VueVilles, Customer, "*", "Name", "Balance ]= 'A'"), HError() <> 0)
// expect: 0, 1

PROCEDURE AddCustomer(sName, sCity)
HReset(Customer)
Customer.Name = sName
Customer.City = sCity
HAdd(Customer)
