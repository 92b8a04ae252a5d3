// previousRank walks PositionOccurrence backwards (docs/builtins.md "PositionOccurrence
// walks": INFERRED, the rank ExtractString pairs with lastRank). The string is the help
// page's; lastRank + previousRank gives the page's positions of "a"/"A" in reverse.
MyString is string = "Antananarivo, Madagascar"
MyPosition is int = PositionOccurrence(MyString, "a", lastRank, IgnoreCase)
Found is string
WHILE MyPosition <> 0
    Found += MyPosition + ";"
    MyPosition = PositionOccurrence(MyString, "a", previousRank, IgnoreCase)
END
Trace(Found)                                             // expect: 23;20;18;16;8;6;4;1;
// a walk turns back from either end
Trace(PositionOccurrence("abab", "a", firstRank))       // expect: 1
Trace(PositionOccurrence("abab", "a", nextRank))        // expect: 3
Trace(PositionOccurrence("abab", "a", nextRank))        // expect: 0
Trace(PositionOccurrence("abab", "a", previousRank))    // expect: 3
Trace(PositionOccurrence("abab", "a", previousRank))    // expect: 1
Trace(PositionOccurrence("abab", "a", previousRank))    // expect: 0
Trace(PositionOccurrence("abab", "a", nextRank))        // expect: 1
// previousRank without a walk of that string starts at the last occurrence
Trace(PositionOccurrence("xyxyx", "x", previousRank))   // expect: 5
// after lastRank, nextRank is past the end
Trace(PositionOccurrence("abab", "b", lastRank))        // expect: 4
Trace(PositionOccurrence("abab", "b", nextRank))        // expect: 0
// a rank given as a number places the walk: nextRank and previousRank go on from it
Trace(PositionOccurrence("abcabcabc", "b", 2))          // expect: 5
Trace(PositionOccurrence("abcabcabc", "b", nextRank))   // expect: 8
Trace(PositionOccurrence("abcabcabc", "b", previousRank)) // expect: 5
// FromEnd reverses the search order: previousRank then moves towards the end
Trace(PositionOccurrence("abab", "a", firstRank, FromEnd))     // expect: 3
Trace(PositionOccurrence("abab", "a", nextRank, FromEnd))      // expect: 1
Trace(PositionOccurrence("abab", "a", previousRank, FromEnd))  // expect: 3
