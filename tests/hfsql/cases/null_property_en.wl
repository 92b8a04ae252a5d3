// File.Item..Null: read and set NULL on items that accept it; refused elsewhere
HReset(Orders)
Trace(Orders.InvoiceNum..Null)               // expect: 1
Orders.InvoiceNum = 12
Trace(Orders.InvoiceNum..Null)               // expect: 0
Orders.InvoiceNum..Null = True
Trace(Orders.InvoiceNum = Null)              // expect: 1
Orders.InvoiceNum..Null = False
Trace(Orders.InvoiceNum, Orders.InvoiceNum..Null)   // expect: 0, 0
HReset(Product)
Product.Label..Null = True                   // expect error: does not accept NULL
