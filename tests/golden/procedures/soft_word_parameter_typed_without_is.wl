// A parameter typed without IS (`PROCEDURE P(n int)`) whose name is a word that is a
// keyword only in its places (`a`, `on`): it was "unexpected 'int'" (docs/semantics.md,
// "Parameters typed without IS")
Trace(Box(2, 3)) // expect: 6
Trace(Label(7)) // expect: item 7 on shelf A
PROCEDURE Box(a int, b int) : int
RESULT a * b
PROCEDURE Label(on int, LOCAL de string = "A") : string
RESULT "item " + on + " on shelf " + de
