// <Date>.ToDay() is DateToDay (the day of the week, 1 for Monday), not Today() given
// the date: "ToDay expects 0 parameter(s) but received 1" stopped the run. Today() is
// still today's date.
dDue is Date = "20240131"
Trace(dDue.ToDay()) // expect: 3
Trace(dDue.ToDay() = DateToDay(dDue)) // expect: 1
vDue is Variant = dDue
Trace(vDue.ToDay()) // expect: 3
dtMeeting is DateTime = "20240203103000"
Trace(dtMeeting.ToDay()) // expect: 6
Trace(Today() = DateSys()) // expect: 1
Trace(dDue.ToDayInAlpha()) // expect: Wednesday
