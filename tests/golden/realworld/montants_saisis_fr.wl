// Montants saisis par les utilisateurs : "1 234,56 €", "-12.5", "12,5 k€"
tabSaisies est un tableau de chaînes = ["1 234,56 €", "-12.5", "12,5 k€", "  3,10  ", "1.234,56", "1,234.56", "abc", "", "+7", "2 500 EUR", "0,5k", "-1 000,00 €"]
POUR TOUT sSaisie DE tabSaisies
	moMontant est un monétaire
	bOK est un booléen = LitMontant(sSaisie, moMontant)
	SI bOK ALORS
		Trace("[" + sSaisie + "]", moMontant)
	SINON
		Trace("[" + sSaisie + "]", "refusé")
	FIN
FIN
Trace(Val("1 234,56"), Val("12,5"), Val("-12.5"), Val("3,10"))
// expect: [1 234,56 €], 1234.56
// expect: [-12.5], -12.5
// expect: [12,5 k€], 12500
// expect: [  3,10  ], 3.1
// expect: [1.234,56], 1234.56
// expect: [1,234.56], 1234.56
// expect: [abc], refusé
// expect: [], refusé
// expect: [+7], 7
// expect: [2 500 EUR], 2500
// expect: [0,5k], 500
// expect: [-1 000,00 €], -1000
// expect: 1, 12.5, -12.5, 3.1

PROCEDURE LitMontant(LOCAL sTexte est une chaîne, moRésultat est un monétaire)
	sTexte = SansEspace(sTexte)
	rMultiplicateur est un réel = 1
	SI sTexte ~= "" ALORS RENVOYER Faux
	// suffixes monétaires
	sTexte = Remplace(sTexte, "€", "")
	sTexte = Remplace(sTexte, "EUR", "", SansCasse)
	sTexte = SansEspace(sTexte)
	SI Droite(sTexte, 1) ~= "k" ALORS
		rMultiplicateur = 1000
		sTexte = Gauche(sTexte, Taille(sTexte) - 1)
	FIN
	// séparateurs de milliers : espaces, espaces insécables
	sTexte = Remplace(sTexte, " ", "")
	sTexte = Remplace(sTexte, Caract(160), "")
	nPosVirgule est un entier = Position(sTexte, ",", 0, DepuisFin)
	nPosPoint est un entier = Position(sTexte, ".", 0, DepuisFin)
	SI nPosVirgule > 0 ET nPosPoint > 0 ALORS
		SI nPosVirgule > nPosPoint ALORS
			sTexte = Remplace(sTexte, ".", "")
		SINON
			sTexte = Remplace(sTexte, ",", "")
		FIN
	FIN
	sTexte = Remplace(sTexte, ",", ".")
	SI PAS EstNumérique(sTexte) ALORS RENVOYER Faux
	moRésultat = Val(sTexte) * rMultiplicateur
	RENVOYER Vrai
