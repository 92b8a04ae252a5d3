// HAdd / HModify / HDelete / HSave / HReset, and the error functions
HReset(Customer)
Customer.Name = "Dupont"
Customer.Email = "dupont@example.com"
Trace(HAdd(Customer), HError())               // expect: 1, 0
HReset(Customer)
Customer.Name = "Martin"
Customer.Email = "DUPONT@example.com"        // unique key, case-insensitive
Trace(HAdd(Customer))                         // expect: 0
Trace(HErrorDuplicates(), ErrorOccurred, HError() <> 0)   // expect: 1, 1, 1
Trace(HErrorInfo(hErrFile))                   // expect: Customer
Trace(HNbRec(Customer))                       // expect: 1
Trace(HErrorDuplicates())                     // expect: 0
Customer.Email = "martin@example.com"
Trace(HAdd(Customer), Customer.CustomerID)    // expect: 1, 2
// modify the current record
HReadSeekFirst(Customer, Name, "dupont")
Customer.City = "Lyon"
Customer.VIP = True
Trace(HModify(Customer))                      // expect: 1
HReadSeekFirst(Customer, Email, "dupont@example.com")
Trace(Customer.City, Customer.VIP)            // expect: Lyon, 1
// HModify with a duplicate value is refused, the record keeps its value
Customer.Email = "martin@example.com"
Trace(HModify(Customer), HErrorDuplicates())  // expect: 0, 1
HRead(Customer, Customer..NewRecord = False ? HRecNum(Customer) ELSE 1)
Trace(Customer.Email)                         // expect: dupont@example.com
// integrity: an order must name an existing customer (link in the analysis)
HReset(Orders)
Orders.CustomerID = 99
Trace(HAdd(Orders), HErrorIntegrity())        // expect: 0, 1
Orders.CustomerID = 2
Trace(HAdd(Orders), HErrorIntegrity(), Orders.OrderID)   // expect: 1, 0, 1
// HSave adds after HReset, modifies after a read
HReset(Product)
Product.Reference = "P1"
Product.Label = "Pen"
Trace(HSave(Product), HNbRec(Product))        // expect: 1, 1
Product.Price = 2.5
Trace(HSave(Product), HNbRec(Product))        // expect: 1, 1
HReadFirst(Product, Reference)
Trace(Product.Label, Product.Price)           // expect: Pen, 2.5
// HDelete: the current record goes, the browse goes on after it
HReadFirst(Customer, Name)
Trace(HDelete(Customer), HNbRec(Customer))    // expect: 1, 1
HReadNext(Customer, Name)
Trace(Customer.Name, HOut())                  // expect: Martin, 0
// automatic identifiers are never reused
HReset(Customer)
Customer.Name = "Zoe"
HAdd(Customer)
Trace(Customer.CustomerID)                    // expect: 3
// HReset puts the analysis defaults back (NULL for Email)
HReset(Customer)
Trace(Customer.Name = "", Customer.Balance, Customer.Email = Null, Customer..NewRecord)   // expect: 1, 0, 1, 1
// an unknown item is a fatal error
Trace(Customer.Nope)                          // expect error: 'Nope' is not an item of the data file Customer
