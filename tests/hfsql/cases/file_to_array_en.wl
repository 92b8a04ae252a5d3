// FileToArray / FichierVersTableau: records into an array of structures (no stored page:
// decided, docs/hfsql.md "FileToArray, HSetReplication")
ProductRow is Structure
	Reference is string
	label is string
	Price is currency
	Extra is int
END
FOR i = 1 TO 3
	HReset(Product)
	Product.Reference = "P" + i
	Product.Label = "item " + i
	Product.Price = i * 1.5
	HAdd(Product)
END
HReadFirst(Product, Reference)
rows is array of ProductRow
Add(rows)
Trace(FileToArray(rows, Product), ArrayCount(rows)) // expect: 1, 3
Trace(rows[2].Reference, rows[2].label, rows[2].Price, rows[2].Extra) // expect: P2, item 2, 3, 0
Trace(Product.Reference) // expect: P1
// a query's rows, into an array of a class (its members take the columns)
QRY is Data Source
HExecuteSQLQuery(QRY, "SELECT Reference, Price FROM Product WHERE Price >= 3")
items is array of CItem
Trace(FileToArray(items, QRY), ArrayCount(items), items[1].Reference, items[2].Price) // expect: 1, 2, P2, 4.5
Trace(items[1].Describe()) // expect: P2 costs 3
// an array of dynamic objects: one new object per row
refs is array of CItem dynamic
Trace(FileToArray(refs, QRY), ArrayCount(refs), refs[2].Describe()) // expect: 1, 2, P3 costs 4.5
Trace(HSetReplication(rplReplicationHeterogeneous), HSetReplication(rplReplicationNone)) // expect: 1, 1
Trace(HSetREP(True), HSetREP(False)) // expect: 1, 1
n is int
FileToArray(n, Product) // expect error: FileToArray: an array is expected

CItem is Class
	Reference is string
	Price is currency
END

PROCEDURE CItem::Describe()
RESULT Reference + " costs " + Price
