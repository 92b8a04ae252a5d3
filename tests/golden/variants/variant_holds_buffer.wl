// A Variant given a Buffer holds a Buffer: TypeVar and ..Type answer wlBuffer, as for
// the Buffer variable (they said wlString: a Buffer's bytes are held as a string). The
// same for an untyped parameter, an array of Variant and a Variant member; what is
// computed from it (`v + "x"`) and a string given it are strings (decided,
// docs/semantics.md "A Variant holding a Buffer").
b is Buffer = "abc"
v is Variant = b
Trace(TypeVar(b) = wlBuffer, TypeVar(v) = wlBuffer, v..Type = wlBuffer) // expect: 1, 1, 1
v2 is Variant
v2 = b
Trace(TypeVar(v2) = wlBuffer, v2, Length(v2), v2 = "abc", v2 + "d") // expect: 1, abc, 3, 1, abcd
s is string = v2
v5 is Variant = v2 + "x"
sv is string = "abc"
v3 is Variant = sv
Trace(TypeVar(s) = wlString, TypeVar(v5) = wlString, TypeVar(v3) = wlString) // expect: 1, 1, 1
t is array of Variant
ArrayAdd(t, b)
STRUCTURE Box
  x is Variant
END
o is Box
o.x = b
Trace(TypeVar(t[1]) = wlBuffer, TypeVar(o.x) = wlBuffer) // expect: 1, 1
Trace(Kind(b), Kind(sv)) // expect: wlBuffer, wlString
c is Buffer = v2
Trace(c, TypeVar(c) = wlBuffer) // expect: abc, 1
PROCEDURE Kind(x)
  IF TypeVar(x) = wlBuffer THEN RESULT "wlBuffer"
  RESULT "wlString"
