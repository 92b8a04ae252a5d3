// Le nom court d'une fonction de tableau (Déplace, Ajoute, Trie...) appelé comme méthode
// d'une structure ou d'un objet dont la classe n'a pas cette méthode
STPoint est une Structure
	x est un entier
FIN
CListe est une Classe
	m_n est un entier
FIN
p est un STPoint
o est un CListe
t est un tableau de STPoint
p.Déplace(3, 4) // error: WL109:3 'Déplace' is not a method of STPoint
o.Ajoute(p) // error: WL109:3 'Ajoute' is not a method of CListe
o.Trie()
t.Ajoute(p)
Trace(p.x, o.m_n)
PROCÉDURE CListe::Trie()
m_n = 1
