// TableauSupprimeLigne sur un tableau à une dimension, de structures ou associatif
// supprime l'élément, comme TableauSupprime
t est un tableau d'entiers = [1, 2, 3]
TableauSupprimeLigne(t, 2)
Trace(TableauOccurrence(t), t[1], t[2]) // expect: 2, 1, 3
Produit est une Structure
	Nom est une chaîne
FIN
p est un tableau de Produit
TableauAjoute(p) ; p[1].Nom = "stylo"
TableauAjoute(p) ; p[2].Nom = "encre"
TABLEAUSUPPRIMELIGNE(p, 1)
Trace(TableauOccurrence(p), p[1].Nom) // expect: 1, encre
q est un tableau associatif d'entiers
q["stylo"] = 2 ; q["encre"] = 5
TableauSupprimeLigne(q, "stylo")
Trace(TableauOccurrence(q), q["encre"]) // expect: 1, 5
