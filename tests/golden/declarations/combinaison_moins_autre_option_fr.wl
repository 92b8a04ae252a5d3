// Une option d'une autre combinaison retirée d'une combinaison (`c -= Jaune`) est refusée
// avant l'exécution, comme l'ajouter : elle retirait le drapeau de l'autre option comme
// un nombre (Rouge + Vert - Jaune donnait Rouge).
Couleurs est une Combinaison
	Rouge
	Vert
FIN
Marques est une Combinaison
	Bleu
	Jaune
FIN
cStylo est une Couleurs = Rouge + Vert
cStylo -= Vert
Trace(cStylo) // (rien n'est affiché : le programme est refusé avant de tourner)
cStylo -= Jaune // expect error: 'cStylo' is of the combination Couleurs: it only takes options of Couleurs, not an option of the combination Marques
