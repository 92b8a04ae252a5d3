// Une PROCÉDURE Constructeur globale à côté d'une classe est une procédure ordinaire, pas
// le constructeur de la classe : WL216 à son nom (l'aide nomme CPersonne::Constructeur)
CPersonne est une Classe
	m_sNom est une chaîne
FIN
p est un CPersonne
Trace(p.m_sNom)
Constructeur()
destructeur()
PROCÉDURE Constructeur() // warning: WL216:11 'Constructeur' is a global procedure, not the constructor of a class: it runs only when called, and a class's members are not its variables
m_sNom = "Anne" // error: WL101:1 'm_sNom' is not declared
PROCÉDURE destructeur() // warning: WL216:11 'destructeur' is a global procedure, not the destructor of a class: it runs only when called, and a class's members are not its variables
Trace("fin")
