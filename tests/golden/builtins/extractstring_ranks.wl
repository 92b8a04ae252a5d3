// ExtractString's ranks: firstRank and nextRank walk the fields from the start, lastRank
// and previousRank from the end (previousRank did not exist); EOT past either end. The
// loop is the shape of the help's firstRank/nextRank loop (INFERRED for previousRank:
// docs/builtins.md).
sList is string = "Milan;Rome;Naples"
s is string = ExtractString(sList, lastRank, ";")
WHILE s <> EOT
  Trace(s)
  s = ExtractString(sList, previousRank, ";")
END
// expect: Naples
// expect: Rome
// expect: Milan
Trace(ExtractString(sList, firstRank, ";"), ExtractString(sList, nextRank, ";"))
// expect: Milan, Rome
Trace(ExtractString(sList, previousRank, ";"), ExtractString(sList, previousRank, ";") = EOT)
// expect: Milan, 1
