// A query's column named like a currency or Boolean item, the item's own column, reads as
// the item does, on both databases: on SQLite `ds.Balance` was a real (TypeVar wlReal)
// and `ds.VIP` an integer (wlInt), where PostgreSQL gave a currency and a Boolean, as
// Customer.Balance and Customer.VIP are. docs/hfsql.md "HListItem's options".
HReset(Customer)
Customer.Name = "Dupont"
Customer.Balance = 4.4
Customer.VIP = True
HAdd(Customer)
Trace(TypeVar(Customer.Balance) = wlCurrency, TypeVar(Customer.VIP) = wlBoolean)   // expect: 1, 1
ds is Data Source
HExecuteSQLQuery(ds, "SELECT Name, Balance, VIP FROM Customer")
HReadFirst(ds)
Trace(ds.Balance, TypeVar(ds.Balance) = wlCurrency, ds.VIP, TypeVar(ds.VIP) = wlBoolean)   // expect: 4.4, 1, 1, 1
Trace(ds.Balance * 3 = 13.2, ds.Balance = Customer.Balance)   // expect: 1, 1
all is Data Source
HExecuteSQLQuery(all, "SELECT * FROM Customer")
HReadFirst(all)
Trace(TypeVar(all.Balance) = wlCurrency, TypeVar(all.VIP) = wlBoolean, TypeVar(all.Name))   // expect: 1, 1, 16
