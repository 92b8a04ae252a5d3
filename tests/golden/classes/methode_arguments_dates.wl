// Une variable Date, Heure ou DateHeure passée à une méthode garde son type, comme passée
// à une procédure (docs/semantics.md).
CPlanning est une Classe
    m_dhProchain est une DateHeure
FIN
h est une Heure = "0745"
o est un CPlanning
o.FixeProchain(h)
// expect: 7, 45
tabCréneaux est un tableau de DateHeure
tabCréneaux.Ajoute(h)
Trace(tabCréneaux[1]..Heure, tabCréneaux[1]..Minute) // expect: 7, 45
PROCÉDURE CPlanning::FixeProchain(x est une DateHeure)
m_dhProchain = x
Trace(m_dhProchain..Heure, m_dhProchain..Minute)
