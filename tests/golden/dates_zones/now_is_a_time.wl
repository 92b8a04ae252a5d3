// Now / TimeSys give a Time, Today / DateSys a Date (INFERRED, docs/semantics.md "Now and
// DateSys are a Time and a Date"; ?1514040's example adds DateSys() + TimeSys() as a
// Date and a Time, their texts joined). So a DateTime given Now() is that time today (it
// read the digits as a date: the year 1129), and TypeVar of a call agrees with a Variant
// given that call (TypeVar(DateSys()) said wlString, the Variant wlDate).
dt is DateTime = Now()
Trace(dt..Date = DateSys(), dt..Year = Today()..Year) // expect: 1, 1
Trace(Left(dt..Time, 4) = Left(Now(), 4) OR dt..Time < Now()) // expect: 1
Trace(TypeVar(Now()) = wlTime, TypeVar(TimeSys()) = wlTime) // expect: 1, 1
Trace(TypeVar(DateSys()) = wlDate, TypeVar(Today()) = wlDate) // expect: 1, 1
v is Variant = DateSys()
Trace(TypeVar(v) = TypeVar(DateSys())) // expect: 1
v = Now()
Trace(TypeVar(v) = TypeVar(Now())) // expect: 1
// still texts where a text is wanted
s is string = Now()
Trace(Length(s), Length(DateSys() + TimeSys()), Length("at " + Now())) // expect: 8, 16, 11
