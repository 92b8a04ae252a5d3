// HCopyRecord's option hCopyAutoID (HFConstant.h's HCOPYAUTOID, 0x800): without it the
// target keeps its own automatic identifier, so the copy is added as a record of its own
Trace(hCopyAutoID)                                          // expect: 2048
HReset(Customer)
Customer.Name = "Dupont"
Customer.City = "Lyon"
Customer.Email = "dupont@example.com"
HAdd(Customer)
HReset(Customer)
Customer.Name = "Martin"
Customer.City = "Nice"
Customer.Email = "martin@example.com"
HAdd(Customer)
HAlias(Customer, "CustomerCopy")
// the real-code pattern: read a record, copy it, change it, add it
HReadSeekFirst(Customer, Name, "Dupont")
HReset(CustomerCopy)
Trace(HCopyRecord(CustomerCopy, Customer), CustomerCopy.Name, CustomerCopy.City, CustomerCopy.CustomerID)   // expect: 1, Dupont, Lyon, 0
CustomerCopy.Email = "dupont2@example.com"
Trace(HAdd(CustomerCopy), CustomerCopy.CustomerID, HNbRec(Customer))   // expect: 1, 3, 3
// with hCopyAutoID the identifier comes along too
HReadSeekFirst(Customer, Name, "Martin")
Trace(HCopyRecord(CustomerCopy, Customer, hCopyAutoID), CustomerCopy.Name, CustomerCopy.CustomerID)   // expect: 1, Martin, 2
// an option HCopyRecord does not have is refused in words
Trace(HCopyRecord(CustomerCopy, Customer, 4), Position(HErrorInfo(), "not an option of HCopyRecord") > 0)   // expect: 0, 1
