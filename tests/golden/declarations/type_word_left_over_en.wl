// A word after a simple type that is not its size (`int Nope`, `int.Nope`) is refused at
// that word, in wl check (WL110) and in the run alike: it was dropped without a word and
// the variable was an int (docs/semantics.md "A word left over in a type";
// tests/diagnostics/type_word_left_over.wl pins the columns).
Trace("not reached")
nCount is int Nope // expect error: 'Nope' is not part of a type: 'int' is a type of its own, and nothing but its size may follow it
nCount = 3
Trace(nCount)
