// Les membres d'un nouvel objet sont construits dans l'ordre de leur déclaration, ceux
// de l'ancêtre d'abord : avec ou sans arguments de constructeur, ou avec une valeur
// initiale calculée ; puis les constructeurs. Quand l'objet disparaît, son destructeur
// s'exécute, puis ceux de ses membres dans l'ordre de déclaration (décidé)
CPièce est une Classe
	m_nom est une chaîne
FIN
CBase est une Classe
	b1 est un CPièce("b1")
	b2 est un objet CPièce
FIN
CVoiture est une Classe
	hérite de CBase
	a est une CPiece
	b est un CPièce("b")
	c est un objet CPièce
	d est une chaîne = Calculé("d")
	e est un CPIÈCE()
FIN
// expect: construit b1
// expect: construit aucun
// expect: construit aucun
// expect: construit b
// expect: construit aucun
// expect: calcule d
// expect: construit aucun
// expect: voiture
// expect: construite d
// expect: libère la voiture
// expect: libère b1
// expect: libère aucun
// expect: libère aucun
// expect: libère b
// expect: libère aucun
// expect: libère aucun
Construire()
Trace("fin") // expect: fin
PROCÉDURE CPièce::Constructeur(n = "aucun")
:m_nom = n
Trace("construit " + n)
PROCÉDURE CPièce::Destructeur()
Trace("libère " + :m_nom)
PROCÉDURE Calculé(s)
Trace("calcule " + s)
RENVOYER s
PROCÉDURE CVoiture::Constructeur()
Trace("voiture")
PROCÉDURE CVoiture::Destructeur()
Trace("libère la voiture")
PROCÉDURE Construire()
v est un CVoiture
Trace("construite " + v.d)
