// POUR TOUT : une valeur écrite dans la variable de parcours va dans l'élément, comme le
// composant e-commerce de PC SOFT le suppose (SET_ECommerce.BasketDeleteProduct : `POUR
// TOUT nRang DE gstPanier.taProduit` puis `nRang--` « recalcule les rangs du tableau
// associatif »).
taRang est un tableau associatif d'entiers
taRang["P10"] = 1 ; taRang["P20"] = 2 ; taRang["P30"] = 3
nSupprime est un entier = taRang["P20"]
TableauSupprime(taRang, "P20")
POUR TOUT nRang DE taRang
	SI nRang > nSupprime ALORS
		nRang--
	FIN
FIN
POUR TOUT nRang, sRef DE taRang
	Trace(sRef + " -> " + nRang)
FIN
// expect: P10 -> 1
// expect: P30 -> 2

tabQte est un tableau d'entiers = [3, 0, 7, 2]
POUR TOUT nQte, i DE tabQte
	SI nQte = 0 ALORS CONTINUER	// l'élément garde sa valeur
	nQte = nQte * 10
	SI i = 3 ALORS SORTIR		// réécrit avant de quitter la boucle
FIN
Trace(TableauVersChaîne(tabQte, ";"))
// expect: 30;0;70;2

tabLibelle est un tableau de chaînes = ["palette", "film"]
POUR TOUT sLibelle DE tabLibelle OÙ sLibelle <> "film"
	sLibelle = Majuscule(sLibelle)
FIN
Trace(TableauVersChaîne(tabLibelle, ";"))
// expect: PALETTE;film

// une boucle qui ne fait que lire la variable laisse le tableau tel quel
nTotal est un entier
POUR TOUT nQte DE tabQte
	nTotal += nQte
FIN
Trace(nTotal)
// expect: 102
