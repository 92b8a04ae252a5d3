// Un objet rangé dans un membre déclaré numérique ou chaîne : WL110 au membre
STPoint est une Structure
	nX est un entier
FIN
cFiche est une Classe
	m_sTitre est une chaîne
FIN
pt est un STPoint
f est un cFiche
f.m_sTitre = "a"
f.M_STITRE = pt // error: WL110:1 'pt' is a STPoint: a structure cannot be stored in 'f.M_STITRE', a string
