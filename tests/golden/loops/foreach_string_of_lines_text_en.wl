// FOR EACH STRING over a text of lines written with `[` ... `]` right after OF: each line
// in turn (the French twin, `DE [`, stopped at the text's second word: DE was taken for
// an operand and `[` for a subscript; syntax/multiline_strings.py)
FOR EACH STRING sWord OF [
one word
two words
] SEPARATED BY CR
	Trace(sWord)
END
// expect: one word
// expect: two words
nSum is int = 0
FOR EACH STRING sPart OF "1;2;3" SEPARATED BY ";"
	nSum += Val(sPart)
END
Trace(nSum) // expect: 6
