// Names sorted the French way: ccLexicographicOrder files a ligature as its two letters
// ("Œuvre" between "oeil" and "Oscar", as a French dictionary does: it came last),
// case and accents only breaking ties (docs/builtins.md, ccLexicographicOrder; INFERRED)
arrNames is array of strings = ["Œuvre", "éloïse", "Emile", "Zoé", "ÉTIENNE", "oeil", "Oscar", "Ève", "eve", "Çà", "Cedric", "Müller", "Mull", "Cæsar", "Caesar"]
ArraySort(arrNames, asAscending + ccLexicographicOrder)
Trace(ArrayToString(arrNames, ", ")) // expect: Çà, Caesar, Cæsar, Cedric, éloïse, Emile, ÉTIENNE, eve, Ève, Mull, Müller, oeil, Œuvre, Oscar, Zoé
Trace(StringCompare("Œuvre", "Oscar", ccLexicographicOrder)) // expect: -1
// the same letters: the character codes break the tie
Trace(StringCompare("Œuvre", "oeuvre", ccLexicographicOrder)) // expect: 1
Trace(StringCompare("Straße", "strasse", ccLexicographicOrder)) // expect: -1
Trace(StringCompare("Straße", "Strasse", ccLexicographicOrder)) // expect: 1
// without it, character codes: the ligature after every ASCII letter
Trace(StringCompare("Œuvre", "Zoé")) // expect: 1
// ccIgnoreAccent keeps a ligature: it is no accent
Trace(StringFormat("Œuvre d'Ève", ccIgnoreAccent)) // expect: Œuvre d'Eve
Trace(NoAccent("Cæsar à Noël")) // expect: Cæsar a Noel
