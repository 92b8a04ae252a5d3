// Gauche et Droite données un tableau ou une structure là où elles attendent un texte :
// WL115 à l'argument, comme Milieu et Majuscule (la vérification ne disait rien)
STRUCTURE Commande
	sRéf est une chaîne
FIN
tabRéfs est un tableau de chaînes = ["A-12", "B-7"]
stCommande est une Commande
Trace(Gauche(tabRéfs, 1)) // error: WL115:14 Gauche expects a string, not a value of type array
Trace(droite(stCommande, 2)) // error: WL115:14 Droite expects a string, not a value of type Commande (a structure)
bufBrut est un Buffer = "AB"
Trace(Gauche(tabRéfs[1], 1), Droite(stCommande.sRéf, 2), Gauche(bufBrut, 1), Droite(12345, 2), Gauche(DateDuJour(), 4))
