// A name read above the declaration of a variable of that name (any case) is the
// constant of that name: the variable is known from its declaration on (INFERRED,
// docs/semantics.md "A name read above its variable's declaration"); it was "used
// before its declaration", in wl run and in wl check.
n is int = Length(cr + "x")
cr is int = 5
Trace(n, cr) // expect: 3, 5
Build()

PROCEDURE Build()
s is string = "a" + TAB + "b"
Trace(Length(s), Position(s, Tab)) // expect: 3, 2
IF tab = Charact(9) THEN Trace("a tab") // expect: a tab
tab is array of int
tab.Add(7)
Trace(TAB[1], Tab.Count) // expect: 7, 1
