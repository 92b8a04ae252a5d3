// énumérations : valeurs par leur nom ; combinaisons de drapeaux
Jours est une Énumération
	Lundi
	Mardi
FIN
j est un Jours = Mardi
Trace(j, j..Valeur) // expect: Mardi, 2
SI j = Jours.Mardi ALORS Trace("mardi") // expect: mardi
Droits est une Combinaison
	Lecture
	Ecriture
FIN
d est un entier = Lecture | Ecriture
Trace(d) // expect: 3
