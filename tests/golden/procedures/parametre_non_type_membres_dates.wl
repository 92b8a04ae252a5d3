// Un paramètre non typé prend le type de son argument (?1514076) : reçu une structure,
// ses membres Date, Heure et DateHeure se calculent comme tels (la soustraction de deux
// membres Date retranchait leurs chiffres comme des nombres).
STPrêt est une Structure
	sTitre est une chaîne
	dSortie est une Date
	dRetour est une Date
	hDébut est une Heure
	hFin est une Heure
FIN
stP est un STPrêt
stP.sTitre = "Emma"
stP.dSortie = "20240105"
stP.dRetour = "20240215"
stP.hDébut = "0800"
stP.hFin = "1230"
Trace(Jours(stP), Heures(stP)) // expect: 41, 4.5
Trace(Échéance(stP)) // expect: 20240126
Trace((Prochain().hFin - Prochain().hDébut)..EnMinutes) // expect: 90
tabPrêts est un tableau de STPrêt
TableauAjoute(tabPrêts, stP)
Trace(PlusLong(tabPrêts)) // expect: Emma (41 jours)

PROCÉDURE Jours(p)
RENVOYER p.dRetour - p.dSortie
PROCÉDURE Heures(p)
du est une Durée = p.hFin - p.hDébut
RENVOYER du..EnHeures
PROCÉDURE Échéance(p)
RENVOYER p.dSortie + 21
PROCÉDURE PlusLong(tab)
nMax est un entier = -1
sMax est une chaîne
POUR TOUT x DE tab
	SI x.dRetour - x.dSortie > nMax ALORS
		nMax = x.dRetour - x.dSortie
		sMax = x.sTitre
	FIN
FIN
RENVOYER ChaîneConstruit("%1 (%2 jours)", sMax, nMax)
PROCÉDURE Prochain() : STPrêt
r est un STPrêt
r.hDébut = "1400"
r.hFin = "1530"
RENVOYER r
