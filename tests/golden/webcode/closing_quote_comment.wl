// A text of several lines whose closing line carries a comment holding a quote (`"  //
// the "closing`): the quotes of a comment open no string, so that line closes the text.
// The line is read up to its `//` (outside a string): a `//` inside a string is text.
s is string = "
line one
"  // the "closing
Trace(s) // expect: line one
t is string = "
line two
" + "a // b" // it's "odd
Trace(t) // expect: line twoa // b
