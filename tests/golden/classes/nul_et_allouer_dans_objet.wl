// une variable objet d'une classe (non dynamique) peut être Null : `o = Null` lâche son
// objet (son destructeur s'exécute quand la dernière référence part) ; `o = allouer un
// C` fait désigner à o le nouvel objet, sans copie ni destructeur en trop
cRessource est une Classe
    m_nId est un entier
FIN
gclSel est un cRessource
gclSel.m_nId = 7
gclSel = NULL
// expect: fermeture 7
SI gclSel = Null ALORS Trace("aucune") // expect: aucune
gclSel = allouer un cRessource
gclSel:m_nId = 8
Trace(gclSel:m_nId) // expect: 8
gclSel = Null
// expect: fermeture 8
Trace("fin") // expect: fin
PROCÉDURE cRessource::Destructeur()
Trace("fermeture " + :m_nId)
