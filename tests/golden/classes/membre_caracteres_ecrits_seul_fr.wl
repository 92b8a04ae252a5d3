// Dans une méthode, des caractères d'un membre chaîne ou Buffer nommé seul s'écrivent
// comme par `:` (`m_sCode[[1]] = "X"` était une erreur interne : « the semantic pass
// accepted code that cannot be compiled »)
oEtiquette est un CEtiquette
oEtiquette.Masque()

CEtiquette est une Classe
	m_sCode est une chaîne = "ABCDEF"
	m_bufBrut est un Buffer = "abc"
FIN

PROCÉDURE CEtiquette::Masque()
m_sCode[[1]] = "X"
m_sCode[[2 À 3]] = "yy"
m_bufBrut[[1]] = "Z"
Trace(m_sCode, m_bufBrut) // expect: XyyDEF, Zbc
POUR i = 4 À 5
	m_sCode[[i]] = "*"
FIN
:m_sCode[[6]] = "!"
Trace(m_sCode, Taille(m_sCode)) // expect: Xyy**!, 6
