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
// A DateTime's 17 digits (YYYYMMDDHHMMSSCCC) stored into an integer item smaller than 8
// bytes stop with the "Numeric overflow" a variable of that size stops with (they
// wrapped: -21056 in a 2-byte item); an 8-byte item holds them (docs/semantics.md "A
// DateTime stored into an integer", INFERRED).
dtOrder is DateTime = "20251207103000000"
WHEN EXCEPTION IN
	Product.Stock = dtOrder
DO
	Trace(ExceptionInfo(errCode))               // expect: 1003
	Trace(ExceptionInfo(errMessage))            // expect: Numeric overflow: 20251207103000000 is beyond the largest int (2,147,483,647): a DateTime's digits (YYYYMMDDHHMMSSCCC) need an 8-byte int.
END
Trace(Product.Stock)                            // expect: 7
WHEN EXCEPTION IN
	Orders.Status = dtOrder
DO
	Trace(ExceptionInfo(errMessage))            // expect: Numeric overflow: 20251207103000000 is beyond the largest unsigned 1-byte int (255): a DateTime's digits (YYYYMMDDHHMMSSCCC) need an 8-byte int.
END
Orders.CustomerID = dtOrder
Trace(Orders.CustomerID)                        // expect: 20251207103000000
// The same through a Record of the file (`r.Stock = dt`): its digits wrapped there
// (-1784304192) and the run went on; the item's conversion now sees a DateTime.
rProduct is Record of Product
rProduct.Stock = 5
WHEN EXCEPTION IN
	rProduct.Stock = dtOrder
DO
	Trace(ExceptionInfo(errCode))               // expect: 1003
END
Trace(rProduct.Stock)                           // expect: 5
rOrder is Record of Orders
rOrder.CustomerID = dtOrder
Trace(rOrder.CustomerID)                        // expect: 20251207103000000
