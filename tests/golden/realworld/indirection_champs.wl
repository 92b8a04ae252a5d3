// Indirection {...} : lecture et écriture d'une variable dont le nom est calculé
// (courant dans le code réel pour parcourir des champs NOM1, NOM2, ...)
sNom1 est une chaîne = "Alice"
sNom2 est une chaîne = "Bob"
sNom3 est une chaîne = "Chloé"
POUR i = 1 À 3
    Trace({"sNom" + i})
FIN
// expect: Alice
// expect: Bob
// expect: Chloé
{"sNom2"} = "Bernard"
Trace(sNom2) // expect: Bernard
