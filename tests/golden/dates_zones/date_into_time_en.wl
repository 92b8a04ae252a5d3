// A Date stored into a Time is midnight, as a Date stored into a DateTime is that day at
// midnight (INFERRED, docs/semantics.md "A Date stored into a Time"): its digits were read
// as a time, so TimeToString gave "20:24:01:15". The same through a Variant, a member and
// a parameter; an empty Date stays empty.
dDue is Date = "20240115"
hAt is Time = dDue
Trace(TimeToString(hAt), hAt..Hour) // expect: 00:00:00:00, 0
vDay is Variant = dDue
hFromVariant is Time = vDay
Trace(hFromVariant) // expect: 00000000
STSlot is Structure
	hStart is Time
END
stSlot is STSlot
stSlot.hStart = dDue
Trace(stSlot.hStart) // expect: 00000000
ShowTime(dDue) // expect: 00000000
dNone is Date = ""
hNone is Time = dNone
Trace("[" + hNone + "]") // expect: []
PROCEDURE ShowTime(hGiven is Time)
Trace(hGiven)
