// CBase::Méthode() dans une méthode d'une classe dérivée exécute la version de cette
// classe sur l'objet en cours (l'ancêtre nommé, à toute génération) ; CClasse::Globale()
// et CClasse::CONSTANTE désignent toujours la méthode globale et la constante
CForme est une Classe
	m_nom est une chaîne
	CONSTANTE
		CÔTÉS = 0
	FIN
	GLOBAL
		g_nombre est un entier
FIN
CCarré est une Classe
	hérite de CForme
FIN
CDalle est une Classe
	hérite de CCarré
FIN
d est un CDalle
d.m_nom = "d1"
Trace(d.Décrire()) // expect: dalle, carré, forme d1
Trace(d.Aire(3)) // expect: 9 / 3 côtés 0
Trace(d.Compté()) // expect: 2
Trace(CForme::Compter()) // expect: 3
// hors des méthodes de la classe, une méthode d'objet appelée sur la classe n'a pas d'objet :
// expect error: 'm_nom' is not a global member of CForme
cforme::decrire() // wl: ignore[WL111] (pas une méthode GLOBALE : wl check la refuse)
PROCÉDURE CForme::Décrire()
RENVOYER "forme " + :m_nom
PROCÉDURE CCarré::Décrire()
RENVOYER "carré, " + CForme::Décrire()
PROCÉDURE CDalle::Décrire()
RENVOYER "dalle, " + ccarre::DECRIRE()
PROCÉDURE CForme::Aire(n)
RENVOYER " / " + n + " côtés " + CForme::COTES
PROCÉDURE CDalle::Aire(n)
RENVOYER n * n + CForme::Aire(n)
PROCÉDURE GLOBALE CForme::Compter()
CForme::g_nombre++
RENVOYER CForme::g_nombre
PROCÉDURE CDalle::Compté()
CForme::Compter()
RENVOYER CForme::Compter()
