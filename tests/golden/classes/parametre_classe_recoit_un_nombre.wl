// un nombre donné à un paramètre déclaré d'une classe, par une méthode : l'exécution
// s'arrête à l'appel, avec les mots de WL116 de wl check
CClient est une Classe
    m_nom est une chaîne
FIN
c est un CClient
n est un entier = 12
Trace("avant") // expect: avant
c.Comparer(n) // expect error: 'n' is an int and the parameter 'autre' of CClient::Comparer is a CClient: a value of type int cannot be stored in a class
Trace("jamais affiché")

PROCÉDURE CClient::Comparer(autre est un CClient)
RENVOYER m_nom = autre.m_nom
