// A value of an enumeration declared in another file of the project, written bare
// (`m_eErreurType = errWindev` in a Firebase SDK's class, its enumeration declared in a
// set of procedures): the file declaring it was not loaded, since only the names of
// procedures, globals, constants, structures, classes and enumerations loaded a
// neighbour, so the value was "not declared" (WL101) and, run, an empty variant. The
// values of a neighbour's enumerations load it too. Beside it: order_states.wl.
vState is Variant = stateShipped
Trace(vState, vState..Value) // expect: stateShipped, SHIPPED
IF vState = stateShipped THEN Trace("shipped") // expect: shipped
Trace(Described(stateLost)) // expect: lost

PROCEDURE Described(eState)
SWITCH eState
	CASE stateNew : RESULT "new"
	CASE stateLost : RESULT "lost"
END
RESULT "?"
