// Valorisation de stock au coût unitaire moyen pondéré (CUMP), en numériques
STRUCTURE STMouvement
	dDate est une Date
	sType est une chaîne // "E" entrée, "S" sortie
	nQuantité est un entier
	nuPrixUnitaire est un numérique (12,4)
FIN
tabMvt est un tableau de STMouvement
Mouvement(tabMvt, "20250102", "E", 100, 12.5)
Mouvement(tabMvt, "20250110", "S", 30)
Mouvement(tabMvt, "20250115", "E", 50, 13.1234)
Mouvement(tabMvt, "20250120", "S", 70)
Mouvement(tabMvt, "20250125", "E", 200, 11.99)

nStock est un entier
nuValeur est un numérique (14,4)
nuCUMP est un numérique (12,4)
POUR TOUT stM DE tabMvt
	SELON stM.sType
		CAS "E"
			nuValeur += stM.nQuantité * stM.nuPrixUnitaire
			nStock += stM.nQuantité
			nuCUMP = nuValeur / nStock
		CAS "S"
			nStock -= stM.nQuantité
			nuValeur = nStock * nuCUMP
	FIN
	Trace(DateVersChaîne(stM.dDate, "JJ/MM"), stM.sType, stM.nQuantité, nStock, NumériqueVersChaîne(nuCUMP, ".4f"), NumériqueVersChaîne(nuValeur, ".2f"))
FIN
Trace("Valeur du stock : " + Arrondi(nuValeur, 2) + " €", TypeVar(nuCUMP) = wlNumérique)
// expect: 02/01, E, 100, 100, 12.5000, 1250.00
// expect: 10/01, S, 30, 70, 12.5000, 875.00
// expect: 15/01, E, 50, 120, 12.7598, 1531.17
// expect: 20/01, S, 70, 50, 12.7598, 637.99
// expect: 25/01, E, 200, 250, 12.1440, 3035.99
// expect: Valeur du stock : 3035.99 €, 1

PROCÉDURE Mouvement(tab est un tableau de STMouvement, sDate, sType, nQté est un entier, nuPU est un numérique = 0)
st est un STMouvement
st.dDate = sDate
st.sType = sType
st.nQuantité = nQté
st.nuPrixUnitaire = nuPU
TableauAjoute(tab, st)
