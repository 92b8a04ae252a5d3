// A Time or a Date variable given a DateTime keeps its part of it (INFERRED,
// docs/semantics.md "A DateTime stored into a Date or a Time"): the Time held the whole
// "YYYYMMDDHHMMSSCCC" text, so h..Hour read the first digits of the year (20) and
// TimeToString(dt) failed; TimeToString of a DateTime formats its time.
dtPickup is DateTime = "202612091745"
hPickup is Time = dtPickup
Trace(hPickup) // expect: 17450000
Trace(hPickup..Hour) // expect: 17
dPickup is Date = dtPickup
Trace(dPickup) // expect: 20261209
Trace(DateToString(dPickup, "DD/MM/YYYY")) // expect: 09/12/2026
Trace(TimeToString(dtPickup, "HH:MM")) // expect: 17:45
hLater is Time
hLater = dtPickup
hLater..Minute += 30
Trace(TimeToString(hLater)) // expect: 18:15:00:00
dtBack is DateTime = dPickup
Trace(dtBack) // expect: 20261209000000000
