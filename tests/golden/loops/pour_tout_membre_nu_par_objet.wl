// POUR TOUT ... TRIÉ PAR / OÙ avec le nom nu d'un membre des éléments, sur un tableau
// membre atteint par un objet (`o.m_t`, `o.m_p.m_t`) ou par l'objet courant dans une
// méthode (`:m_t`) : le nom est ce membre de chaque élément, comme sur une variable
// tableau (INFERRED, docs/semantics.md "SORTED BY a bare member"). C'était WL101 dans
// wl check, et la boucle ne triait ni ne filtrait, après un avertissement.
STRUCTURE Personne
    sNom est une chaîne
    nÂge est un entier
FIN
CÉquipe est une Classe
    m_t est un tableau de Personne
FIN
CClub est une Classe
    m_équipe est un CÉquipe
FIN
o est un CÉquipe
p est une Personne
p.sNom = "Ann"; p.nÂge = 40; TableauAjoute(o.m_t, p)
p.sNom = "Bob"; p.nÂge = 20; TableauAjoute(o.m_t, p)
p.sNom = "Cy"; p.nÂge = 30; TableauAjoute(o.m_t, p)
POUR TOUT x DE o.m_t TRIÉ PAR nÂge
    Trace(x.sNom)
FIN
// expect: Bob
// expect: Cy
// expect: Ann
POUR TOUT x DE o.m_t OÙ nAge >= 30 TRIÉ PAR -nÂge
    Trace(x.sNom)
FIN
// expect: Ann
// expect: Cy
c est un CClub
c.m_équipe = o
POUR TOUT x DE c.m_équipe.m_t OÙ nÂge < 40 TRIÉ PAR sNom
    Trace(x.sNom)
FIN
// expect: Bob
// expect: Cy
o.PlusJeunes()
// expect: Bob, Cy
// expect: Bob

PROCÉDURE CÉquipe::PlusJeunes()
s est une chaîne
POUR TOUT x DE :m_t OÙ nÂge < 40 TRIÉ PAR nÂge
    s += [", "] + x.sNom
FIN
Trace(s)
POUR TOUT x DE :m_t TRIÉ PAR nÂge
    Trace(x.sNom)
    SORTIR
FIN
