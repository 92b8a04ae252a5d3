// Une classe peut hériter de plusieurs classes (?6010007 : "Un héritage peut être
// multiple") : chaque ligne `hérite de` ajoute un ancêtre. Ses objets ont les membres et
// les méthodes de chacun, `o est CClasse` est Vrai pour chaque ancêtre, et le
// constructeur qui appelle ceux de ses ancêtres (`Constructeur CA(7)`) les appelle tous.
CA est une Classe
    m_a est un entier
FIN
CB est une Classe
    m_b est une chaîne
FIN
CC est une Classe
    hérite de CA
    HÉRITE DE CB
FIN
c est un CC
Trace(c.m_a, c.m_b, c.Montre())   // expect: 7, sept, CC, CB sept
Trace(c est CA, c est CB, c EST CC)   // expect: 1, 1, 1
b est un CB dynamique = c
Trace(b est CA, b.Montre())   // expect: 1, CC, CB sept
x est un CA
Trace(x est CB)   // expect: 0

PROCÉDURE CA::Constructeur(n est un entier = 0)
:m_a = n
PROCÉDURE CB::Constructeur(s est une chaîne = "")
:m_b = s
PROCÉDURE CC::Constructeur()
Constructeur CA(7)
Constructeur CB("sept")
PROCÉDURE CB::Montre()
RENVOYER "CB " + :m_b
PROCÉDURE CC::Montre()
RENVOYER "CC, " + Ancêtre.Montre()
