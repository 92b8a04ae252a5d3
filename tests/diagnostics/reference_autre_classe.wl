// `d <- c` vers un objet dynamique d'une classe, c un objet d'une classe qui n'est ni
// celle de d ni dérivée d'elle : l'exécution rend d Null : WL220, un avertissement ;
// vers un objet non dynamique l'exécution s'arrête, comme pour `=` : WL110
CAnimal est une Classe
	m_sNom est une chaîne
FIN
CChien est une Classe
	hérite de CAnimal
FIN
CVoiture est une Classe
	m_nRoues est un entier
FIN
CChenil est une Classe
	m_pPensionnaire est un CChien dynamique
FIN
PROCÉDURE CChenil::Accueille(oVoiture est un CVoiture)
:m_pPensionnaire <- oVoiture // warning: WL220:1 'oVoiture' is an object of the class CVoiture, which is not CChien nor derived from it: 'm_pPensionnaire' is Null after this line
SI :m_pPensionnaire = Null ALORS Trace("pas un chien")
PROCÉDURE Trie(oVoiture est un CVoiture, pAnimal est un CAnimal dynamique)
pChien est un CChien dynamique <- oVoiture // warning: WL220:1 'oVoiture' is an object of the class CVoiture, which is not CChien nor derived from it: 'pChien' is Null after this line
SI pChien <> Null ALORS Trace("un chien")
pChien <- pAnimal
SI pChien <> Null ALORS Trace("un chien")
oAnimal est un CAnimal
oAnimal <- oVoiture // error: WL110:1 an object of the class CVoiture cannot be stored in 'oAnimal', a CAnimal: CVoiture is not CAnimal nor derived from it
Trace(oAnimal.m_sNom)
