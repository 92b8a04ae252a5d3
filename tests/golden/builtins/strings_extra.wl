// StringDelete, NoCharacter, CharactUnicode, GetIdentifier, StringToArray
Trace(StringDelete("a-b-c-", "-"), StringDelete("Hello HELLO x", "hello ", IgnoreCase)) // expect: abc, x
Trace("[" + NoCharacter("**abc*d**", "*") + "]") // expect: [abc*d]
Trace("[" + NoCharacter("--ab-c--", "-", sscInside + sscOutside) + "]") // expect: [abc]
Trace("[" + NoCharacter("xxaxx", "x", sscBeginning) + "]") // expect: [axx]
Trace(CharactUnicode(8364), GetIdentifier(), GetIdentifier()) // expect: €, 1, 2
t is array of int
StringToArray("1;2;3", t, ";")
Trace(ArrayCount(t), t[2] + 1) // expect: 3, 3
s is array of strings = StringToArray("a" + CR + "b" + CR + "c")
Trace(ArrayCount(s), s[3]) // expect: 3, c
u is array of strings = StringToArray("x,y", ",")
Trace(ArrayToString(u, "|")) // expect: x|y
StringToArray("", t, ";")
Trace(ArrayCount(t)) // expect: 0
Trace(Upper("straße"), Length(Upper("ß"))) // expect: STRAßE, 1
