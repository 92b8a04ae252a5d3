// Bank accounts: an abstract class, properties (<get>/<set>), GLOBAL members, a
// PROTECTED ABSTRACT method redefined, a destructor, two syntaxes of one method. English
// keywords, the French twin's names (comptes_bancaires_classes_fr.wl)
CCompte is a Class, abstract
	PROTECTED
	m_sTitulaire is string
	m_mSolde is currency
	PUBLIC GLOBAL
	gnNbComptes is int
	PRIVATE
	m_tabJournal is array of strings
END

CCourant is a Class
	inherits from CCompte
	m_mDécouvert is currency = 200
END

CÉpargne is a Class
	inherits from CCompte
	m_rTaux is real = 1.5
END

c1 is CCourant("Martin")
c2 is CÉpargne dynamic = new CÉpargne("Durand", 1000)
c1.Dépose(100)
Trace(c1.Retire(250), c1.Solde) // expect: 1, -150
Trace(c1.Retire(100), c1.Solde) // expect: 0, -150
c2.Dépose(500, "prime")
Trace(c2.Intérêts(), c2.Solde) // expect: 22.5, 1500
Trace(CCompte.gnNbComptes, CCompte::gnNbComptes) // expect: 2, 2
c2.Titulaire = "  dupont  "
Trace(c2.Titulaire, c2.Journal()) // expect: DUPONT, ouverture 1000 ; dépôt 500 (prime)
delete c2
Trace(CCompte::gnNbComptes) // expect: 1
tabComptes est un array of CCompte dynamic
tabComptes.Add(new CCourant("A"))
tabComptes.Add(new CÉpargne("B", 200))
mTotal is currency
FOR EACH c OF tabComptes
	c.Dépose(10)
	mTotal += c.Solde
END
pÉp is CÉpargne dynamic = tabComptes[2]
Trace(mTotal, pÉp.Intérêts()) // expect: 220, 3.15

PROCEDURE CCompte::Constructor(sTitulaire is string, mInitial is currency = 0)
m_sTitulaire = sTitulaire
m_mSolde = mInitial
gnNbComptes++
IF mInitial > 0 THEN m_tabJournal.Add("ouverture " + mInitial)

PROCEDURE CCompte::Destructor()
gnNbComptes--

PROCEDURE CCompte::Dépose(mMontant is currency)
m_mSolde += mMontant
m_tabJournal.Add("dépôt " + mMontant)

PROCEDURE CCompte::Dépose(mMontant is currency, sMotif is string)
Dépose(mMontant)
m_tabJournal[m_tabJournal..Occurrence] += " (" + sMotif + ")"

PROCEDURE CCompte::Retire(mMontant is currency) : boolean
IF NOT Autorisé(mMontant) THEN RESULT False
m_mSolde -= mMontant
RESULT True

PROCEDURE PROTECTED ABSTRACT CCompte::Autorisé(mMontant is currency) : boolean

PROCEDURE CCompte::Journal() : string
RESULT ArrayToString(m_tabJournal, " ; ")

PROCEDURE CCompte::Solde() <get>
RESULT m_mSolde

PROCEDURE CCompte::Titulaire() <get>
RESULT m_sTitulaire

PROCEDURE CCompte::Titulaire(Valeur is string) <set>
m_sTitulaire = Upper(NoSpace(Valeur))

PROCEDURE CCourant::Constructor(sTitulaire is string)
Constructor CCompte(sTitulaire)

PROCEDURE PROTECTED CCourant::Autorisé(mMontant is currency) : boolean
RESULT m_mSolde - mMontant >= -m_mDécouvert

PROCEDURE CÉpargne::Constructor(sTitulaire is string, mInitial is currency)
Constructor CCompte(sTitulaire, mInitial)

PROCEDURE PROTECTED CÉpargne::Autorisé(mMontant is currency) : boolean
RESULT mMontant <= m_mSolde

PROCEDURE CÉpargne::Intérêts() : currency
RESULT m_mSolde * m_rTaux / 100
