// une méthode GLOBALE PRIVÉE ou PROTÉGÉE appelée par sa classe hors de la classe : WL112
cVéhicule est une Classe
FIN
Trace(cVéhicule::Compte()) // error: WL112:18 'Compte' is a protected member of the class cVéhicule: only its methods and those of its derived classes can use it
Trace(CVEHICULE.Numéro()) // error: WL112:17 'Numéro' is a private member of the class cVéhicule: only its own methods can use it
PROCÉDURE PROTÉGÉE GLOBALE cVéhicule::Compte() : entier
RENVOYER 42
PROCÉDURE PRIVÉE GLOBALE cVéhicule::Numéro() : entier
RENVOYER cVéhicule::Compte()
