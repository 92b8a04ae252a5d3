// Renouvellements d'abonnements comme un traitement de facturation les écrit : formules
// lues dans du JSON, une classe de base et une classe dérivée déclarée par une ligne
// membre ("un objet CAbonnement"), la prochaine échéance selon la formule, des e-mails de
// rappel construits (non envoyés) dont on relit la source, un récapitulatif en colonnes.
CAbonnement est une Classe
	m_sClient est une chaîne
	m_sFormule est une chaîne
	m_dDébut est une Date
	m_moPrix est un monétaire
	GLOBAL
	gnNombre est un entier
FIN

CPremium est une Classe
	un objet CAbonnement
	m_nPostes est un entier
FIN

sJSON est une chaîne = [
{
	"traitement": "2026-03-31",
	"abonnements": [
		{"client": "Dupont SA", "formule": "mensuelle", "debut": "2025-11-15", "prix": 49.90, "email": "info@dupont.test"},
		{"client": "Martin SARL", "formule": "Trimestrielle", "debut": "2025-12-01", "prix": 120, "email": "ops@martin.test"},
		{"client": "Léa & Cie", "formule": "premium", "debut": "2025-04-10", "prix": 900, "postes": 8, "email": "dsi@lea.test"}
	]
}
]
jDonnées est un JSON = sJSON
dTraitement est une Date = ChaîneVersDate(jDonnées.traitement, "AAAA-MM-JJ")
tabAbonnements est un tableau de CAbonnement dynamique
tabEmails est un tableau de chaînes
POUR TOUT jAbo DE jDonnées.abonnements
	dDébut est une Date = ChaîneVersDate(jAbo.debut, "AAAA-MM-JJ")
	SI jAbo.formule = "premium" ALORS
		TableauAjoute(tabAbonnements, allouer un CPremium(jAbo.client, dDébut, jAbo.prix, jAbo.postes))
	SINON
		TableauAjoute(tabAbonnements, allouer un CAbonnement(jAbo.client, jAbo.formule, dDébut, jAbo.prix))
	FIN
	TableauAjoute(tabEmails, jAbo.email)
FIN
Trace(CAbonnement::gnNombre + " abonnements lus le " + DateVersChaîne(dTraitement, "JJ/MM/AAAA"))
// expect: 3 abonnements lus le 31/03/2026

moTotal est un monétaire
sRécap est une chaîne
POUR i = 1 _À_ tabAbonnements..Occurrence
	o est un CAbonnement dynamique = tabAbonnements[i]
	dProchaine est une Date = o.ProchaineEchéance(dTraitement)
	nJours est un entier = DateDifférence(dTraitement, dProchaine)
	moTotal += o.Montant()
	sRécap += [RC] + Complète(o.m_sClient, 12) + DateVersChaîne(dProchaine, "AAAA-MM-JJ") + ...
		NumériqueVersChaîne(nJours, "5d") + NumériqueVersChaîne(o.Montant(), "10.2f")
	SI nJours <= 31 ALORS
		m est un Email
		m.Expéditeur = "facturation@boutique.test"
		Ajoute(m.Destinataire, tabEmails[i])
		m.Sujet = ChaîneConstruit("Votre abonnement %1 sera renouvelé le %2", Minuscule(o.m_sFormule), DateVersChaîne(dProchaine, "JJ/MM/AAAA"))
		m.Message = ChaîneConstruit("Bonjour %1,%2le montant de %3 sera prélevé.", o.m_sClient, RC, NumériqueVersChaîne(o.Montant(), "0.2f"))
		SI EmailConstruitSource(m) ALORS
			Trace(m.Sujet, Position(m.Source, "To: " + tabEmails[i]) > 0)
		FIN
	FIN
FIN
Trace(sRécap)
Trace("Total : " + NumériqueVersChaîne(moTotal, "0.2f"))
// expect: Votre abonnement mensuelle sera renouvelé le 15/04/2026, 1
// expect: Votre abonnement premium sera renouvelé le 10/04/2026, 1
// expect: Dupont SA   2026-04-15   15     49.90
// expect: Martin SARL 2026-06-01   62    120.00
// expect: Léa & Cie   2026-04-10   10   2250.00
// expect: Total : 2419.90

PROCÉDURE CAbonnement::Constructeur(sClient est une chaîne, sFormule est une chaîne, dDébut est une Date, moPrix est un monétaire)
:m_sClient = sClient
:m_sFormule = sFormule
:m_dDébut = dDébut
:m_moPrix = moPrix
CAbonnement::gnNombre++

PROCÉDURE VIRTUELLE CAbonnement::ProchaineEchéance(dAprès est une Date) : Date
dEchéance est une Date = :m_dDébut
nMois est un entier
SELON Minuscule(:m_sFormule)
	CAS "mensuelle" : nMois = 1
	CAS "trimestrielle" : nMois = 3
	AUTRE CAS : nMois = 12
FIN
TANTQUE dEchéance <= dAprès
	dEchéance..Mois += nMois
FIN
RENVOYER dEchéance

PROCÉDURE CAbonnement::Montant() : monétaire
RENVOYER :m_moPrix

PROCÉDURE CPremium::Constructeur(sClient est une chaîne, dDébut est une Date, moPrix est un monétaire, nPostes est un entier)
Constructeur CAbonnement(sClient, "premium", dDébut, moPrix)
:m_nPostes = nPostes

PROCÉDURE CPremium::Montant() : monétaire
// Les postes au-delà de cinq sont facturés à moitié prix
moDû est un monétaire = :m_moPrix
SI :m_nPostes > 5 ALORS moDû += (:m_nPostes - 5) * :m_moPrix / 2
RENVOYER moDû
