// Calculatrice à descente récursive (expression, terme, facteur) lisant "2*(3+4)",
// erreurs remontées par ExceptionDéclenche et lues par ExceptionInfo (jumeau anglais :
// recursive_descent_calculator_en.wl).
gsExpr est une chaîne
gnPos est un entier

Trace(Calcule("2*(3+4)"))
Trace(Calcule(" 10 / 4 - 1"))
Trace(Calcule("-(2+3)*2"))
Trace(Calcule("1/0"))
Trace(Calcule("2*(3+4"))
Trace(Calcule("2 x 3"))
POUR TOUT sE DE ["1+2+3", "2*3*4", "(1)"]
	Trace(sE + " = " + Calcule(sE))
FIN
// expect: 14
// expect: 1.5
// expect: -10
// expect: erreur 3 : Division par zéro
// expect: erreur 2 : Parenthèse fermante attendue
// expect: erreur : caractère inattendu 'x'
// expect: 1+2+3 = 6
// expect: 2*3*4 = 24
// expect: (1) = 1

PROCÉDURE CarCourant()
SI gnPos > Taille(gsExpr) ALORS RENVOYER ""
RENVOYER gsExpr[[gnPos]]

PROCÉDURE SauteBlancs()
TANTQUE CarCourant() = " "
	gnPos++
FIN

PROCÉDURE LitNombre() : réel
sNombre est une chaîne
SauteBlancs()
TANTQUE CarCourant() DANS ("0","1","2","3","4","5","6","7","8","9",".")
	sNombre += CarCourant()
	gnPos++
FIN
SI sNombre = "" ALORS
	ExceptionDéclenche(1, ChaîneConstruit("Nombre attendu en position %1", gnPos))
FIN
RENVOYER Val(sNombre)

PROCÉDURE Facteur() : réel
SauteBlancs()
SI CarCourant() = "(" ALORS
	gnPos++
	rValeur est un réel = Expression()
	SauteBlancs()
	SI CarCourant() <> ")" ALORS ExceptionDéclenche(2, "Parenthèse fermante attendue")
	gnPos++
	RENVOYER rValeur
SINON SI CarCourant() = "-" ALORS
	gnPos++
	RENVOYER -Facteur()
FIN
RENVOYER LitNombre()

PROCÉDURE Terme() : réel
rRes est un réel = Facteur()
BOUCLE
	SauteBlancs()
	SELON CarCourant()
		CAS "*" : gnPos++ ; rRes = rRes * Facteur()
		CAS "/"
			gnPos++
			rDiv est un réel = Facteur()
			SI rDiv = 0 ALORS ExceptionDéclenche(3, "Division par zéro")
			rRes = rRes / rDiv
		AUTRE CAS : SORTIR
	FIN
FIN
RENVOYER rRes

PROCÉDURE Expression() : réel
rRes est un réel = Terme()
BOUCLE
	SauteBlancs()
	SI CarCourant() = "+" ALORS
		gnPos++ ; rRes += Terme()
	SINON SI CarCourant() = "-" ALORS
		gnPos++ ; rRes -= Terme()
	SINON
		SORTIR
	FIN
FIN
RENVOYER rRes

PROCÉDURE Calcule(LOCAL sTexte est une chaîne)
gsExpr = sTexte
gnPos = 1
QUAND EXCEPTION DANS
	rR est un réel = Expression()
	SauteBlancs()
	SI gnPos <= Taille(gsExpr) ALORS
		RENVOYER "erreur : caractère inattendu '" + CarCourant() + "'"
	FIN
	RENVOYER rR
FAIRE
	RENVOYER "erreur " + ExceptionInfo(errCode) + " : " + ExceptionInfo(errMessage)
FIN
