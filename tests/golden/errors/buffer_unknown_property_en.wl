// A property a Buffer does not have, read with `..` or `.`: the run stops at its name
// naming a Buffer, as `wl check` says first (WL109); it said "A string has no property",
// and check said nothing. ..Size / ..Length are a Buffer's (its bytes).
bufData is Buffer = "abc"
Trace(bufData..Size) // expect: 3
Trace(bufData..Colour) // expect error: A Buffer has no property 'Colour'.
