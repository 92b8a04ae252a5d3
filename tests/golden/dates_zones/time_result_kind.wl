// A Time returned by a procedure (or a method) declared `: Time` keeps its kind when it
// goes straight to ArrayAdd, an array's Add method or a method's untyped parameter, as a
// Time variable does (docs/semantics.md "A Time returned by a procedure"): into an array
// of DateTime it is that time today (its digits were read as a date: "not a valid
// datetime").
CAgenda is Class
    m_n is int
END
arrAt is array of DateTime
ArrayAdd(arrAt, NextSlot())
arrAt.Add(NextSlot())
Trace(arrAt[1]..Hour, arrAt[2]..Minute, arrAt[1]..Date = DateSys()) // expect: 14, 30, 1
arrAny is array of Variant
ArrayAdd(arrAny, NextSlot())
Trace(TypeVar(arrAny[1]) = wlTime, arrAny[1]..Hour) // expect: 1, 14
o is CAgenda
o.Show(NextSlot())
// expect: 1, 14
// a method's declared result too, its object's class known
ArrayAdd(arrAt, o.Slot())
Trace(arrAt[3]..Hour, arrAt[3]..Minute) // expect: 9, 15
dtNext is DateTime = o.Slot()
vNext is Variant = o.Slot()
Trace(dtNext..Hour, dtNext..Date = DateSys(), TypeVar(vNext) = wlTime) // expect: 9, 1, 1
PROCEDURE NextSlot() : Time
RESULT "1430"
PROCEDURE CAgenda::Slot() : Time
RESULT "0915"
PROCEDURE CAgenda::Show(x)
Trace(TypeVar(x) = wlTime, x..Hour)
