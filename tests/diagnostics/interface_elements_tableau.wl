// un objet d'une classe qui n'implémente pas l'interface, ajouté à un tableau de cette
// interface (TableauAjoute, Ajoute, t.Ajoute, TableauInsère, t[i] = o) : WL110, différé
IForme est une Interface
	PROCÉDURE Aire()
FIN
CCarre est une Classe
	implémente IForme
FIN
CChien est une Classe
FIN
formes est un tableau de IForme
c est un CCarre
ch est un CChien
TableauAjoute(formes, c)
TableauAjoute(formes, ch) // error: WL110:23 the class CChien does not implement the interface IForme: its object cannot be stored in an element of 'formes'
formes.Ajoute(ch) // error: WL110:15 the class CChien does not implement the interface IForme: its object cannot be stored in an element of 'formes'
TableauInsère(formes, 1, ch) // error: WL110:26 the class CChien does not implement the interface IForme: its object cannot be stored in an element of 'formes'
formes[1] = ch // error: WL110:13 the class CChien does not implement the interface IForme: its object cannot be stored in an element of 'formes'
TableauAjoute(formes, "carré") // error: WL110:23 a value of type string is not an object: it cannot be stored in an element of 'formes' (of the interface IForme)
v est une IForme = 2.5 // error: WL110:1 a value of type real is not an object: it cannot be stored in 'v' (of the interface IForme)
v = Null
Trace(v = Null)
PROCÉDURE CCarre::Aire()
RENVOYER 4
