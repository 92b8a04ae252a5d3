// Un objet d'une classe dont le constructeur est PRIVÉ (ou PROTÉGÉ) créé hors de la
// classe (voir private_constructor.wl)
CA est une Classe
	n est un entier
FIN
CB est une Classe
	hérite de CA
FIN
o est un CA // error: WL112:1 the constructor of CA is protected: only its methods and those of its derived classes can create an object of it
p est un CB
q est un CA dynamique = allouer un CA // error: WL112:25 the constructor of CA is protected: only its methods and those of its derived classes can create an object of it
Trace(o.n, p.n, q.n)
PROCÉDURE PROTÉGÉE CA::Constructeur()
n = 1
