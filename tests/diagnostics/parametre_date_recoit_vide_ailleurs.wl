// Un paramètre Date rangé dans un petit entier, auquel un appel du programme donne un texte
// vide par une CONSTANTE, un paramètre transmis, ou l'appel d'une méthode par un objet :
// pas de WL110, l'exécution prend la Date vide et range 0 ; un paramètre que chaque appel
// donne une date, transmis ou non, garde WL110, là où l'exécution s'arrête. Issue 8, L,
// 7 déc. 2026, 17:25-20:25.
CONSTANTE
	SANS_DATE = ""
FIN
ParConstante(SANS_DATE)
Transmet("")
o est un CGardien
o.Garde("")
Sûre("20251207")
TransmetSûre("20251207")

PROCÉDURE ParConstante(dDonnée est une Date)
nCourt est un entier sur 2 octets = dDonnée
Trace(nCourt)

PROCÉDURE Transmet(s)
Garde(s)

PROCÉDURE Garde(dDonnée est une Date)
nCourt est un entier sur 2 octets = dDonnée
Trace(nCourt)

PROCÉDURE TransmetSûre(s)
Sûre(s)

PROCÉDURE Sûre(dDue est une Date)
nCourt est un entier sur 2 octets = dDue // error: WL110:1 'nCourt' is a 2-byte int: a Date's digits (YYYYMMDD) are beyond its range, the run stops (Numeric overflow); an int holds them
Trace(nCourt)

CGardien est une Classe
FIN
PROCÉDURE CGardien::Garde(dDonnée est une Date)
nCourt est un entier sur 2 octets = dDonnée
Trace(nCourt)
