// une méthode sans RENVOYER utilisée comme valeur : l'exécution s'arrête à cet appel
CCompteur est une Classe
    m_n est un entier
FIN
c est un CCompteur
Trace(c.Avance()) // expect error: 'CCompteur::Avance' gives no result (it has no RESULT): its call cannot be used as a value.

PROCÉDURE CCompteur::Avance()
m_n++
