// Un Variant vide à qui l'on applique une méthode de tableau qui ajoute des éléments
// (v.Ajoute, v.Insère, v.AjouteLigne, v.AjouteTrié) contient un tableau ensuite, comme la
// forme fonction TableauAjoute(v, 5) le lui donne : la méthode s'arrêtait, "Add expects an
// array, not a value of type Null". Un Variant qui contient un objet le garde.
CSac est une Classe
	m_nTotal est un entier
FIN
vAjouté est un Variant
Trace(vAjouté.Ajoute(5)) // expect: 1
vAjouté.Ajoute(6)
Trace(TableauOccurrence(vAjouté), vAjouté[2]) // expect: 2, 6
vInséré est un Variant
vInséré.Insère(1, "b")
vInséré.Insère(1, "a")
Trace(vInséré[1], vInséré[2]) // expect: a, b
vLigne est un Variant
vLigne.AjouteLigne(3)
Trace(vLigne.Occurrence()) // expect: 1
vTrié est un Variant
vTrié.AjouteTrié(9)
vTrié.AjouteTrié(4)
Trace(vTrié[1], vTrié[2]) // expect: 4, 9
vSac est un Variant = allouer un CSac
vSac.Ajoute(7)
Trace(vSac.m_nTotal) // expect: 7

PROCÉDURE CSac.Ajoute(n est un entier)
m_nTotal += n
