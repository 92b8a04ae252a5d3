// Un objet d'une classe qui n'est ni celle du tableau ni dérivée d'elle, ajouté à un
// tableau d'objets : WL110, comme pour une variable
CVéhicule est une Classe
FIN
CVoiture est une Classe
	hérite de CVéhicule
FIN
CMaison est une Classe
FIN
tabV est un tableau de CVéhicule dynamique
TableauAjoute(tabV, allouer un CVoiture)
TableauAjoute(tabV, allouer un CMaison) // error: WL110:21 an object of the class CMaison cannot be stored in 'tabV[...]', a CVéhicule: CMaison is not CVéhicule nor derived from it
s est une chaîne = allouer un CVoiture // error: WL110:1 an object of the class CVoiture cannot be stored in 's', a string
Trace(TableauOccurrence(tabV), s)
