// un membre ou une méthode PRIVÉ(E) d'une classe n'est qu'à ses propres méthodes : une
// méthode d'une classe dérivée qui le nomme est l'erreur WL112
CBase est une Classe
	PRIVÉ
		m_secret est un entier = 5
FIN
CFille est une Classe
	hérite de CBase
FIN
f est un CFille
Trace(f.Voir())
PROCÉDURE CFille::Voir()
n est un entier = Cachée() // error: WL112:19 'Cachée' is a private member of the class CBase: only its own methods can use it
RENVOYER m_secret + n // error: WL112:10 'm_secret' is a private member of the class CBase: only its own methods can use it
PROCÉDURE PRIVÉE CBase::Cachée()
RENVOYER 1
