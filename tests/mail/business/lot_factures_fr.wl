// Envoi du lot de factures du mois, en une seule session SMTP : la liste vient
// de l'export comptable (numéro;client;email;montant;fichier PDF). Un client
// refusé par le serveur n'arrête pas le lot : l'échec est noté dans le fichier
// "à relancer" (définitif ou temporaire) et on passe au suivant.
CONSTANTE
	SERVEUR_SMTP	= "smtp.monentreprise.fr"
	EXPEDITEUR		= "facturation@monentreprise.fr"
FIN

STFacture est une Structure
	nNuméro		est un entier
	sClient		est une chaîne
	sEmail		est une chaîne
	mMontant	est un monétaire
	sPDF		est une chaîne
FIN

sDossier est une chaîne = "{dossier}"
tabFactures est un tableau de STFacture
ChargeLot(sDossier + ["/"] + "lot_decembre.csv", tabFactures)

cSession est une emailSessionSMTP
cSession..AdresseServeur = SERVEUR_SMTP
cSession..Port = 25
cSession..Nom = EXPEDITEUR
SI PAS EmailOuvreSession(cSession) ALORS
	Trace("Session impossible : " + ErreurInfo(errMessage))
	RETOUR
FIN

sRelances est une chaîne = "numero;email;motif;type" + RC
nEnvoyées, nDéfinitifs, nTemporaires sont des entiers
POUR TOUT stF DE tabFactures
	cMail est un Email
	cMail..Expéditeur = "Service facturation <" + EXPEDITEUR + ">"
	TableauAjoute(cMail..Destinataire, stF.sEmail)
	cMail..Sujet = ChaîneConstruit("Facture n°%1 – %2", stF.nNuméro, stF.sClient)
	cMail..Message = ChaîneConstruit("Bonjour,%1%1Veuillez trouver ci-jointe la facture n°%2 d'un montant de %3 € TTC.%1%1Cordialement", ...
		RC, stF.nNuméro, NumériqueVersChaîne(stF.mMontant, ".2f"))
	SI PAS EmailChargeFichierAttaché(cMail, sDossier + ["/"] + stF.sPDF) ALORS
		sRelances += stF.nNuméro + ";" + stF.sEmail + ";pièce jointe absente;fichier" + RC
		CONTINUER
	FIN
	SI EmailEnvoieMessage(cSession, cMail) ALORS
		nEnvoyées++
	SINON
		sMotif est une chaîne = ErreurInfo(errMessage)
		// 4xx : le serveur demande de réessayer plus tard ; 5xx : refus définitif
		SI Position(sMotif, " (4") > 0 ALORS
			nTemporaires++
			sRelances += stF.nNuméro + ";" + stF.sEmail + ";" + Remplace(sMotif, ";", ",") + ";temporaire" + RC
		SINON
			nDéfinitifs++
			sRelances += stF.nNuméro + ";" + stF.sEmail + ";" + Remplace(sMotif, ";", ",") + ";définitif" + RC
		FIN
	FIN
FIN
EmailFermeSession(cSession)
fSauveTexte(sDossier + ["/"] + "a_relancer.csv", sRelances)
Trace(ChaîneConstruit("%1 facture(s) envoyée(s) sur %2, %3 refus définitif(s), %4 temporaire(s)", ...
	nEnvoyées, tabFactures..Occurrence, nDéfinitifs, nTemporaires))

PROCÉDURE ChargeLot(LOCAL sFichier est une chaîne, tabLot est un tableau de STFacture)
POUR TOUTE CHAÎNE sLigne DE fChargeTexte(sFichier) SÉPARÉE PAR RC
	SI sLigne = "" OU sLigne [= "numero" ALORS CONTINUER
	stF est un STFacture
	stF.nNuméro = ExtraitChaîne(sLigne, 1, ";")
	stF.sClient = ExtraitChaîne(sLigne, 2, ";")
	stF.sEmail = ExtraitChaîne(sLigne, 3, ";")
	stF.mMontant = ExtraitChaîne(sLigne, 4, ";")
	stF.sPDF = ExtraitChaîne(sLigne, 5, ";")
	TableauAjoute(tabLot, stF)
FIN
