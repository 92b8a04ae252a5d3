// StringDelete, NoCharacter, CharactUnicode, GetIdentifier
Trace(StringDelete("a-b-c-", "-"), StringDelete("Hello HELLO x", "hello ", IgnoreCase)) // expect: abc, x
Trace("[" + NoCharacter("**abc*d**", "*") + "]") // expect: [abc*d]
Trace("[" + NoCharacter("--ab-c--", "-", sscInside + sscOutside) + "]") // expect: [abc]
Trace("[" + NoCharacter("xxaxx", "x", sscBeginning) + "]") // expect: [axx]
Trace(CharactUnicode(8364), GetIdentifier(), GetIdentifier()) // expect: €, 1, 2
