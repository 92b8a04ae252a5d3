// une méthode appelée par un élément d'un tableau d'interface ou un membre déclaré d'une
// interface (`t[1].M()`, `:m_forme.M()`) : un prototype de l'interface, avec son nombre
// d'arguments (WL109, WL104 différées), comme par une variable
IForme est une Interface
	PROCÉDURE Aire() : entier
FIN
CCarre est une Classe
	implémente IForme
FIN
CBoite est une Classe
	m_forme est un IForme
FIN
t est un tableau de IForme
TableauAjoute(t, allouer un CCarre)
Trace(t[1].Aire())
Trace(t[1].Périmètre()) // error: WL109:12 'Périmètre' is not a method of the interface IForme
b est un CBoite
b.Montre()
PROCÉDURE CCarre::Aire() : entier
RENVOYER 4
PROCÉDURE CBoite::Montre()
:m_forme = allouer un CCarre
Trace(:m_forme.aire())
Trace(:m_forme.Aire(1)) // error: WL104:16 Aire expects 0 parameter(s) but received 1
Trace(m_forme.Périmètre()) // error: WL109:15 'Périmètre' is not a method of the interface IForme
