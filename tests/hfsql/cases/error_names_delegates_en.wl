// An H* function that adds, modifies or deletes through another names itself in its
// errors: HDuplicateRecord and HSave (adding) name themselves, not HAdd; HCross, not
// HDelete (docs/hfsql.md "Errors")
HReset(Product)
Product.Reference = "P1"
HAdd(Product)
Trace(HDuplicateRecord(Product), HErrorInfo(hErrMessage))   // expect: 0, HDuplicateRecord on Product: duplicate value on a unique key.
Trace(ErrorInfo(errMessage))                                 // expect: HDuplicateRecord on Product: duplicate value on a unique key.
HReset(Product)
Product.Reference = "P1"
Trace(HSave(Product), HErrorInfo(hErrMessage))               // expect: 0, HSave on Product: duplicate value on a unique key.
Trace(HAdd(Product), HErrorInfo(hErrMessage))                // expect: 0, HAdd on Product: duplicate value on a unique key.
HReset(Customer)
Customer.Name = "Ann"
HAdd(Customer)
HReset(Orders)
Orders.CustomerID = Customer.CustomerID
HAdd(Orders)
HReadFirst(Customer)
Trace(HCross(Customer), HErrorInfo(hErrMessage))             // expect: 0, HCross on Customer: integrity constraint of a link violated.
