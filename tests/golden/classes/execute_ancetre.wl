// ExécuteAncêtre() (accents facultatifs) dans une méthode : la version de l'ancêtre
CForme est une Classe
FIN
CCarré est une Classe
	hérite de CForme
FIN
c est un CCarré
Trace(c.Aire(2)) // expect: 21
Trace(c.Double(4)) // expect: 10
PROCÉDURE CForme::Aire(n)
RENVOYER n * 10
PROCÉDURE CCarré::Aire(n)
RENVOYER ExécuteAncêtre() + 1
PROCÉDURE CForme::Double(n)
RENVOYER n * 2
PROCÉDURE CCarré::Double(n)
RENVOYER executeancetre(n + 1)
