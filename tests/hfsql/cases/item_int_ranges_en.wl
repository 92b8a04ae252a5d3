// Integer items hold their type's range (data model editor page ?2011026): a value beyond
// it is narrowed when stored into the item, as into a sized int variable (two's
// complement for signed, modulo for unsigned; INFERRED, docs/hfsql.md "Integer items"),
// the same on SQLite and PostgreSQL. Orders.Status: unsigned 1 byte; Product.Stock:
// signed 4 bytes; Orders.CustomerID: signed 8 bytes.
HReset(Orders)
Orders.Status = 255
Trace(Orders.Status)                            // expect: 255
Orders.Status = 256
Trace(Orders.Status)                            // expect: 0
Orders.Status = -1
Trace(Orders.Status)                            // expect: 255
Orders.Status = "300"
Trace(Orders.Status)                            // expect: 44
Orders.CustomerID = 9223372036854775807 + 1
Trace(Orders.CustomerID)                        // expect: -9223372036854775808
HReset(Customer)
Customer.Name = "Ann"
HAdd(Customer)
Orders.CustomerID = Customer.CustomerID
Trace(HAdd(Orders), ErrorOccurred)              // expect: 1, 0
Orders.Status = 1
HReadFirst(Orders)
Trace(HFound(Orders), Orders.Status)            // expect: 1, 44
HReset(Product)
Product.Reference = "R1"
Product.Stock = 2147483647
Product.Stock++
Trace(Product.Stock)                            // expect: -2147483648
HAdd(Product)
n is int on 8 bytes = 4294967296 + 7
Product.Reference = "R2"
Product.Stock = n
HAdd(Product)
FOR EACH Product
	Trace(Product.Reference, Product.Stock)
END
// expect: R1, -2147483648
// expect: R2, 7
