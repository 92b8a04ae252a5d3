// A Date, Time or DateTime variable given to a method keeps its kind, as given to a
// procedure: a parameter declared DateTime given a Time holds that time today (it read
// the Time's digits as a date), an untyped parameter answers TypeVar wlTime, and an
// array's Add method puts the time into an array of DateTime (docs/semantics.md). A
// DateTime member read by its bare name in a method has its parts (m_dtNext..Hour read
// the year's first digits, 20).
CPlanner is Class
    m_dtNext is DateTime
END
t is Time = "0745"
o is CPlanner
o.SetNext(t)
// expect: 7, 45, 1
o.Kind(t)
// expect: 1
arrSlots is array of DateTime
arrSlots.Add(t)
Trace(arrSlots[1]..Hour, arrSlots[1]..Minute) // expect: 7, 45
PROCEDURE CPlanner::SetNext(x is DateTime)
m_dtNext = x
Trace(m_dtNext..Hour, m_dtNext..Minute, m_dtNext..Date = DateSys())
PROCEDURE CPlanner::Kind(p)
Trace(TypeVar(p) = wlTime)
