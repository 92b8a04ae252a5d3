// A Duration stored into a boolean, by =, += or -= (a boolean plus or minus a Duration is
// a Duration): the run stops, "A value of type duration cannot be used as a boolean.";
// WL110 at the boolean (docs/semantics.md "A Duration stored into a boolean"). A Date
// added to a boolean is a Date moved, which a boolean takes: not said.
PROCEDURE Flags(bDone is boolean, duWait is Duration, dDue is Date)
bDone = duWait // error: WL110:1 a value of type duration cannot be used as a boolean: 'bDone' is a boolean, and duWait is a Duration
bDone += duWait // error: WL110:1 a value of type duration cannot be used as a boolean: 'bDone' is a boolean, and bDone + duWait is a Duration
bDone -= 2 s // error: WL110:1 a value of type duration cannot be used as a boolean: 'bDone' is a boolean, and bDone - 2 s is a Duration
bLate is boolean = 1 min 30 s // error: WL110:1 a value of type duration cannot be used as a boolean: 'bLate' is a boolean, and 1 min 30 s is a Duration
bDone += dDue
Trace(bDone, bLate)
