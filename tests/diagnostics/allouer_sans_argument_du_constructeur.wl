// `allouer un CFeu` / `nouveau CFeu` quand le constructeur de CFeu a un paramètre sans
// valeur par défaut : WL104, comme un appel sans cet argument (décidé, L, 7 déc. 2026).
o est un CFeu dynamique
o = allouer un CFeu // error: WL104:5 CFeu::Constructeur expects 1 parameter(s) but received 0
o = allouer un CFeu("clé")
o = nouveau CFeu // error: WL104:5 CFeu::Constructeur expects 1 parameter(s) but received 0
Trace(o.m_sCle)

CFeu est une Classe
	m_sCle est une chaîne
FIN

PROCÉDURE CFeu::Constructeur(sCle est une chaîne)
m_sCle = sCle
