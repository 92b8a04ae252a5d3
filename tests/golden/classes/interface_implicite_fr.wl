// une classe qui a chaque prototype d'une interface, elle-même ou par un ancêtre,
// l'implémente sans ligne `implémente` : son objet va dans une variable de l'interface
// (par `<-` ou `=`), et `est` le dit ; une classe à qui il manque un prototype est
// toujours refusée
IFournisseur est une Interface
	PROCÉDURE Connexion() : chaîne
	PROPRIÉTÉ Libellé <lecture>
FIN
GenreFournisseur est une Enumération
	genreMail
	genreJeton
FIN
CFournisseur est une Classe, abstraite
PROTÉGÉ
	m_sUrl est une chaîne
FIN
CFournisseurMail est une Classe
	hérite de CFournisseur
	Libellé est une chaîne = "mail"
FIN
CFournisseurJeton est une Classe
	hérite de CFournisseur
	Libellé est une chaîne = "jeton"
FIN
CDemiFournisseur est une Classe
	m_x est un entier
FIN
Trace(Connecte(genreMail)) // expect: mail: connecté à https://a.example
Trace(Connecte(genreJeton)) // expect: jeton: connecté à https://a.example
m est un CFournisseurMail("https://b.example")
f est un IFournisseur = m
Trace(f.Connexion()) // expect: connecté à https://b.example
Trace(m est un IFournisseur) // expect: 1
d est un CDemiFournisseur
Trace(d est un IFournisseur) // expect: 0
QUAND EXCEPTION DANS
	f <- d // wl: ignore[WL110] (l'exécution s'arrête ici)
FAIRE
	Trace(ExceptionInfo()) // expect: The class CDemiFournisseur does not implement the interface IFournisseur: its object cannot be stored in a variable of IFournisseur.
FIN
PROCÉDURE Connecte(genre est un GenreFournisseur) : chaîne
fourn est un IFournisseur
SELON genre
	CAS genreMail : fourn <- allouer un CFournisseurMail("https://a.example")
	CAS genreJeton : fourn <- allouer un CFournisseurJeton("https://a.example")
FIN
RENVOYER fourn.Libellé + ": " + fourn.Connexion()
PROCÉDURE CFournisseur::Constructeur(sUrl est une chaîne = "")
m_sUrl = sUrl
PROCÉDURE PROTÉGÉ CFournisseur::Connexion() : chaîne
RENVOYER "connecté à " + m_sUrl
PROCÉDURE CDemiFournisseur::Connexion() : chaîne
RENVOYER "moitié"
