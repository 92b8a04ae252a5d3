// Help page "Extension procedure" (help.windev.com ?1514086): a global procedure whose
// header carries <extension> is called as a method of its first parameter's type; calls
// chain; in its body This is that first parameter and WL.Function reaches the built-in
// the procedure overrides. The stored page's examples section (tabs, Color) is cut off:
// the procedures below follow its declaration line, the results are what its rules give.
Text is string = "a" + TAB + "b"
Trace(Text.MyCustomProcedure())                 // expect: a    b
// You can chain the calls to extension procedures
Trace(Text.MyCustomProcedure().Shout())         // expect: A    B!
Trace("abc".Shout())                            // expect: ABC!
// An extension procedure that overrides a WLanguage function overrides <String>.Upper
Trace(Text.Upper())                             // expect: [A	B]
Trace(Upper("x"))                               // expect: [X]
// Other parameters follow the extended value
Trace("ab".RepeatWith(3, "-"))                  // expect: ab-ab-ab

PROCEDURE MyCustomProcedure(s is string) <extension>
RESULT Replace(s, TAB, "    ")

PROCEDURE Shout(s is string) <extension>
// 'This' refers to the first parameter
RESULT WL.Upper(This) + "!"

PROCEDURE Upper(s is string) <extension>
// 'WL.' calls the standard function and not this procedure
RESULT "[" + WL.Upper(This) + "]"

PROCEDURE RepeatWith(s is string, n is int, sep is string) <extension>
sResult is string
LOOP (n)
	sResult += [sep] + s
END
RESULT sResult
