// quand seul l'objet dit sa classe, l'écriture est vérifiée à l'exécution
CProduit est une Classe
	PUBLIC CONSTANT m_code est une chaîne
FIN
CNote est une Classe
	m_code est une chaîne
FIN
n est un CNote
ChangeCode(n, "N1")
Trace(n.m_code) // expect: N1
p est un CProduit
ChangeCode(p, "P1")
PROCÉDURE ChangeCode(o, code)
o.m_code = code // expect error: 'm_code' is a CONSTANT member of the class CProduit
