// une valeur simple rangée dans une variable d'une classe, ou un objet dans un nombre ou
// une chaîne : WL110 à la variable, l'exécution s'arrêtant là
CClient est une Classe
    m_nom est une chaîne
FIN
c est un CClient = 5 // error: WL110:1 5 is an integer: a value of type integer cannot be stored in 'c', a CClient (class)
n est un entier
n = c // error: WL110:1 'c' is a CClient: an object cannot be stored in 'n', a number
Trace(n)
