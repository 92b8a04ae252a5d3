// Un état texte en colonnes : Complète pour aligner à gauche, NumériqueVersChaîne avec
// une largeur ("9.2f", "10.2f", "+6d" signé) pour aligner à droite, Gauche pour couper
// une désignation trop longue, Répète pour les traits ; un tableau de structures
// initialisé par un littéral ; les masques "+08d", "08.2f", "12.2fS", "-5d".
STArticle est une structure
	sRéf est une chaîne
	sDésignation est une chaîne
	nQté est un entier
	mPU est un monétaire
FIN
tabArticles est un tableau de STArticle = [["A001", "Vis inox 4x40", 250, 0.12], ["B17", "Équerre renforcée galvanisée", 12, 3.5], ["C3", "Colle", -3, 7.9]]
sLigne est une chaîne
Trace(Complète("Réf", 6) + Complète("Désignation", 20) + Droite("      Qté", 6) + Droite("         P.U.", 9) + Droite("          Total", 10))
// expect: Réf   Désignation            Qté     P.U.     Total
Trace(Répète("-", 51)) // expect: ---------------------------------------------------
mTotal est un monétaire
POUR TOUT stA DE tabArticles
	mLigne est un monétaire = stA.nQté * stA.mPU
	mTotal += mLigne
	sLigne = Complète(stA.sRéf, 6) + Complète(Gauche(stA.sDésignation, 19), 20) + NumériqueVersChaîne(stA.nQté, "+6d") + NumériqueVersChaîne(stA.mPU, "9.2f") + NumériqueVersChaîne(mLigne, "10.2f")
	Trace("[" + sLigne + "]")
FIN
// expect: [A001  Vis inox 4x40         +250     0.12     30.00]
// expect: [B17   Équerre renforcée g    +12     3.50     42.00]
// expect: [C3    Colle                   -3     7.90    -23.70]
Trace(Répète("=", 51)) // expect: ===================================================
Trace(Complète("TOTAL", 41) + NumériqueVersChaîne(mTotal, "10.2f")) // expect: TOTAL                                         48.30
Trace(NumériqueVersChaîne(42, "+08d"), NumériqueVersChaîne(-42, "+08d"), NumériqueVersChaîne(3.14159, "8.2f"), NumériqueVersChaîne(1234.5, "08.2f")) // expect: +0000042, -0000042,     3.14, 01234.50
Trace(NumériqueVersChaîne(1234567.891, "12.2fS"), NumériqueVersChaîne(7, "03d"), NumériqueVersChaîne(7, "-5d") + "|") // expect: 1 234 567.89, 007, 7    |
// Complète coupe une chaîne trop longue, complète avec le caractère donné
Trace(Complète("abc", 2), Complète("ab", 5, "*"), Taille(Complète("", 3))) // expect: ab, ab***, 3
