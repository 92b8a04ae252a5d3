// Une méthode à plusieurs syntaxes appelée sur un membre (`m_o.M(n)`, `:m_o.M(s)` dans
// une méthode, `c.m_o.M(n)`) : la classe déclarée du membre donne les syntaxes,
// choisies à la compilation comme sur une variable de cette classe
CPièce est une Classe
	m_nom est une chaîne
FIN
CVoiture est une Classe
	m_o est un CPièce
FIN
c est une CVoiture
n est un entier = 7
Trace(c.m_o.Affiche(n)) // expect: entier 7
c.Roule() // expect: entier 3
// expect: chaîne abc
PROCÉDURE CPièce::Affiche(x est un entier)
RENVOYER "entier " + x
PROCÉDURE CPièce::Affiche(s est une chaîne)
RENVOYER "chaîne " + s
PROCÉDURE CVoiture::Roule()
k est un entier = 3
s est une chaîne = "abc"
Trace(m_o.Affiche(k))
Trace(:m_o.Affiche(s))
