// HErrorInfo(hErrItem) names the unique key a refused write duplicated
HReset(Customer)
Customer.Name = "Dupont"
Customer.Email = "dupont@example.com"
HAdd(Customer)
Trace(HErrorInfo(hErrItem) = "")                              // expect: 1
HReset(Customer)
Customer.Name = "Martin"
Customer.Email = "DUPONT@example.com"
Trace(HAdd(Customer), HErrorDuplicates(), HErrorInfo(hErrItem))   // expect: 0, 1, Email
Trace(HErrorInfo(hErrFile))                                   // expect: Customer
Customer.Email = "martin@example.com"
HAdd(Customer)
Trace(HErrorInfo(hErrItem) = "")                              // expect: 1
// HModify
HReadSeekFirst(Customer, Name, "Martin")
Customer.Email = "dupont@example.com"
Trace(HModify(Customer), HErrorInfo(hErrItem))                // expect: 0, Email
// in a transaction (PostgreSQL then adds without a savepoint)
HTransactionStart()
HReset(Product)
Product.Reference = "REF1"
HAdd(Product)
HReset(Product)
Product.Reference = "ref1"
Trace(HAdd(Product), HErrorInfo(hErrItem))                    // expect: 0, Reference
HTransactionEnd()
// an error without an item: the item is empty
HReset(Orders)
Orders.CustomerID = 99
Trace(HAdd(Orders), HErrorIntegrity(), HErrorInfo(hErrItem) = "")   // expect: 0, 1, 1
