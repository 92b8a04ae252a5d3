// LF: the line feed alone (character 10), as real code uses it beside CR and TAB: to cut
// a text that came from Unix, or to turn its lines into WLanguage's CR lines
Trace(Length(LF), Asc(LF), LF = Charact(10), Length(CR))   // expect: 1, 10, 1, 2
sUnix is string = "first" + LF + "second" + LF + "third"
Trace(ExtractString(sUnix, 2, LF), StringCount(sUnix, LF))   // expect: second, 2
sLines is string = Replace(sUnix, LF, CR)
Trace(Length(sLines), ExtractString(sLines, 3, CR))   // expect: 20, third
// and back: a CR line becomes a LF line
Trace(Replace(sLines, CR, LF) = sUnix)   // expect: 1
// code that declares its own LF keeps it
Trace(OwnLF())   // expect: a<lf>b

PROCEDURE OwnLF()
LF is string = "<lf>"
RESULT "a" + LF + "b"
