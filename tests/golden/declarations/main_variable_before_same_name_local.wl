// A name read in a procedure above the declaration of its own variable of that name,
// when the main code has a variable of that name, is the main code's variable, even
// when a constant has that name too (TAB): the main code's variable hides the constant
// everywhere else (INFERRED, docs/semantics.md "A name read above its variable's
// declaration"); it read the constant, a tab character, and wl check said the main
// code's variable was never used.
tab is string = "G"
cr is int = 4
P()
Q()

PROCEDURE P()
s is string = "[" + tab + "]"
Trace(s, Length(s)) // expect: [G], 3
Trace(cr + 1) // expect: 5
tab is string = "z"
cr is int = 9
Trace(tab, cr) // expect: z, 9
PROCEDURE Q()
Trace(tab, cr) // expect: G, 4
