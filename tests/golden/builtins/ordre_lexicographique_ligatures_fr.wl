// Des noms triés à la française : ccOrdreLexicographique range une ligature comme ses deux
// lettres ("Œuvre" entre "oeil" et "Oscar", comme un dictionnaire : il venait en dernier),
// la casse et les accents ne départageant que les égalités (docs/builtins.md,
// ccLexicographicOrder ; INFERRED)
tabNoms est un tableau de chaînes = ["Œuvre", "éloïse", "Emile", "Zoé", "ÉTIENNE", "oeil", "Oscar", "Ève", "eve", "Çà", "Cedric", "Müller", "Mull", "Cæsar", "Caesar"]
TableauTrie(tabNoms, ttCroissant + ccOrdreLexicographique)
Trace(TableauVersChaîne(tabNoms, ", ")) // expect: Çà, Caesar, Cæsar, Cedric, éloïse, Emile, ÉTIENNE, eve, Ève, Mull, Müller, oeil, Œuvre, Oscar, Zoé
Trace(ChaîneCompare("Œuvre", "Oscar", ccOrdreLexicographique)) // expect: -1
// les mêmes lettres : les codes des caractères départagent
Trace(ChaîneCompare("Œuvre", "oeuvre", ccOrdreLexicographique)) // expect: 1
Trace(ChaîneCompare("Straße", "strasse", ccOrdreLexicographique)) // expect: -1
Trace(ChaîneCompare("Straße", "Strasse", ccOrdreLexicographique)) // expect: 1
// sans elle, les codes des caractères : la ligature après toute lettre ASCII
Trace(ChaîneCompare("Œuvre", "Zoé")) // expect: 1
// ccSansAccent keeps a ligature: it is no accent
Trace(ChaîneFormate("Œuvre d'Ève", ccSansAccent)) // expect: Œuvre d'Eve
Trace(SansAccent("Cæsar à Noël")) // expect: Cæsar a Noel
