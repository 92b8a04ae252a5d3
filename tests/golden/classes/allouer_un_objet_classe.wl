// `allouer un objet cClasse` : le mot objet est facultatif après allouer, comme dans
// `o est un objet cClasse dynamique` ; c'était une erreur de syntaxe
cPoint est une Classe
    m_nX est un entier
FIN
p est un objet cPoint dynamique
p = allouer un objet cPoint(4)
Trace(p.m_nX) // expect: 4
SI p <> Null ALORS p = ALLOUER UN OBJET cPoint
Trace(p.m_nX) // expect: 0
tPoints est un tableau de cPoint dynamique
tPoints.Ajoute(allouer un objet cPoint(9))
Trace(tPoints[1].m_nX) // expect: 9
PROCÉDURE cPoint::Constructeur(n est un entier = 0)
:m_nX = n
