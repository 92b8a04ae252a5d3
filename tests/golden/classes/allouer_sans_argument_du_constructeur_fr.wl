// `allouer un CFeu` quand le constructeur de CFeu a un paramètre sans valeur par défaut
// arrête l'exécution là où check dit WL104, dans les mêmes mots ; avec son argument, ou
// une valeur par défaut, il s'exécute.
o est un CFeu dynamique = allouer un CFeu("clé")
Trace(o.m_sCle) // expect: clé
o = allouer un CFeu // expect error: CFeu::Constructeur expects 1 parameter(s) but received 0.

CFeu est une Classe
	m_sCle est une chaîne
FIN

PROCÉDURE CFeu::Constructeur(sCle est une chaîne)
m_sCle = sCle
