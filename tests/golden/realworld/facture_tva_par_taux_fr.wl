// Une facture comme le code de gestion l'écrit : quantités (numérique, 3 décimales), prix
// unitaires (monétaire), une remise de ligne en pourcentage, la TVA à deux taux arrondie au
// centime par taux sur la base du taux (comme une facture française la totalise), le net à
// payer, et la même TVA arrondie ligne par ligne pour montrer le centime d'écart.
STRUCTURE STLigneFacture
	sLibellé est une chaîne
	nQuantité est un numérique (10,3)
	moPrixUnitaire est un monétaire
	nRemisePct est un numérique (5,2)
	nTauxTVA est un numérique (5,2)
FIN
tabLignes est un tableau de STLigneFacture
AjouteLigne(tabLignes, "Table en chêne", 1, 1249.99, 10, 20)
AjouteLigne(tabLignes, "Chaise", 6, 89.90, 0, 20)
AjouteLigne(tabLignes, "Livraison", 1, 45.03, 0, 20)
AjouteLigne(tabLignes, "Pommes (kg)", 2.375, 3.49, 0, 5.5)
AjouteLigne(tabLignes, "Livre", 3, 17.95, 5, 5.5)

taBase est un tableau associatif de monétaires
moTotalHT est un monétaire
POUR TOUT stLigne DE tabLignes
	moLigne est un monétaire = MontantLigne(stLigne)
	Trace(stLigne.sLibellé, moLigne)
	taBase[stLigne.nTauxTVA] += moLigne
	moTotalHT += moLigne
FIN
// expect: Table en chêne, 1124.99
// expect: Chaise, 539.4
// expect: Livraison, 45.03
// expect: Pommes (kg), 8.29
// expect: Livre, 51.16
Trace("Total HT", moTotalHT) // expect: Total HT, 1768.87
moTotalTVA est un monétaire
POUR TOUT moBase, sTaux DE taBase // les clés sont des textes : relues en numérique
	nTaux est un numérique (5,2) = sTaux
	moTVA est un monétaire = Arrondi(moBase * nTaux / 100, 2)
	Trace(NumériqueVersChaîne(nTaux, ".2f") + "%", moBase, moTVA)
	moTotalTVA += moTVA
FIN
// expect: 20.00%, 1709.42, 341.88
// expect: 5.50%, 59.45, 3.27
Trace("TVA", moTotalTVA, "Net à payer", moTotalHT + moTotalTVA) // expect: TVA, 345.15, Net à payer, 2114.02
// la TVA arrondie sur chaque ligne : un centime d'écart
moLigneParLigne est un monétaire
POUR TOUT stLigne DE tabLignes
	moLigneParLigne += Arrondi(MontantLigne(stLigne) * stLigne.nTauxTVA / 100, 2)
FIN
Trace(moLigneParLigne, moLigneParLigne - moTotalTVA) // expect: 345.16, 0.01
// le net à payer avec deux décimales, aligné à droite sur 12 caractères
Trace(NumériqueVersChaîne(moTotalHT + moTotalTVA, "12.2f")) // expect:      2114.02

PROCÉDURE AjouteLigne(tab est un tableau de STLigneFacture, sLibellé, nQté est un numérique, moPrix est un monétaire, nRemise est un numérique, nTaux est un numérique)
st est un STLigneFacture
st.sLibellé = sLibellé
st.nQuantité = nQté
st.moPrixUnitaire = moPrix
st.nRemisePct = nRemise
st.nTauxTVA = nTaux
TableauAjoute(tab, st)

PROCÉDURE MontantLigne(st est un STLigneFacture) : monétaire
moBrut est un monétaire = st.nQuantité * st.moPrixUnitaire
RENVOYER Arrondi(moBrut * (100 - st.nRemisePct) / 100, 2)
