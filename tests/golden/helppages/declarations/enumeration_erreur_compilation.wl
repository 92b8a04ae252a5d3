// Page d'aide "Enumération (Type de variable)" (?1514067) : sa seconde affectation
// refusée, écrite sans le commentaire. La page dit qu'elle "affiche une erreur de
// compilation" : le programme est refusé avant de s'exécuter (rien n'est tracé), à cette
// ligne.
// Code de déclaration
// Déclarer une énumération
TypeAutomate est une Enumération
	Marche
	Arrêté
	EnMaintenance
	EnPanne
FIN
// Déclaration d'une variable de type Enumération
Poste1 est un TypeAutomate
Trace(Poste1)
// Affectation de la variable
Poste1 = Marche
Poste1 = "Marche" // expect error: 'Poste1' is of the enumeration TypeAutomate: it only takes a value of TypeAutomate, not a text
