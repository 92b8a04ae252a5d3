// Montant en toutes lettres pour un chèque : "cent vingt-trois euros et quatre centimes".
Trace(MontantEnLettres(123.04))
Trace(MontantEnLettres(1))
Trace(MontantEnLettres(80))
Trace(MontantEnLettres(71.80))
Trace(MontantEnLettres(200))
Trace(MontantEnLettres(1000))
Trace(MontantEnLettres(2021.21))
Trace(MontantEnLettres(0.99))
Trace(MontantEnLettres(1000000))
Trace(MontantEnLettres(3_456_789.10))
Trace(Majuscule(Gauche(MontantEnLettres(91), 1)) + Milieu(MontantEnLettres(91), 2))
// expect: cent vingt-trois euros et quatre centimes
// expect: un euro
// expect: quatre-vingts euros
// expect: soixante et onze euros et quatre-vingts centimes
// expect: deux cents euros
// expect: mille euros
// expect: deux mille vingt et un euros et vingt et un centimes
// expect: quatre-vingt-dix-neuf centimes
// expect: un million d'euros
// expect: trois millions quatre cent cinquante-six mille sept cent quatre-vingt-neuf euros et dix centimes
// expect: Quatre-vingt-onze euros

PROCÉDURE MontantEnLettres(LOCAL moMontant est un monétaire) : chaîne
nEuros est un entier = PartieEntière(moMontant)
nCentimes est un entier = Arrondi((moMontant - nEuros) * 100, 0)
sRés est une chaîne
SI nEuros > 0 ALORS
	sRés = NombreEnLettres(nEuros)
	SI nEuros >= 1000000 ET nEuros modulo 1000000 = 0 ALORS sRés += " d'"
	SINON sRés += " "
	sRés += (nEuros > 1 ? "euros" SINON "euro")
	sRés = Remplace(sRés, "d' euros", "d'euros")
FIN
SI nCentimes > 0 ALORS
	SI sRés <> "" ALORS sRés += " et "
	sRés += NombreEnLettres(nCentimes) + (nCentimes > 1 ? " centimes" SINON " centime")
FIN
SI sRés = "" ALORS sRés = "zéro euro"
RENVOYER sRés

PROCÉDURE NombreEnLettres(LOCAL n est un entier) : chaîne
tabUnités est un tableau de chaînes = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf"]
tabDizaines est un tableau de chaînes = ["", "dix", "vingt", "trente", "quarante", "cinquante", "soixante", "soixante", "quatre-vingt", "quatre-vingt"]
SELON n
	CAS < 20
		RENVOYER tabUnités[n + 1]
	CAS < 100
		nD est un entier = n / 10
		nU est un entier = n modulo 10
		SI nD = 7 OU nD = 9 ALORS nU += 10
		sD est une chaîne = tabDizaines[nD + 1]
		SI nU = 0 ALORS
			RENVOYER sD + (nD = 8 ? "s" SINON "")
		SINON SI nU = 1 ET nD <> 8 ALORS
			RENVOYER sD + " et un"
		SINON SI nU = 11 ET nD = 7 ALORS
			RENVOYER sD + " et onze"
		SINON
			RENVOYER sD + "-" + tabUnités[nU + 1]
		FIN
	CAS < 1000
		nC est un entier = n / 100
		nReste est un entier = n modulo 100
		sC est une chaîne = (nC = 1 ? "cent" SINON tabUnités[nC + 1] + " cent")
		SI nReste = 0 ALORS RENVOYER sC + (nC > 1 ? "s" SINON "")
		RENVOYER sC + " " + NombreEnLettres(nReste)
	CAS < 1000000
		nM est un entier = n / 1000
		nReste est un entier = n modulo 1000
		sM est une chaîne = (nM = 1 ? "mille" SINON NombreEnLettres(nM) + " mille")
		SI nReste = 0 ALORS RENVOYER sM
		RENVOYER sM + " " + NombreEnLettres(nReste)
	AUTRE CAS
		nMi est un entier = n / 1000000
		nReste est un entier = n modulo 1000000
		sMi est une chaîne = NombreEnLettres(nMi) + (nMi > 1 ? " millions" SINON " million")
		SI nReste = 0 ALORS RENVOYER sMi
		RENVOYER sMi + " " + NombreEnLettres(nReste)
FIN
