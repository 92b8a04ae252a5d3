// Une valeur d'énumération et une méthode de la classe courante dont les noms se
// confondent sans accents (`Résilié` et la méthode `Résilie`) : le nom écrit comme la
// valeur, accents compris, est la valeur (INFERRED, docs/semantics.md "Names that fold
// alike"). `m_eÉtat = Résilié` dans la méthode `Résilie()` appelait la méthode
// elle-même, sans fin (débordement de pile).
ÉtatContrat est une Énumération
    Actif
    Résilié
FIN
CContrat est une Classe
    m_eÉtat est un ÉtatContrat = Actif
FIN
c est un CContrat
c.Résilie()
Trace(c.m_eÉtat) // expect: Résilié
c.Réactive()
Trace(c.m_eÉtat) // expect: Résilié
PROCÉDURE CContrat::Résilie()
m_eÉtat = Résilié
PROCÉDURE CContrat::Réactive()
m_eÉtat = Actif
Résilie // la méthode, écrite comme elle
