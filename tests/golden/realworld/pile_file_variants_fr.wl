// Pile et file génériques : des variants de tout type (entier, chaîne, réel, booléen,
// date), une exception sur la pile vide (jumeau anglais : stack_queue_variants_en.wl).
CPile est une Classe
	PRIVÉ
		m_tabEléments est un tableau de variants
FIN

CFile est une Classe
	PRIVÉ
		m_tabEléments est un tableau de variants
		m_nTête est un entier = 1
FIN

p est un CPile
p.Empile(12)
p.Empile("douze")
p.Empile(12.5)
p.Empile(Vrai)
d est une Date = "20261206"
p.Empile(d)
Trace("taille", p.Taille(), "sommet", p.Sommet())
TANTQUE PAS p.EstVide()
	v est un variant = p.Dépile()
	Trace(v, TypeVar(v) = wlEntier, TypeVar(v) = wlChaîne)
FIN
QUAND EXCEPTION DANS
	p.Dépile()
FAIRE
	Trace("erreur :", ExceptionInfo(errMessage))
FIN
f est un CFile
POUR i = 1 À 3
	f.Enfile(i * 10)
FIN
f.Enfile("fin")
Trace("longueur", f.Longueur())
BOUCLE
	x est un variant = f.Défile()
	SI x = Null ALORS SORTIR
	Trace("défilé", x)
FIN
Trace("longueur", f.Longueur())
// expect: taille, 5, sommet, 20261206
// expect: 20261206, 0, 0
// expect: 1, 0, 0
// expect: 12.5, 0, 0
// expect: douze, 0, 1
// expect: 12, 1, 0
// expect: erreur :, pile vide
// expect: longueur, 4
// expect: défilé, 10
// expect: défilé, 20
// expect: défilé, 30
// expect: défilé, fin
// expect: longueur, 0

PROCÉDURE CPile::Empile(v)
Ajoute(m_tabEléments, v)

PROCÉDURE CPile::Dépile()
SI EstVide() ALORS ExceptionDéclenche(1, "pile vide")
vSommet est un variant = m_tabEléments[m_tabEléments..Occurrence]
TableauSupprime(m_tabEléments, m_tabEléments..Occurrence)
RENVOYER vSommet

PROCÉDURE CPile::Sommet()
RENVOYER m_tabEléments[TableauOccurrence(m_tabEléments)]

PROCÉDURE CPile::EstVide() : booléen
RENVOYER m_tabEléments..Vide

PROCÉDURE CPile::Taille() : entier
RENVOYER TableauOccurrence(m_tabEléments)

PROCÉDURE CFile::Enfile(v)
TableauAjoute(m_tabEléments, v)

PROCÉDURE CFile::Défile()
SI m_nTête > TableauOccurrence(m_tabEléments) ALORS RENVOYER Null
vPremier est un variant = m_tabEléments[m_nTête]
m_nTête++
RENVOYER vPremier

PROCÉDURE CFile::Longueur() : entier
RENVOYER TableauOccurrence(m_tabEléments) - m_nTête + 1
