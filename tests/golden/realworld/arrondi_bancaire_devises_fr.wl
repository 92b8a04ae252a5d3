// Conversion de devises à taux de 4 décimales, arrondi commercial (Arrondi : la moitié
// s'éloigne de zéro, VERIFIED ?3050063) contre arrondi bancaire (la moitié va au pair)
// écrit à la main sur des numériques, comme un développeur WINDEV l'écrit (V, 6 déc. 2026).
CONSTANTE
	TAUX_USD = 1.0842
	TAUX_GBP = 0.8571
FIN
taTaux est un tableau associatif (ccSansCasse) de numériques
taTaux["usd"] = TAUX_USD
taTaux["GBP"] = TAUX_GBP
taTaux["Jpy"] = 162.3525

Trace(Convertit(100, "USD"), Convertit(100, "gbp"), Convertit(99.99, "JPY", 0)) // expect: 108.42, 85.71, 16234
POUR TOUT moM DE [0.125, 0.135, 2.675, 1.005, 0.5]
	Trace(moM, Arrondi(moM, 2), ArrondiBancaire(moM, 2), ArrondiBancaire(moM, 0))
FIN
// expect: 0.125, 0.13, 0.12, 0
// expect: 0.135, 0.14, 0.14, 0
// expect: 2.675, 2.68, 2.68, 3
// expect: 1.005, 1.01, 1, 1
// expect: 0.5, 0.5, 0.5, 0
moTotal est un monétaire
POUR i = 1 A 3
	moTotal += Convertit(33.33, "usd")
FIN
Trace(moTotal, NumériqueVersChaîne(moTotal, "+.4f")) // expect: 108.42, +108.4200
QUAND EXCEPTION DANS
	Convertit(10, "XYZ")
FAIRE
	Trace(ExceptionInfo(errMessage)) // expect: Devise inconnue : XYZ
FIN

PROCÉDURE Convertit(moMontantEUR est un monétaire, sDevise est une chaîne, nDécimales est un entier = 2) : monétaire
SI PAS taTaux[sDevise]..Existe ALORS
	ExceptionDéclenche(1, "Devise inconnue : " + sDevise)
FIN
RENVOYER Arrondi(moMontantEUR * taTaux[sDevise], nDécimales)

PROCÉDURE ArrondiBancaire(LOCAL rVal est un numérique, LOCAL nDec est un entier = 2) : numérique
nFacteur est un numérique = Puissance(10, nDec)
nEntier est un numérique = PartieEntière(rVal * nFacteur)
SI rVal * nFacteur - nEntier = 0.5 ALORS
	SI EstPair(nEntier) ALORS RENVOYER nEntier / nFacteur
	RENVOYER (nEntier + 1) / nFacteur
FIN
RENVOYER Arrondi(rVal, nDec)
