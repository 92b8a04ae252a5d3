// programme complet en français : calcul d'une facture
Ligne est une Structure
	Libellé est une chaîne
	Quantité est un entier
	PrixUnitaire est un monétaire
FIN

lignes est un tableau de Ligne
l est une Ligne
l.Libellé = "Stylo"; l.Quantité = 3; l.PrixUnitaire = 1.5
TableauAjoute(lignes, l)
l.Libellé = "Cahier"; l.Quantité = 2; l.PrixUnitaire = 2.25
TableauAjoute(lignes, l)

total est un monétaire
POUR TOUT x DE lignes
	Trace(Complète(x.Libellé, 8) + x.Quantité + " x " + x.PrixUnitaire)
	total += x.Quantité * x.PrixUnitaire
FIN
// expect: Stylo   3 x 1.5
// expect: Cahier  2 x 2.25
Trace("Total HT : " + total) // expect: Total HT : 9
Trace("Total TTC : " + TTC(total)) // expect: Total TTC : 10.8

PROCÉDURE TTC(montant, taux = 20)
RENVOYER montant * (1 + taux / 100)
