// Énum.Valeur quand l'énumération n'a pas cette valeur : une erreur WLangage à cette ligne
Jours est une Énumération
	Lundi
	Mardi
FIN
j est un Jours = Jours.Lundi
Trace(j) // expect: Lundi
SI j = Jours.Dimanche ALORS Trace("dimanche") // expect error: 'Dimanche' is not a value of the enumeration Jours
