// calcul de paie simplifie : heures sup majorees a 125 % et 150 %, cotisations par tranche, net a payer
// (ecrit sans accents, mots-cles en minuscules, comme certains projets le sont)
constante
	PLAFOND_SS = 3925
	TAUX_HS25 = 1.25
	TAUX_HS50 = 1.5
fin
structure STCotisation
	sLibelle est une chaine
	rTauxSalarial est un reel
	nBase est un entier // 1 = totalite, 2 = tranche A, 3 = tranche B
fin

tabCot est un tableau de STCotisation
ajoutecot(tabCot, "Vieillesse plafonnee", 6.9, 2)
ajoutecot(tabCot, "Vieillesse deplafonnee", 0.4, 1)
ajoutecot(tabCot, "Retraite complementaire T1", 3.15, 2)
ajoutecot(tabCot, "Retraite complementaire T2", 8.64, 3)
ajoutecot(tabCot, "CSG deductible", 6.8, 1)

motaux est un monetaire = 24.5
nuheures est un numerique (6,2) = 169.75
mobrut est un monetaire = salairebrut(motaux, nuheures)
trace("Brut : " + numeriqueverschaine(mobrut, "10.2f"))
mototal est un monetaire
pour tout stc de tabCot
	mobase est un monetaire = assiette(mobrut, stc.nBase)
	mocot est un monetaire = arrondi(mobase * stc.rTauxSalarial / 100, 2)
	mototal += mocot
	trace(complete(stc.sLibelle, 30) + numeriqueverschaine(mobase, "10.2f") + numeriqueverschaine(stc.rTauxSalarial, "6.2f") + numeriqueverschaine(mocot, "9.2f"))
fin
trace("Total cotisations : " + numeriqueverschaine(mototal, ".2f"))
trace("Net a payer : " + numeriqueverschaine(mobrut - mototal, ".2f"))
trace("Brut pour 200 h : " + salairebrut(motaux, 200))
// expect: Brut :    4269.62
// expect: Vieillesse plafonnee             3925.00  6.90   270.83
// expect: Vieillesse deplafonnee           4269.62  0.40    17.08
// expect: Retraite complementaire T1       3925.00  3.15   123.64
// expect: Retraite complementaire T2        344.62  8.64    29.78
// expect: CSG deductible                   4269.62  6.80   290.33
// expect: Total cotisations : 731.66
// expect: Net a payer : 3537.96
// expect: Brut pour 200 h : 5279.69

procedure ajoutecot(tab est un tableau de STCotisation, s, r, n)
st est un STCotisation
st.sLibelle = s
st.rTauxSalarial = r
st.nBase = n
tableauajoute(tab, st)

procedure salairebrut(motauxh est un monetaire, nuh est un numerique) : monetaire
nunormales est un numerique = min(nuh, 151.67)
nuhs25 est un numerique = min(max(nuh - 151.67, 0), 34.67)
nuhs50 est un numerique = max(nuh - 186.34, 0)
renvoyer arrondi(nunormales * motauxh + nuhs25 * motauxh * TAUX_HS25 + nuhs50 * motauxh * TAUX_HS50, 2)

procedure assiette(mobrut est un monetaire, nbase est un entier) : monetaire
selon nbase
	cas 1 : renvoyer mobrut
	cas 2 : renvoyer min(mobrut, PLAFOND_SS)
	cas 3 : renvoyer max(mobrut - PLAFOND_SS, 0)
	autre cas : renvoyer 0
fin
