// TypeVar of a `UNICODE string` variable is wlUnicodeString; of a plain or ANSI string,
// wlString (its value 16 VERIFIED: ?1514044). wlUnicodeString and wlBinaryMemo are the
// constants real code tests beside wlString and wlBuffer; their values are wlinterp's
// (UNVERIFIED: the TypeVar page is not stored; docs/builtins.md "TypeVar")
s is UNICODE string = "été"
a is ANSI string = "été"
p is string = "été"
Trace(TypeVar(s) = wlUnicodeString, s..Type = wlUnicodeString) // expect: 1, 1
Trace(TypeVar(a) = wlString, TypeVar(p) = wlString, wlString) // expect: 1, 1, 16
Trace(TypeVar(s + "!") = wlString, TypeVar(s) IN (wlString, wlUnicodeString, wlBuffer)) // expect: 1, 1
b is Buffer = "x"
Trace(TypeVar(b) = wlBuffer OR TypeVar(b) = wlBinaryMemo, wlBinaryMemo <> wlBuffer) // expect: 1, 1
// a UNICODE string given to a plain string variable is plain text there: wlString, and
// its bytes are no longer UTF-16 (it kept the UNICODE mark: wlUnicodeString, "E9 00")
u is UNICODE string = "é"
p2 is string = u
p3 is string
p3 = u
Trace(TypeVar(p2) = wlString, TypeVar(p3) = wlString, BufferToHexa(p3), BufferToHexa(u)) // expect: 1, 1, E9, E9 00
