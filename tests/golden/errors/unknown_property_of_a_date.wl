// A property a Date does not have stops the run where wl check reports it (WL109, the
// same words); the properties it has, in English or French and any case, run
d is Date = "20261204"
Trace(d..Year, d..année, d..DAYOFWEEK) // expect: 2026, 2026, 5
du is Duration = 90 min
Trace(du..InMinutes, du..EnHeures) // expect: 90, 1.5
Trace(d..WeekDay) // expect error: A Date has no property 'WeekDay'
