// A Time stored into a DateTime is that time today: the date part is the one a DateTime
// declared without a value holds, as a Date so stored keeps a fresh DateTime's midnight
// (INFERRED, docs/semantics.md "A Time stored into a DateTime"). The Time's digits were
// read as a date: year 0130, month 00.
t is Time = "013015"
dt is DateTime = t
Trace(dt..Year = Today()..Year, dt..Hour, dt..Minute, dt..Second) // expect: 1, 1, 30, 15
Trace(Left(dt, 8) = DateSys()) // expect: 1
// Assigned later, from a Time moved by a Duration, and into a variable that held a date
dt2 is DateTime = "20240115103000"
dt2 = t + 2 h
Trace(Middle(dt2, 9, 6), dt2..Date = DateSys()) // expect: 033015, 1
du is Duration = 45 min
dt2 = du + t
Trace(dt2..Hour, dt2..Minute) // expect: 2, 15
// A Date still gives that day at midnight
d is Date = "20240229"
dt3 is DateTime = d
Trace(dt3) // expect: 20240229000000000
// A member or an element declared DateTime (or Variant) takes it the same way
STSlot is Structure
    dtStart is DateTime
    vAny is Variant
END
slot is STSlot
slot.dtStart = t
Trace(slot.dtStart..Hour, slot.dtStart..Minute) // expect: 1, 30
slot.vAny = d
Trace(TypeVar(slot.vAny) = wlDate) // expect: 1
arrStarts is array of 2 DateTime
arrStarts[2] = t
Trace(arrStarts[2]..Minute, arrStarts[2]..Date = DateSys()) // expect: 30, 1
// ...and added to an array of DateTime, or of Variant (which keeps the kind)
arrMore is array of DateTime
ArrayAdd(arrMore, t)
Trace(arrMore[1]..Hour, arrMore[1]..Minute) // expect: 1, 30
arrAny is array of Variant
Add(arrAny, d)
Add(arrAny, t)
Trace(TypeVar(arrAny[1]) = wlDate, TypeVar(arrAny[2]) = wlTime) // expect: 1, 1
