// Machine à états d'un ticket de support : deux énumérations, SELON imbriqués sur
// l'état et l'événement, ..Nom des valeurs (jumeau anglais : ticket_state_machine_en.wl).
EtatTicket est une Énumération
	Nouveau
	EnCours
	EnAttenteClient
	Résolu
	Fermé
FIN

EvénementTicket est une énumération
	evPrise
	evQuestion
	evRéponse
	evSolution
	evRéouverture
	evClôture
FIN

t est un CTicket(42)
POUR TOUT eEv DE [evPrise, evQuestion, evSolution, evRéponse, evSolution, evClôture, evRéouverture]
	t.Transition(eEv)
FIN
POUR TOUT sLigne, i DE t.m_tabHistorique
	Trace(i, sLigne)
FIN
Trace("état final", t.m_eEtat)
SI t.m_eEtat = Fermé ALORS Trace("ticket", t.m_nNuméro, "fermé")
// expect: 1, Nouveau -> EnCours
// expect: 2, EnCours -> EnAttenteClient
// expect: 3, evSolution refusé en EnAttenteClient
// expect: 4, EnAttenteClient -> EnCours
// expect: 5, EnCours -> Résolu
// expect: 6, Résolu -> Fermé
// expect: 7, evRéouverture refusé en Fermé
// expect: état final, Fermé
// expect: ticket, 42, fermé

CTicket est une Classe
	PUBLIC
		m_nNuméro est un entier
		m_eEtat est un EtatTicket = Nouveau
		m_tabHistorique est un tableau de chaînes
FIN

PROCÉDURE CTicket::Constructeur(nNuméro est un entier)
m_nNuméro = nNuméro

PROCÉDURE CTicket::Transition(eEv est un EvénementTicket) : booléen
eAvant est un EtatTicket = m_eEtat
SELON m_eEtat
	CAS Nouveau
		SI eEv = evPrise ALORS m_eEtat = EnCours
	CAS EnCours
		SELON eEv
			CAS evQuestion : m_eEtat = EnAttenteClient
			CAS evSolution : m_eEtat = Résolu
		FIN
	CAS EnAttenteClient
		SI eEv = evRéponse ALORS m_eEtat = EnCours
	CAS Résolu
		SI eEv = evRéouverture ALORS
			m_eEtat = EnCours
		SINON SI eEv = evClôture ALORS
			m_eEtat = Fermé
		FIN
	AUTRE CAS
		// Fermé : plus rien ne bouge
FIN
SI m_eEtat = eAvant ALORS
	Ajoute(m_tabHistorique, ChaîneConstruit("%1 refusé en %2", eEv..Nom, eAvant..Nom))
	RENVOYER Faux
FIN
Ajoute(m_tabHistorique, eAvant..Nom + " -> " + m_eEtat..Nom)
RENVOYER Vrai
