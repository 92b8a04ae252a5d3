// Un membre tableau d'objets est construit à sa place parmi les autres membres
// (décidé : docs/semantics.md, "Member creation order")
CPièce est une Classe
	m_nom est une chaîne
FIN
CVoiture est une Classe
	m_p est un CPièce("p")
	m_t est un tableau de 2 CPiece
	m_q est un CPièce("q")
FIN
// expect: construit p
// expect: construit sans nom
// expect: construit sans nom
// expect: construit q
v est une CVoiture
Trace(TableauOccurrence(v.m_t)) // expect: 2
PROCÉDURE CPièce::Constructeur(n = "sans nom")
:m_nom = n
Trace("construit " + n)
