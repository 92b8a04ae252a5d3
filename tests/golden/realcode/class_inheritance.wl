// inheritance: HÉRITE DE, inherited members and methods, a redefinition wins, parent constructor
CAnimal est une Classe
    m_nom est une chaîne
FIN
CChien est une Classe
    hérite de CAnimal
    m_race est une chaîne
FIN
d est un CChien
Trace(d.m_nom) // expect: ?
c est un CChien
c.m_nom = "Rex"
c.m_race = "Berger"
Trace(c.Décrire(), c.Cri()) // expect: Rex (Wouf), Wouf
a est un CAnimal = c
Trace(a.m_nom) // expect: Rex
PROCEDURE CAnimal::Décrire()
RENVOYER m_nom + " (" + Cri() + ")"
PROCEDURE CAnimal::Cri()
RENVOYER "..."
PROCEDURE CChien::Cri()
RENVOYER "Wouf"
PROCEDURE CAnimal::Constructeur()
:m_nom = "?"
