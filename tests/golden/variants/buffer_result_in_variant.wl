// A Buffer returned by a built-in (HashString, fLoadBuffer, HexaToBuffer, Decode,
// StringToUTF8...) put into a Variant, a Variant member or element, an array of Variant
// or an untyped parameter is a Buffer for TypeVar and ..Type, as a Buffer variable's
// value is (it said wlString). Encode gives a Buffer for a Buffer, else a string; what is
// computed from a Buffer, and a string variable given one, are strings (decided,
// docs/semantics.md "A Variant holding a Buffer").
v is Variant = HashString(HA_MD5, "abc")
Trace(TypeVar(v) = wlBuffer, v..Type = wlBuffer, Length(v)) // expect: 1, 1, 16
v = HexaToBuffer("414243")
Trace(TypeVar(v) = wlBuffer, v) // expect: 1, ABC
sFile is string = fTempPath() + fSep() + "wl_buffer_result.bin"
fSaveBuffer(sFile, "xyz")
v2 is Variant = fLoadBuffer(sFile)
fDelete(sFile)
Trace(TypeVar(v2) = wlBuffer, v2) // expect: 1, xyz
t is array of Variant
Add(t, HashString(HA_SHA_256, "a"))
Add(t, "")
t[2] = Decode("QUJD")
Trace(TypeVar(t[1]) = wlBuffer, TypeVar(t[2]) = wlBuffer, t[2]) // expect: 1, 1, ABC
STRUCTURE Box
  x is Variant
END
o is Box
o.x = StringToUTF8("é")
vm is Variant
vm.k = HexaToBuffer("00FF")
Trace(TypeVar(o.x) = wlBuffer, Length(o.x), TypeVar(vm.k) = wlBuffer) // expect: 1, 2, 1
Trace(TypeVar(HashString(HA_MD5, "a")) = wlBuffer, Kind(HexaToBuffer("41"))) // expect: 1, wlBuffer
w is Variant = Encode("abc")
w2 is Variant = Encode(HexaToBuffer("41"))
Trace(TypeVar(w) = wlString, TypeVar(w2) = wlBuffer) // expect: 1, 1
s is string = HashString(HA_MD5, "a")
w3 is Variant = HexaToBuffer("41") + "z"
w4 is Variant = UTF8ToString(StringToUTF8("é"))
Trace(TypeVar(s) = wlString, TypeVar(w3) = wlString, TypeVar(w4) = wlString, w4) // expect: 1, 1, 1, é
PROCEDURE Kind(x)
  IF TypeVar(x) = wlBuffer THEN RESULT "wlBuffer"
  RESULT "wlString"
