// `string on N` with a size that is no whole number of 1 or more, nor an integer constant,
// is refused before the run: it was dropped, and the string kept every character
// (decided: docs/semantics.md "string on a constant").
Trace("never shown")
sCode is string on 2.5 = "ABCDEF" // expect error: the size of a 'string on N' is a whole number of characters, 1 or more, or an integer constant, not 2.5
