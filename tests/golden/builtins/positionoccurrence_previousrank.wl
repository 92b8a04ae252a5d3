// previousRank / rangPrécédent: no PC SOFT help page names it (docs/builtins.md,
// "PositionOccurrence walks"), so it is not defined: it reads as an undeclared (empty)
// variable, and a rank of 0 finds nothing. The documented walk is unchanged.
Trace(PositionOccurrence("abab", "a", lastRank))        // expect: 3
Trace(PositionOccurrence("abab", "a", previousRank))    // wl: ignore[WL101] // expect: 0
Trace(PositionOccurrence("abab", "a", rangPrécédent))   // wl: ignore[WL101] // expect: 0
Trace(PositionOccurrence("abab", "a", rangPremier))     // expect: 1
Trace(PositionOccurrence("abab", "a", rangSuivant))     // expect: 3
Trace(PositionOccurrence("abab", "a", rangSuivant))     // expect: 0
