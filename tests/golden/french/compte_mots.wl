// compter les mots d'une phrase avec ExtraitChaîne et un tableau
phrase est une chaîne = "le chat le chien le chat"
mots est un tableau de chaînes
comptes est un tableau d'entiers
i est un entier = 1
mot est une chaîne = ExtraitChaîne(phrase, i, " ")
TANTQUE mot <> EOT
	trouvé est un booléen = Faux
	POUR j = 1 À mots..Occurrence
		SI mots[j] = mot ALORS
			comptes[j]++
			trouvé = Vrai
			SORTIR
		FIN
	FIN
	SI PAS trouvé ALORS
		Ajoute(mots, mot)
		Ajoute(comptes, 1)
	FIN
	i++
	mot = ExtraitChaîne(phrase, i, " ")
FIN
POUR j = 1 À mots..Occurrence
	Trace(mots[j] + "=" + comptes[j])
FIN
// expect: le=3
// expect: chat=2
// expect: chien=1
