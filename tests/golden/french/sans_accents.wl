// mots-clés et fonctions écrits sans accents
x est un entier = 12
s est une chaine = "Ecole"
SI x > 10 ALORS
	Trace(Majuscule(s)) // expect: ECOLE
FIN
Trace(Double(x)) // expect: 24
Trace(ExtraitChaine("a;b", 2, ";")) // expect: b
Trace(NumeriqueVersChaine(3, "02d")) // expect: 03

PROCEDURE Double(n)
RESULTAT n * 2
