// Page d'aide "Enumération (Type de variable)" (doc.pcsoft.fr ?1514067) : son exemple tel
// qu'il est écrit, avec une Trace de la variable (elle commence à la première valeur de
// l'énumération, dit la page) ; les deux affectations refusées restent en commentaire.
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
Trace(Poste1)                   // expect: Marche
// Affectation de la variable
Poste1 = Marche
// Poste1 = 1 // Affiche une erreur de compilation
// Poste1 = "Marche" // Affiche une erreur de compilation
Trace(Poste1)                   // expect: Marche
Poste1 = EnPanne
Trace(Poste1 = EnPanne)         // expect: 1
