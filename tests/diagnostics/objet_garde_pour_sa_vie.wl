// Un objet déclaré pour ce que sa création et sa fin exécutent (un constructeur qui
// reçoit des arguments, un destructeur : un verrou tenu le temps de la procédure, comme
// un vrai serveur écrit m est MutexHelper(:mutex)) n'est pas « déclaré mais jamais
// utilisé » ; un objet dont la classe n'exécute rien alors reste WL201
CVerrou est une Classe
	nom est une chaîne
FIN
CSimple est une Classe
	n est un entier
FIN
Verrouille("tables")
PROCÉDURE Verrouille(s est une chaîne)
m est un CVerrou(s)
inutile est un CSimple // warning: WL201:1 'inutile' is declared but never used
Trace("dans " + s)
PROCÉDURE CVerrou::Constructeur(sNom est une chaîne)
:nom = sNom
PROCÉDURE CVerrou::Destructeur()
Trace("libère " + :nom)
