// un objet dont wl check connaît la classe, donné à une variable d'une interface que sa
// classe n'implémente pas (ni un ancêtre ; pour un objet dynamique, ni une classe dérivée) :
// WL110, différée (l'exécution s'arrête à cette affectation)
IForme est une Interface
	PROCÉDURE Aire()
FIN
CCarre est une Classe
	implémente IForme
FIN
CDalle est une Classe
	hérite de CCarre
FIN
CChien est une Classe
FIN
CChiot est une Classe
	hérite de CChien
	implémente IForme
FIN
CChat est une Classe
FIN
CChaton est une Classe
	hérite de CChat
FIN
d est un CChien
b est un CChien dynamique = allouer un CChiot
s est un IForme = d // error: WL110:1 the class CChien does not implement the interface IForme: its object cannot be stored in 's'
t est un IForme <- nouveau CDalle
u est un IForme <- nouveau CChien // error: WL110:1 the class CChien does not implement the interface IForme: its object cannot be stored in 'u'
t = b
t <- d // error: WL110:1 the class CChien does not implement the interface IForme: its object cannot be stored in 't'
Trace(s.Aire(), t.Aire(), u.Aire())
// une variable de POUR TOUT parcourant un tableau d'objets d'une classe peut tenir un
// objet d'une classe dérivée (c'était WL110 quelles que soient les classes dérivées)
tabChiens est un tableau de CChien dynamique
POUR TOUT o DE tabChiens
	t <- o
FIN
tabChats est un tableau de CChat dynamiques
POUR TOUT c DE tabChats
	t <- c // error: WL110:2 the class CChat does not implement the interface IForme: its object cannot be stored in 't'
FIN
PROCÉDURE CCarre::Aire()
RENVOYER 4
PROCÉDURE CChiot::Aire()
RENVOYER 1
