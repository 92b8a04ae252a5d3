// Un paramètre Date qui reçoit "" tient la Date vide, qu'un entier sur 2 octets range
// comme 0, et `wl check` n'y dit plus WL110 quand un appel du programme lui donne "" ;
// qui reçoit une date arrête l'exécution au rangement, comme le contrôle le disait.
Trace(Garde("")) // expect: 0
Trace(Garde("20251207")) // expect: Numeric overflow: 20251207 is beyond the largest 2-byte int (32,767): a Date's digits (YYYYMMDD) need an int.

PROCÉDURE Garde(dDonnée est une Date)
nCourt est un entier sur 2 octets
QUAND EXCEPTION DANS
	nCourt = dDonnée
FAIRE
	RENVOYER ExceptionInfo(errMessage)
FIN
RENVOYER nCourt
