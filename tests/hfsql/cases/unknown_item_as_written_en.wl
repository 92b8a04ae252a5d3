// An item the data file does not have is named in the error as the line writes it
// ('NickName', not the folded 'nickname' the compiled code looks up)
HReset(Customer)
Customer.Name = "Moore"
Trace(Customer.Name)          // expect: Moore
Trace(Customer.NickName)
// expect error: 'NickName' is not an item of the data file Customer.
