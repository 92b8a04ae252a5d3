// Traitement des retours (NPAI) de la boîte "retours" par POP3 : chaque avis de
// non-remise (multipart/report, RFC 3464) est lu, les adresses en échec définitif
// (Action: failed, Status 5.x.x) sont marquées NPAI dans le fichier des contacts,
// les échecs temporaires (4.x.x) seulement comptés. Les avis traités sont supprimés,
// les autres messages laissés dans la boîte.
CONSTANTE
	BOITE		= "retours@monentreprise.fr"
	SEP			= ";"
FIN

sFichierContacts est une chaîne = "{contacts}"
tabNPAI est un tableau associatif (ccSansCasse) de chaînes	// adresse -> statut
nTemporaires, nAvis, nAutres sont des entiers

SI PAS EmailOuvreSessionPOP3(BOITE, "{motdepasse}", "127.0.0.1", {port}) ALORS
	Trace("Connexion impossible : " + ErreurInfo(errMessage))
	RETOUR
FIN
EmailLitPremier(BOITE)
TANTQUE PAS Email.EnDehors
	SI EstUnAvisDeNonRemise(Email.Source) ALORS
		nAvis++
		LitAvis(Email.Source)
		SI PAS EmailSupprimeMessage(BOITE) ALORS Trace("Suppression impossible : " + ErreurInfo())
	SINON
		nAutres++
	FIN
	EmailLitSuivant(BOITE)
FIN
EmailFermeSession(BOITE)

nMarqués est un entier = MarqueContacts(sFichierContacts)
Trace(ChaîneConstruit("%1 avis lu(s), %2 adresse(s) en échec définitif, %3 temporaire(s), %4 autre(s) message(s)", ...
	nAvis, tabNPAI..Occurrence, nTemporaires, nAutres))
Trace(nMarqués + " contact(s) marqué(s) NPAI")

// Un avis de non-remise : multipart/report de type delivery-status
PROCÉDURE EstUnAvisDeNonRemise(LOCAL sSource est une chaîne) : booléen
sEntete est une chaîne = Gauche(sSource, Position(sSource, RC + RC))
RENVOYER Position(sEntete, "multipart/report", 1, SansCasse) > 0 ET ...
	Position(sEntete, "delivery-status", 1, SansCasse) > 0

// Lit les blocs par destinataire : Final-Recipient, Action, Status
PROCÉDURE LitAvis(LOCAL sSource est une chaîne)
sAdresse, sAction est une chaîne
POUR TOUTE CHAÎNE sLigne DE sSource SÉPARÉE PAR RC
	sNom est une chaîne = SansEspace(ExtraitChaîne(sLigne, 1, ":"))
	sValeur est une chaîne = SansEspace(Milieu(sLigne, Position(sLigne, ":") + 1))
	SELON Minuscule(sNom)
		CAS "final-recipient"
			// "rfc822; adresse"
			sAdresse = SansEspace(ExtraitChaîne(sValeur, 2, ";"))
			sAction = ""
		CAS "action"
			sAction = Minuscule(sValeur)
		CAS "status"
			SI sAdresse = "" ALORS CONTINUER
			SI sAction = "failed" ET sValeur [= "5." ALORS
				tabNPAI[sAdresse] = sValeur
			SINON SI sValeur [= "4." ALORS
				nTemporaires++
			FIN
			sAdresse = ""
	FIN
FIN

// Réécrit le fichier des contacts (email;nom;npai) en marquant les adresses en échec
PROCÉDURE MarqueContacts(LOCAL sFichier est une chaîne) : entier
sContenu est une chaîne = fChargeTexte(sFichier)
SI ErreurDétectée ALORS
	Trace("Contacts illisibles : " + ErreurInfo(errMessage))
	RENVOYER 0
FIN
sNouveau est une chaîne
nMarqués est un entier
POUR TOUTE CHAÎNE sLigne DE sContenu SÉPARÉE PAR RC
	SI sLigne = "" ALORS CONTINUER
	sEmail est une chaîne = ExtraitChaîne(sLigne, 1, SEP)
	SI tabNPAI[sEmail]..Existe ET ExtraitChaîne(sLigne, 3, SEP) <> "1" ALORS
		sLigne = sEmail + SEP + ExtraitChaîne(sLigne, 2, SEP) + SEP + "1"
		nMarqués++
	FIN
	sNouveau += sLigne + RC
FIN
fSauveTexte(sFichier, sNouveau)
RENVOYER nMarqués
