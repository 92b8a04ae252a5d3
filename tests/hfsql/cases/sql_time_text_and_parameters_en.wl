// A Time or DateTime item compared in hand-written SQL with a time written 'HH:MM'
// ('HH:MM:SS', 'YYYY-MM-DD HH:MM' for a DateTime), and a query parameter compared with a
// Date, Time or DateTime item (a text "17:45", "2025-01-05", a number 20250105), are the
// text the item holds ("17450000"...), as a date written 'YYYY-MM-DD' is: the texts were
// compared as written (':' sorts after the digits), so "BETWEEN '08:00' AND '18:00'"
// missed 08:30, "= '17:45'" and "= {pAt}" found nothing, and PostgreSQL refused a number
// against the item. docs/hfsql.md "Queries, data sources, aliases".
fd is File Description
itm is Item Description
fd..Name = "Visit"
itm..Name = "Code"
itm..Type = hItemText
itm..Size = 10
itm..KeyType = hUniqueKey
HDescribeItem(fd, itm)
itm..Name = "At"
itm..Type = hItemTime
itm..KeyType = hNotAKey
HDescribeItem(fd, itm)
itm..Name = "Stamp"
itm..Type = hItemDateTime
HDescribeItem(fd, itm)
HDescribeFile(fd)
HCreation(Visit)
FOR EACH s, i OF ["A", "B", "C"]
	Visit.Code = s
	Visit.At = ["08:30", "17:45", "20:00"][i]
	Visit.Stamp = "2025-01-0" + i + " 1" + i + ":00"
	HAdd(Visit)
END
ds is Data Source
HExecuteSQLQuery(ds, "SELECT Code FROM Visit WHERE At BETWEEN '08:00' AND '18:00' ORDER BY Code")
Trace(HNbRec(ds), HReadFirst(ds), ds.Code) // expect: 2, 1, A
HExecuteSQLQuery(ds, "SELECT Code FROM Visit WHERE Visit.At = '17:45:00'")
Trace(HNbRec(ds), HReadFirst(ds), ds.Code) // expect: 1, 1, B
HExecuteSQLQuery(ds, "SELECT Code FROM Visit WHERE At >= '9:00' AND Stamp < '2025-01-03 09:00'")
Trace(HNbRec(ds), HReadFirst(ds), ds.Code) // expect: 1, 1, B
// the text on the left of the item, and IN's list (they were compared as written)
HExecuteSQLQuery(ds, "SELECT Code FROM Visit WHERE '9:00' <= At AND At NOT IN ('20:00', '0830') ORDER BY Code")
Trace(HNbRec(ds), HReadFirst(ds), ds.Code) // expect: 1, 1, B
HExecuteSQLQuery(ds, "SELECT Code FROM Visit WHERE At IN ('08:30', '20:00:00') ORDER BY Code")
Trace(HNbRec(ds), HReadFirst(ds), ds.Code) // expect: 2, 1, A
// a time text that is no dated item's stays as written
HExecuteSQLQuery(ds, "SELECT '17:45' AS t FROM Visit WHERE Code = 'A'")
Trace(HReadFirst(ds), ds.t) // expect: 1, 17:45
// parameters: {p} of the query editor, :p of the native accesses
q is Data Source
q.pAt = "17:45"
HExecuteSQLQuery(q, hQueryDefault, "SELECT Code FROM Visit WHERE At = {pAt}")
Trace(HNbRec(q), HReadFirst(q), q.Code) // expect: 1, 1, B
q2 is Data Source
q2.pFrom = "08:00"
q2.pTo = "18:00"
HExecuteSQLQuery(q2, hQueryDefault, "SELECT Code FROM Visit WHERE At BETWEEN {pFrom} AND {pTo} ORDER BY Code")
Trace(HNbRec(q2)) // expect: 2
HReset(Customer)
Customer.Name = "A"
HAdd(Customer)
HReset(Orders)
Orders.CustomerID = Customer.CustomerID
Orders.OrderDate = "20250105"
HAdd(Orders)
q3 is Data Source
q3.pD = "2025-01-05"
HExecuteSQLQuery(q3, hQueryDefault, "SELECT OrderID FROM Orders WHERE OrderDate = {pD}")
Trace(HNbRec(q3)) // expect: 1
q4 is Data Source
q4.pD = 20250105
HExecuteSQLQuery(q4, hQueryDefault, "SELECT OrderID FROM Orders WHERE OrderDate >= {pD}")
Trace(HNbRec(q4)) // expect: 1
// a parameter written before the item, and parameters in IN's list (they were compared
// as given: '9:00' <= At found nothing, nor At IN ('17:45', '20:00'))
q5 is Data Source
q5.pFrom = "9:00"
HExecuteSQLQuery(q5, hQueryDefault, "SELECT Code FROM Visit WHERE {pFrom} <= At ORDER BY Code")
Trace(HNbRec(q5), HReadFirst(q5), q5.Code) // expect: 2, 1, B
q6 is Data Source
q6.p1 = "17:45"
q6.p2 = "20:00"
HExecuteSQLQuery(q6, hQueryDefault, "SELECT Code FROM Visit WHERE At NOT IN ({p1}, {p2}) OR :p1 = At ORDER BY Code")
Trace(HNbRec(q6)) // expect: 2
