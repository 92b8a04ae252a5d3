// NumériqueVersChaîne reçoit une chaîne (?3024024, VERIFIED : la chaîne est renvoyée
// telle quelle, le format est ignoré) : un montant lu dans un CSV doit d'abord être
// converti (Val) pour être mis en forme.
sMontant est une chaîne = "1234.5"
Trace("[" + NumériqueVersChaîne(sMontant, "10.2f") + "]") // expect: [1234.5]
Trace("[" + NumeriqueVersChaine(Val(sMontant), "10.2f") + "]") // expect: [   1234.50]
vCellule est un Variant = "abc"
Trace(NumériqueVersChaîne(vCellule, "5d")) // expect: abc
// un format vide n'est pas un format : le texte du nombre par défaut (c'était "invalid
// format ''" ; INFERRED)
sFormat est une chaîne
Trace(NumériqueVersChaîne(1234.5, sFormat), NumériqueVersChaîne(42, "")) // expect: 1234.5, 42
