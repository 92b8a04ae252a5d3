// une méthode PRIVÉE d'un ancêtre appelée sur l'objet courant depuis une méthode d'une
// classe dérivée (`:Contrôle()`, `Objet.Contrôle()`) est WL112, comme `Contrôle()` seul
// l'était : seules les méthodes de la classe qui la déclare l'utilisent (wl check ne
// disait rien et l'exécution l'appelait) ; une PROTÉGÉE est celle de la classe dérivée
CCompte est une Classe
	PRIVÉ
	m_mSolde est un monétaire
FIN
CÉpargne est une Classe
	hérite de CCompte
FIN
e est un CÉpargne
e.Intérêts()
PROCÉDURE PRIVÉE CCompte::Contrôle()
	Trace("contrôle")
PROCÉDURE PROTÉGÉE CCompte::Journal(sTexte est une chaîne)
	Trace(sTexte)
PROCÉDURE CCompte::Clôture()
	:Contrôle()
	objet.Contrôle()
PROCÉDURE CÉpargne::Intérêts()
	:Journal("intérêts")
	:Contrôle() // error: WL112:3 'Contrôle' is a private member of the class CCompte: only its own methods can use it
	Objet.Contrôle() // error: WL112:8 'Contrôle' is a private member of the class CCompte: only its own methods can use it
	:Clôture()
