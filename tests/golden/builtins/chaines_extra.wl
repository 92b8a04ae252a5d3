// ChaîneSupprime, SansCaractère, CaractUnicode, DonneIdentifiant, ChaîneVersTableau
Trace(ChaîneSupprime("a-b-c-", "-"), ChaîneSupprime("Hello HELLO x", "hello ", SansCasse)) // expect: abc, x
Trace("[" + SansCaractère("**abc*d**", "*") + "]") // expect: [abc*d]
Trace("[" + SansCaractère("--ab-c--", "-", sscIntérieur + sscExtérieur) + "]") // expect: [abc]
Trace("[" + SansCaractère("xxaxx", "x", sscDébut) + "]") // expect: [axx]
Trace(CaractUnicode(8364), DonneIdentifiant(), DonneIdentifiant()) // expect: €, 1, 2
t est un tableau d'entiers
ChaîneVersTableau("1;2;3", t, ";")
Trace(TableauOccurrence(t), t[2] + 1) // expect: 3, 3
s est un tableau de chaînes = ChaîneVersTableau("a" + RC + "b" + RC + "c")
Trace(TableauOccurrence(s), s[3]) // expect: 3, c
u est un tableau de chaînes = ChaîneVersTableau("x,y", ",")
Trace(TableauVersChaîne(u, "|")) // expect: x|y
ChaîneVersTableau("", t, ";")
Trace(TableauOccurrence(t)) // expect: 0
Trace(Majuscule("straße"), Taille(Majuscule("ß"))) // expect: STRAßE, 1
