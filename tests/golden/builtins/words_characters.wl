// WordOccurrence, WordToArray, CharactType, CharactOccurrenceType, NoLeft/NoRightCharacter, StringRetrieve (docs/builtins.md)
Trace(WordOccurrence("The quick, brown fox_jumps!"), WordOccurrence(""), WordOccurrence("  ...  ")) // expect: 5, 0, 0
Trace(WordOccurrence("a;b;;c", ";"), WordOccurrence("a--b::c", ["--", "::"])) // expect: 3, 3
words is array of strings = WordToArray("Hello, big world!")
Trace(ArrayCount(words), words[1], words[2], words[3]) // expect: 3, Hello, big, world
Trace(ArrayCount(WordToArray("x|y||z", "|"))) // expect: 3
Trace(CharactType("É") = ctLetter + ctUpperCase + ctAccent, CharactType("e") = ctLetter + ctLowerCase) // expect: 1, 1
Trace(CharactType("7") = ctDigit, CharactType(" ") = ctSpace, CharactType("!") = ctPunctuation, CharactType("")) // expect: 1, 1, 1, 0
Trace(CharactOccurrenceType("Hello World 42", ctLetter + ctUpperCase), CharactOccurrenceType("Hello World 42", ctDigit)) // expect: 2, 2
Trace(NoLeftCharacter("--abc--", "-"), NoRightCharacter("--abc--", "-"), NoRightCharacter("12.500", "0")) // expect: abc--, --abc, 12.5
b is Buffer = "C string" + Charact(0) + "garbage"
Trace(StringRetrieve(b, crAddressASCIIZ)) // expect: C string
u is Buffer = "h" + Charact(0) + "i" + Charact(0) + Charact(0) + Charact(0) + "x" + Charact(0)
Trace(StringRetrieve(u, crAddressUNICODE)) // expect: hi
x is int = 5
StringRetrieve(&x, crAddressASCIIZ) // expect error: wlinterp has no process memory
