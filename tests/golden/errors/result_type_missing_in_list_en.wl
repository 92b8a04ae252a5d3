// A list of result types with a type left out is a syntax error at the list (docs/semantics.md
// "Several values"); it was read as a variant without a word.
Trace(Pair())

PROCEDURE Pair() : (int, ) // expect error: a type is missing in the list of result types (int, )
RESULT (1, 2)
