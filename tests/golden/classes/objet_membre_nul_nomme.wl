// le membre d'un membre objet encore Null : l'erreur nomme le chemin
CEnfant est une Classe
    x est un entier
FIN
CParent est une Classe
    m_enfant est un CEnfant dynamique
FIN
o est un CParent
Trace(o.m_enfant = Null) // expect: 1
Trace(o.m_enfant.x) // expect error: o.m_enfant is Null: no CEnfant object to use 'x' on
