// An item's ..Type, as real code tests it to build an export or a form: the hItem...
// constant of the item's type in the analysis (item_types_of_an_analysis_en.files/
// stock.xdd), in English or French (hItemInt, hRubEntier), and of a query's columns.
// It was the type of the value held (wlInt, wlString...), so `Product.Stock..Type =
// hItemInt` was false and every column fell into OTHER CASE (docs/hfsql.md "Files
// described in code"). A 2-byte integer is hItemInt, as a 4-byte one.
Trace(HOpenAnalysis("stock.xdd"))                                   // expect: 1
Trace(Product.Stock..Type = hItemInt, Product.ProductID..Type = hItemInt) // expect: 1, 1
Trace(Product.Label..Type = hRubTexte, Product.Price..Type = hItemCurrency) // expect: 1, 1
Trace(Product.Added..Type = hRubDate, Product.Checked..Type = hItemDateTime) // expect: 1, 1
Trace(Product.Active..Type = hItemBoolean, Product.Notes..Type = hItemMemoText) // expect: 1, 1
Product.Label = "Bolt"
Product.Stock = 12
HAdd(Product)
Trace(ColumnKind(Product.Label..Type), ColumnKind(Product.Stock..Type), ColumnKind(Product.Added..Type)) // expect: TEXT, NUMBER, DATE
ds is Data Source
HExecuteSQLQuery(ds, "SELECT Label, Stock FROM Product")
HReadFirst(ds)
Trace(ds.Label, ds.Label..Type = hItemText)                         // expect: Bolt, 1
// anything else keeps its own ..Type: a variable's member, a JSON member
r is Record of Product
r.Stock = 3
Trace(r.Stock..Type = hItemInt)                                     // expect: 0
HClose("*")
Trace(HCloseAnalysis())                                             // expect: 1
fDelete("stock.db")

PROCEDURE ColumnKind(nType is int) : string
SWITCH nType
	CASE hItemText, hItemMemoText : RESULT "TEXT"
	CASE hItemInt, hItemReal, hItemCurrency : RESULT "NUMBER"
	CASE hItemDate, hItemDateTime : RESULT "DATE"
	OTHER CASE : RESULT "OTHER"
END
