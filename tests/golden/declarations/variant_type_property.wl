// v..Type is the wl... constant of what v holds, as TypeVar(v) (wlNull for Null)
v is variant = 5
Trace(v..Type = wlInt, v..Type = TypeVar(v)) // expect: 1, 1
v = "text"
IF v..Type = wlString THEN Trace("a string") // expect: a string
v = Null
Trace(v..Type = wlNull) // expect: 1
t is array of int
Point is Structure
	x is int
END
p is Point
Trace(t..Type = wlArray, p..Type = wlStructure) // expect: 1, 1
SWITCH v..Type
	CASE wlNull: Trace("nothing yet") // expect: nothing yet
	OTHER CASE: Trace("something")
END
