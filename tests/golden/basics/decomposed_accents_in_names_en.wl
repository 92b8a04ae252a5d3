// Names saved decomposed (NFD: a letter, then its combining accent, as macOS file names
// and some editors' copies write `é`) are the same names as composed ones: the declaration
// below writes Quantité decomposed, the uses compose it, or not, or drop the accent.
// (Before, the lexer stopped at the accent: "unexpected character".)
Quantité is int = 3
Trace(Quantité * 2) // expect: 6
Trace(QUANTITE + 1) // expect: 4
Créé is string = "déjà"
Trace(Length(Créé)) // expect: 6
// (a text keeps its characters as written: six, its two accents apart)
Trace(Doublé(21)) // expect: 42
PROCEDURE Doublé(x)
RESULT x * 2
