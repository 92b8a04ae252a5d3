// une méthode sans RENVOYER appelée comme valeur sur une variable de sa classe : WL117
CCompteur est une Classe
    m_n est un entier
FIN
c est un CCompteur
Trace(c.Avance()) // error: WL117:9 'CCompteur::Avance' gives no result (it has no RESULT): its call cannot be used as a value

PROCÉDURE CCompteur::Avance()
m_n++
