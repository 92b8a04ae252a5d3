// Machine à états d'une commande : une énumération pour le statut, une combinaison
// pour les options, SELON sur les constantes, comme on l'écrit en WINDEV (jumeau
// anglais : order_state_machine_en.wl).
EStatutCommande est une Énumération
	SAISIE
	VALIDÉE
	EXPÉDIÉE
	LIVRÉE
	ANNULÉE
FIN

COptionsCommande est une Combinaison
	URGENTE
	FRAGILE
	CADEAU
FIN

CONSTANTE
	EVT_VALIDER = "valider"
	EVT_EXPEDIER = "expédier"
	EVT_LIVRER = "livrer"
	EVT_ANNULER = "annuler"
FIN

STCommande est une Structure
	nNuméro est un entier
	eStatut est un EStatutCommande
	cOptions est un COptionsCommande
	tabHistorique est un tableau de chaînes
FIN

maCommande est une STCommande
maCommande.nNuméro = 1042
maCommande.eStatut = SAISIE
maCommande.cOptions = URGENTE + FRAGILE

Trace(LibelléStatut(maCommande.eStatut)) // expect: en saisie
SI Transition(maCommande, EVT_VALIDER) ALORS Trace("ok : " + LibelléStatut(maCommande.eStatut)) // expect: ok : validée
SI PAS Transition(maCommande, EVT_LIVRER) ALORS Trace("refusé : livrer une commande validée") // expect: refusé : livrer une commande validée
Transition(maCommande, EVT_EXPEDIER)
Transition(maCommande, "Perdre") // expect: événement inconnu : Perdre
Transition(maCommande, EVT_LIVRER)
Trace(LibelléStatut(maCommande.eStatut)) // expect: partie (LIVRÉE)
SI maCommande.cOptions[FRAGILE] ALORS Trace("manipuler avec soin") // expect: manipuler avec soin
SI PAS maCommande.cOptions[CADEAU] ALORS Trace("pas de papier cadeau") // expect: pas de papier cadeau
maCommande.cOptions[CADEAU] = Vrai
Trace(maCommande.cOptions[CADEAU], TableauVersChaîne(maCommande.tabHistorique, " > ")) // expect: 1, VALIDÉE > EXPÉDIÉE > LIVRÉE
SI Transition(maCommande, EVT_ANNULER) = Faux ALORS Trace("trop tard pour annuler") // expect: trop tard pour annuler

PROCÉDURE LibelléStatut(LOCAL eStatut est un EStatutCommande) : chaîne
SELON eStatut
	CAS SAISIE : RENVOYER "en saisie"
	CAS VALIDÉE : RENVOYER "validée"
	CAS EXPÉDIÉE, LIVRÉE : RENVOYER "partie (" + eStatut..Nom + ")"
	AUTRE CAS : RENVOYER "annulée"
FIN

PROCÉDURE Transition(cmd est une STCommande, LOCAL sEvénement est une chaîne) : booléen
eNouveau est un EStatutCommande = cmd.eStatut
SELON sEvénement
	CAS EVT_VALIDER
		SI cmd.eStatut <> SAISIE ALORS RENVOYER Faux
		eNouveau = VALIDÉE
	CAS EVT_EXPEDIER
		SI cmd.eStatut <> VALIDÉE ALORS RENVOYER Faux
		eNouveau = EXPÉDIÉE
	CAS EVT_LIVRER
		SI cmd.eStatut <> EXPÉDIÉE ALORS RENVOYER Faux
		eNouveau = LIVRÉE
	CAS EVT_ANNULER
		SI cmd.eStatut DANS (LIVRÉE, ANNULÉE) ALORS RENVOYER Faux
		eNouveau = ANNULÉE
	AUTRE CAS
		Trace("événement inconnu : " + sEvénement)
		RENVOYER Faux
FIN
TableauAjoute(cmd.tabHistorique, eNouveau..Nom)
cmd.eStatut = eNouveau
RENVOYER Vrai
