// FOR EACH STRING with a subscript (and a pass counter), as FOR EACH on an array takes
// them: the pieces are numbered from 1 (INFERRED: the FOR EACH STRING page is not in the
// stored copy; docs/semantics.md). It was a syntax error: "unexpected ','; expected OF".
FOR EACH STRING sWord, nIndex OF "red;green;blue" SEPARATED BY ";"
	Trace(nIndex, sWord)
END
// expect: 1, red
// expect: 2, green
// expect: 3, blue
FOR EACH STRING sWord, nIndex, nPass OF "a,b;c" SEPARATED BY [",", ";"] FromEnd
	Trace(nIndex, nPass, sWord)
END
// expect: 3, 1, c
// expect: 2, 2, b
// expect: 1, 3, a
FOR ALL POSITION nPos, nIndex OF "ab" IN "xabyab"
	Trace(nIndex, nPos)
END
// expect: 1, 2
// expect: 2, 5
