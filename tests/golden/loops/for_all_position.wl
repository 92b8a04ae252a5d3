// FOR ALL POSITION p OF sought IN text (FOR EACH POSITION too): p takes each 1-based
// position of `sought` in `text`, left to right, overlapping ones included, as
// PositionOccurrence's firstRank / nextRank walk gives them (decided: no stored page shows
// the statement, only a keyword list names it; docs/semantics.md "FOR ALL POSITION").
// It was a syntax error.
s is string = "abcabcab"
FOR ALL POSITION p OF "ab" IN s
	Trace(p)
END
// expect: 1
// expect: 4
// expect: 7
FOR EACH POSITION p OF "aa" IN "aaaa" FromEnd
	Trace(p)
END
// expect: 3
// expect: 2
// expect: 1
n is int
FOR ALL POSITION p OF "zz" IN s
	n++
END
Trace(n) // expect: 0
// the same positions as the walk of PositionOccurrence's help page (case kept)
sPlace is string = "Antananarivo, Madagascar"
sWalk, sLoop are strings
nAt is int = PositionOccurrence(sPlace, "an", firstRank)
WHILE nAt <> 0
	sWalk += [","] + nAt
	nAt = PositionOccurrence(sPlace, "an", nextRank)
END
FOR ALL POSITION nPos OF "an" IN sPlace
	sLoop += [","] + nPos
END
Trace(sLoop, sLoop = sWalk) // expect: 4,6, 1
