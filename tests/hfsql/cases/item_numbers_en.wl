// HRetrieveItem and HToItem: items by their number (from 1, in the description's order:
// CustomerID, Name, Email, City, Société, BirthDate, Balance, VIP, Notes)
HReset(Customer)
Trace(HToItem(Customer, 2, "Martin"), HToItem(Customer, 4, "Lyon"))   // expect: 1, 1
Trace(HToItem(Customer, 6, "19800214"), HToItem(Customer, 7, "12.50"))   // expect: 1, 1
Trace(HToItem(Customer, 8, True))                       // expect: 1
HAdd(Customer)
HReset(Customer)
HReadSeekFirst(Customer, Name, "Martin")
Trace(Customer.City, Customer.BirthDate, Customer.Balance, Customer.VIP)   // expect: Lyon, 19800214, 12.5, 1
Trace(HRetrieveItem(Customer, 2), HRetrieveItem(Customer, 4))   // expect: Martin, Lyon
Trace(HRetrieveItem(Customer, 6), HRetrieveItem(Customer, 7))   // expect: 19800214, 12.5
// NULL gives "" (Email allows NULL and was not set)
Trace("[" + HRetrieveItem(Customer, 3) + "]")           // expect: []
// the same text HRetrieveRecord gives, item by item
Trace(HRetrieveItem(Customer, 2) = ExtractString(HRetrieveRecord(Customer), 2, TAB))   // expect: 1
// an array index other than 1: wlinterp's items are not arrays
Trace(HRetrieveItem(Customer, 2, 1), HRetrieveItem(Customer, 2, 3) = "", ErrorOccurred)   // expect: Martin, 1, 1
// no item 10
Trace(HToItem(Customer, 10, "x"), ErrorOccurred, HError() <> 0)   // expect: 0, 1, 1
Trace(HRetrieveItem(Customer, 0) = "", ErrorOccurred)   // expect: 1, 1
// HBuildKeyValueANSI: the same composite key value as HBuildKeyValue
Trace(HBuildKeyValueANSI(Customer, CityName, "Lyon", "Martin") = HBuildKeyValue(Customer, CityName, "Lyon", "Martin"))   // expect: 1
Trace(HReadSeekFirst(Customer, CityName, HBuildKeyValueANSI(Customer, CityName, "lyon", "martin")), Customer.Name)   // expect: 1, Martin
