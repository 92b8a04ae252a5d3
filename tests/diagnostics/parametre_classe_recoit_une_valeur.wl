// un littéral ou une variable d'un type simple donné à un paramètre déclaré d'une classe :
// WL116 à l'argument ; Null et les objets ne sont pas jugés
CClient est une Classe
    m_nom est une chaîne
FIN
n est un entier = 3
o est un CClient
Prendre("x") // error: WL116:9 "x" is a string and the parameter 'c' of Prendre is a CClient: a value of type string cannot be stored in a class
Prendre(n) // error: WL116:9 'n' is an int and the parameter 'c' of Prendre is a CClient: a value of type int cannot be stored in a class
Prendre(o)
o.Saluer(Vrai) // error: WL116:10 Vrai is a boolean and the parameter 'autre' of CClient::Saluer is a CClient: a value of type boolean cannot be stored in a class

PROCÉDURE Prendre(c est un CClient)
Trace(c.m_nom)

PROCÉDURE CClient::Saluer(autre est un CClient)
Trace(m_nom, autre.m_nom)
