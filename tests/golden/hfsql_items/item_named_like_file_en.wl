// An item named like a data file: Orders has an item Customer (and Label an item Label)
// in the analysis (item_named_like_file_en.files/orders.xdd). Where an H* function takes
// an item, the bare name is the item: HReadSeekFirst(Orders, Customer, 9) seeks the item
// Customer of Orders. It was the data file Customer: "A value of type data file cannot
// be converted to a string" (docs/hfsql.md "Record buffer"). The keys are plain integers (no automatic
// identifier: its counter would be saved into the database file after its deletion).
Trace(HOpenAnalysis("orders.xdd"))                         // expect: 1
Orders.OrderID = 1
Orders.Customer = 7
Orders.Label = "x"
HAdd(Orders)
Orders.OrderID = 2
Orders.Customer = 9
HAdd(Orders)
Trace(HReadSeekFirst(Orders, Customer, 9), Orders.OrderID)  // expect: 1, 2
Trace(HReadSeek(Orders, Customer, 7), Orders.OrderID)       // expect: 1, 1
Trace(Orders.ReadSeekFirst(Customer, 9), Orders.OrderID)    // expect: 1, 2
Label.LabelID = 1
Label.Label = "hello"
HAdd(Label)
Trace(HReadSeekFirst(Label, Label, "hello"), Label.LabelID) // expect: 1, 1
HFilter(Orders, Customer, 7)
Trace(HReadFirst(Orders), Orders.OrderID, HOut(Orders))     // expect: 1, 1, 0
HDeactivateFilter(Orders)
FOR EACH Orders WHERE Customer = 9
	Trace(Orders.OrderID)                                    // expect: 2
END
HClose("*")
Trace(HCloseAnalysis())                                     // expect: 1
fDelete("orders.db")
