// MotOccurrence, MotVersTableau, CaractType, CaractOccurrenceType, SansCaractèreGauche/Droite, ChaîneRécupère (docs/builtins.md)
Trace(MotOccurrence("l'école, c'est-à-dire   ici"), MotOccurrence("a;b;;c", ";")) // expect: 7, 3
mots est un tableau de chaînes = MotVersTableau("Bonjour, le monde !")
Trace(TableauOccurrence(mots), mots[1], mots[3]) // expect: 3, Bonjour, monde
Trace(CaractType("à") = ctLettre + ctMinuscule + ctAccent, CaractType("5") = ctNumérique, CaractType(TAB) = ctEspace, CaractType(";") = ctPonctuation) // expect: 1, 1, 1, 1
Trace(CaractOccurrenceType("Été À Paris", ctLettre + ctAccent)) // expect: 3
Trace(SansCaractèreGauche("000123", "0"), SansCaractèreDroite("abc   ", " ")) // expect: 123, abc
b est un Buffer = "texte C" + Caract(0) + "reste"
Trace(ChaîneRécupère(b, crAdresseASCIIZ)) // expect: texte C
CaractOccurrenceType("abc", 0) // expect error: one or more ct... constants
