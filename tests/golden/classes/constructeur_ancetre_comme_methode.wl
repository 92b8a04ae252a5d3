// `Ancêtre:Constructeur(args)` et `CBase::Constructeur(args)` dans un constructeur
// exécutent le constructeur de l'ancêtre avec ces arguments, comme
// `Constructeur CBase(args)` : il n'est alors pas exécuté une seconde fois sans eux
CBase est une Classe
	m_n est un entier
FIN
CPremière est une Classe
	hérite de CBase
FIN
CSeconde est une Classe
	hérite de CBase
FIN
a est une CPremière(5)
// expect: base 10
// expect: première
b est une CSeconde(2)
// expect: base 6
// expect: seconde
Trace(a.m_n, b.m_n) // expect: 10, 6
PROCÉDURE CBase::Constructeur(n est un entier)
:m_n = n
Trace("base " + n)
PROCÉDURE CPremière::Constructeur(n est un entier)
Ancêtre:Constructeur(n * 2)
Trace("première")
PROCÉDURE CSeconde::Constructeur(n est un entier)
cbase::CONSTRUCTEUR(n * 3)
Trace("seconde")
