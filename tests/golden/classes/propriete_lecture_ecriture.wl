// Une propriété en français : <lecture> / <écriture> (les mots de la syntaxe française
// des propriétés, page Interface ?6010017), en toute casse, avec ou sans accent
CCompte est une Classe
	PROTÉGÉ
	m_sTitulaire est une chaîne
	m_mSolde est un monétaire
FIN

c est un CCompte("Dupont")
Trace(c.Titulaire)   // expect: DUPONT
c.Solde = 12.5
Trace(c.Solde)   // expect: 12.5
c.Plafond = 300
Trace(c.Plafond)   // expect: 300
// (écrite par un CCompte, la propriété en lecture seule est l'erreur WL106 de wl check,
// une erreur de compilation (?6010011) ; par un variant, l'exécution s'arrête à la ligne)
v est un variant = c
QUAND EXCEPTION DANS
	v.Titulaire = "Martin"
FAIRE
	Trace(ExceptionInfo(errMessage))   // expect: The property Titulaire of CCompte is read-only (it has no <set> procedure).
FIN

PROCÉDURE CCompte::Constructeur(sTitulaire est une chaîne)
:m_sTitulaire = sTitulaire

PROCÉDURE PUBLIQUE CCompte::Titulaire() <lecture>
RENVOYER Majuscule(:m_sTitulaire)

PROCÉDURE CCompte::Solde() : monétaire <Lecture>
RENVOYER :m_mSolde

PROCÉDURE CCompte::Solde(mValeur est un monétaire) <écriture>
:m_mSolde = mValeur

PROCÉDURE CCompte::Plafond() <LECTURE>
RENVOYER :m_mSolde * 2 + 275

PROCÉDURE CCompte::Plafond(mValeur) <ecriture>
:m_mSolde = (mValeur - 275) / 2
