// `libérer o` après le ALORS ou le SINON d'un SI sur une ligne
cRes est une Classe
    m_n est un entier
FIN
o est un cRes dynamique = allouer un cRes
SI o <> Null ALORS libérer o
// expect: fermeture 0
Trace(o = Null) // expect: 1
a est un cRes dynamique
a <- allouer un cRes
SI a = Null ALORS Trace("aucun") SINON Liberer a
// expect: fermeture 0
PROCÉDURE cRes::Destructeur()
Trace("fermeture " + :m_n)
