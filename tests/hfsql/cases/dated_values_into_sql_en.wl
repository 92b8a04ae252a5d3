// Date, Time, DateTime and Duration values given to the paths that turn a value into SQL:
// a query's parameters ({p} and :p on a Data Source, HPrepareSQLQuery), a seek's value,
// HFilter's bounds, FOR EACH ... WHERE. Each reaches the database in the form an item
// stores: a Date its 8 digits, a Time HHMMSSCC, a DateTime its 17 digits, a Duration its
// milliseconds (as an integer item holds it). A Duration given as a query parameter was
// refused by the driver ("type 'WLDuration' is not supported"). Decided, INFERRED:
// docs/hfsql.md "Queries, data sources, aliases".
fd is File Description
itm is Item Description
fd..Name = "Visit"
itm..Name = "Code"
itm..Type = hItemText
itm..Size = 10
itm..KeyType = hUniqueKey
HDescribeItem(fd, itm)
itm..Name = "Day"
itm..Type = hItemDate
itm..KeyType = hDuplicatesKey
HDescribeItem(fd, itm)
itm..Name = "At"
itm..Type = hItemTime
HDescribeItem(fd, itm)
itm..Name = "Stamp"
itm..Type = hItemDateTime
HDescribeItem(fd, itm)
itm..Name = "Ms"
itm..Type = hItemInt
HDescribeItem(fd, itm)
HDescribeFile(fd)
HCreation(Visit)
d is Date = "20250105"
t is Time = "10:30"
dt is DateTime = "20250105103000000"
du is Duration = "2 h"
Visit.Code = "A"
Visit.Day = d
Visit.At = t
Visit.Stamp = dt
Visit.Ms = du
Trace(HAdd(Visit), Visit.Day, Visit.At, Visit.Stamp, Visit.Ms)   // expect: 1, 20250105, 10300000, 20250105103000000, 7200000
Visit.Code = "B"
Visit.Day = "20250210"
Visit.At = "17:45"
Visit.Stamp = "20250210174500000"
Visit.Ms = 60000
Trace(HAdd(Visit))                                    // expect: 1
// a Data Source's {parameters}
src is Data Source
src.pDay = d
src.pAt = t
src.pStamp = dt
src.pMs = du
Trace(HExecuteSQLQuery(src, "SELECT Code FROM Visit WHERE Day = {pDay} AND At = {pAt} AND Stamp = {pStamp} AND Ms = {pMs}"), HNbRec(src))   // expect: 1, 1
Trace(HReadFirst(src), src.Code)                      // expect: 1, A
// each value as the database is given it
shown is Data Source
shown.pDay = d
shown.pAt = t
shown.pStamp = dt
shown.pMs = du
HExecuteSQLQuery(shown, "SELECT {pDay} AS a, {pAt} AS b, {pStamp} AS c, {pMs} AS e")
Trace(HReadFirst(shown), shown.a, shown.b, shown.c, shown.e)   // expect: 1, 20250105, 10300000, 20250105103000000, 7200000
// :parameters, and a Duration below a bound
below is Data Source
below.pMs = du
Trace(HExecuteSQLQuery(below, "SELECT Code FROM Visit WHERE Ms < :pMs"), HReadFirst(below), below.Code)   // expect: 1, 1, B
// a prepared query run twice with other values
q is Data Source
Trace(HPrepareSQLQuery(q, "SELECT Code FROM Visit WHERE At = :pAt AND Ms = :pMs"))   // expect: 1
q.pAt = t
q.pMs = du
Trace(HExecuteSQLQuery(q), HReadFirst(q), q.Code)     // expect: 1, 1, A
t = "17:45"
q.pAt = t
q.pMs = 1 min
Trace(HExecuteSQLQuery(q), HReadFirst(q), q.Code)     // expect: 1, 1, B
// seeks, filters and FOR EACH ... WHERE with the same values
Trace(HReadSeekFirst(Visit, Day, d), Visit.Code)      // expect: 1, A
Trace(HReadSeekFirst(Visit, Code, "B"), HReadSeekFirst(Visit, Ms, du), Visit.Code)   // expect: 1, 1, A
n is int
FOR EACH Visit WHERE At = t AND Ms = du
	n++
END
Trace(n)                                              // expect: 0
t = "10:30"
FOR EACH Visit WHERE At = t AND Ms = du
	n++
END
Trace(n)                                              // expect: 1
HFilter(Visit, Day, d, "20250131")
n = 0
FOR EACH Visit
	n++
END
Trace(n)                                              // expect: 1
HDeactivateFilter(Visit)
