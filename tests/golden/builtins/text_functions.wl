// Text family: StringCompare, StringFormat, UTF-8 conversions
Trace(StringCompare("Le développement facile", "Le développement simple")) // expect: -1
Trace(StringCompare("abc", "abc"), StringCompare("b", "a"), StringCompare("B", "a")) // expect: 0, 1, -1
Trace(StringCompare("ABC", "abc", ccIgnoreCase)) // expect: 0
Trace(StringCompare("Élève", "eleve", ccIgnoreAccent + ccIgnoreCase)) // expect: 0
Trace(StringCompare("  abc ", "abc", ccIgnoreSpace)) // expect: 0
Trace(StringCompare("06.12-34", "061234", ccIgnorePunctuationAndSpace)) // expect: 0
Trace(StringCompare("B", "a", ccLexicographicOrder)) // expect: 1
Trace(StringFormat("C'est Éric", ccIgnoreAccent + ccLowCase)) // expect: c'est eric
Trace(StringFormat("  a  b  ", ccIgnoreSpace + ccIgnoreInsideSpace + ccUpCase)) // expect: AB
Trace(StringFormat("+33 (0)6 12-34", ccIgnorePunctuationAndSpace)) // expect: 33061234
Trace(Length(StringToUTF8("Noël")), Length(StringToUTF8("abc"))) // expect: 5, 3
Trace(UTF8ToString(StringToUTF8("Noël €"))) // expect: Noël €
Trace(UTF8ToString("déjà")) // expect: déjà
Trace(StringFormat("a", ccUpCase + ccLowCase)) // expect error: ccUpCase and ccLowCase cannot be combined
