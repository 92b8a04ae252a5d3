// Page d'aide « Combinaison (Type de variable) » ?1514074 : son exemple comme la page
// l'écrit en français (la page anglaise le montre aussi), avec une Trace dans chaque
// branche du test, puis la combinaison remise à 0 comme le dit son commentaire.
// Code de déclaration
// Déclarer une combinaison
TypeCombinaison est une Combinaison
	CréationFic
	LectureFic
	EcritureFic
	SuppressionFic
FIN
// Déclaration d'une variable de type Combinaison
ActionFichier est un TypeCombinaison
// Affectation de la variable
ActionFichier = LectureFic + EcritureFic
// Pour tester la valeur de la combinaison :
SI ActionFichier[EcritureFic] ALORS
	// L'option EcritureFic est activée
	Trace("EcritureFic activée")
SINON
	// L'option EcritureFic n'est pas activée
	Trace("EcritureFic non activée")
FIN
// expect: EcritureFic activée
Trace(ActionFichier[LectureFic], ActionFichier[CréationFic])
// expect: 1, 0
ActionFichier = 0 // Désactive toutes les options
SI ActionFichier[EcritureFic] ALORS
	Trace("EcritureFic activée")
SINON
	Trace("EcritureFic non activée")
FIN
// expect: EcritureFic non activée
