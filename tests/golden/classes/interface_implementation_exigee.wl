// une variable, un paramètre ou un élément de tableau d'une interface ne contient que des
// objets de classes qui l'implémentent, par leur ligne `implémente` ou celle d'un ancêtre :
// un autre objet arrête l'exécution là où il est rangé
IForme est une Interface
	PROCÉDURE Aire() : réel
FIN
CCarré est une Classe
	implémente IForme
	m_côté est un réel
FIN
CDalle est une Classe
	hérite de CCarré
FIN
CChien est une Classe
	m_nom est une chaîne
FIN
ca est un CCarré
ca.m_côté = 3
f est un IForme = ca
Trace(f.Aire()) // expect: 9
dalle est un IForme <- nouveau CDalle
Trace(dalle.Aire()) // expect: 0
formes est un tableau de IForme
Ajoute(formes, ca)
Trace(Mesure(formes[1])) // expect: 9
animal est un objet dynamique = allouer un CChien
QUAND EXCEPTION DANS
	Ajoute(formes, animal)
FAIRE
	Trace(ExceptionInfo()) // expect: The class CChien does not implement the interface IForme: its object cannot be stored in a variable of IForme.
FIN
Trace(formes.Occurrence) // expect: 1
f <- animal // expect error: The class CChien does not implement the interface IForme: its object cannot be stored in a variable of IForme.
PROCÉDURE CCarré::Aire() : réel
RENVOYER :m_côté * :m_côté
PROCÉDURE Mesure(x est un IForme)
RENVOYER x.Aire()
