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
d est un CChien
b est un CChien dynamique = allouer un CChiot
s est un IForme = d // error: WL110:1 the class CChien does not implement the interface IForme: its object cannot be stored in 's'
t est un IForme <- nouveau CDalle
u est un IForme <- nouveau CChien // error: WL110:1 the class CChien does not implement the interface IForme: its object cannot be stored in 'u'
t = b
t <- d // error: WL110:1 the class CChien does not implement the interface IForme: its object cannot be stored in 't'
Trace(s.Aire(), t.Aire(), u.Aire())
PROCÉDURE CCarre::Aire()
RENVOYER 4
PROCÉDURE CChiot::Aire()
RENVOYER 1
