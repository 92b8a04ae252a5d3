// FOR EACH meeting a database error follows the H* convention: the loop stops, HError() and ErrorOccurred are set
HReset(Product)
Product.Reference = "A"
HAdd(Product)
q is Data Source
HExecuteSQLQuery(q, "DROP TABLE Product")
n is int
FOR EACH Product
	n++
END
Trace(n, ErrorOccurred, HError() <> 0)        // expect: 0, 1, 1
// the next H* call clears the error
Trace(HNbRec(Customer), HError())              // expect: 0, 0
