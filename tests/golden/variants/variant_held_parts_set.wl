// A part of the Duration, Date, Time or DateTime a Variant holds is set as a declared
// one's is (`v..Minute = 5`, `v..Day += 1`: it carries) and the Variant keeps the kind;
// it stopped with "A value of type duration has no member 'Minute'". (docs/semantics.md
// "Parts of a value a Variant holds")
v is Variant = 3 min 30 s
v..Minute = 5
Trace(v)   // expect: 5 min 30 s
v..InSeconds = 90
Trace(v, TypeVar(v) = wlDuration)   // expect: 1 min 30 s, 1
dDue is Date = "20240131"
v = dDue
v..Day = 15
v..Month += 1
Trace(v, TypeVar(v) = wlDate)   // expect: 20240215, 1
v = "20240105103000"
dtStart is DateTime = v
v = dtStart
v..Hour += 15
Trace(DateTimeToString(v, "DD/MM/YYYY HH:MM"))   // expect: 06/01/2024 01:30
Show(2 h)
v = 3 min
v..Year = 2   // expect error: A Duration has no property 'Year' to set: its parts are Day, Hour, Minute, Second and Millisecond, and InDays, InHours, InMinutes, InSeconds and InMilliseconds give it in one unit (in French Jour, Heure, Minute, Seconde, Milliseconde, EnJours, EnHeures...).

PROCEDURE Show(p)
p..Minute = 45
Trace(p)   // expect: 2 h 45 min
