// Rapport nocturne des ventes : le CSV est construit en mémoire (Buffer) et envoyé
// en pièce jointe, sans fichier temporaire. Lancé chaque nuit par le planificateur.
CONSTANTE
	SERVEUR_SMTP = "smtp.monentreprise.fr"
	EXPEDITEUR   = "rapports@monentreprise.fr"
	SEPARATEUR   = ";"
FIN

STVente est une Structure
	sClient		est une chaîne
	sVille		est une chaîne
	mMontant	est un monétaire
	dDate		est une Date
FIN

gtabVentes est un tableau de STVente
ChargeVentes(gtabVentes)

SI EnvoieRapport(gtabVentes, "direction@monentreprise.fr", "compta@monentreprise.fr") ALORS
	Trace("Rapport envoyé : " + gtabVentes..Occurrence + " ventes")
SINON
	Trace("ECHEC de l'envoi : " + ErreurInfo(errMessage))
FIN

PROCÉDURE ChargeVentes(tabVentes est un tableau de STVente)
stV est un STVente
stV.sClient = "Société Générale d'Équipement" ; stV.sVille = "Orléans" ; stV.mMontant = 1250.5 ; stV.dDate = "20261205"
TableauAjoute(tabVentes, stV)
stV.sClient = "Boulangerie ""Chez Paul""" ; stV.sVille = "Saint-Étienne" ; stV.mMontant = 89.9 ; stV.dDate = "20261205"
TableauAjoute(tabVentes, stV)
stV.sClient = "Dupont; Fils & Cie" ; stV.sVille = "Brest" ; stV.mMontant = -12 ; stV.dDate = "20261204"
TableauAjoute(tabVentes, stV)

// Échappe un champ CSV : guillemets doublés, entre guillemets si besoin
PROCÉDURE ChampCSV(LOCAL sValeur est une chaîne) : chaîne
SI Position(sValeur, SEPARATEUR) > 0 OU Position(sValeur, """") > 0 ALORS
	RENVOYER """" + Remplace(sValeur, """", """""") + """"
FIN
RENVOYER sValeur

PROCÉDURE ConstruitCSV(tabVentes est un tableau de STVente) : Buffer
sCSV est une chaîne = "Client;Ville;Montant;Date" + RC
mTotal est un monétaire
POUR TOUT stV DE tabVentes
	sCSV += ChampCSV(stV.sClient) + SEPARATEUR + ChampCSV(stV.sVille) + SEPARATEUR + ...
		NumériqueVersChaîne(stV.mMontant, "+.2f") + SEPARATEUR + DateVersChaîne(stV.dDate, "JJ/MM/AAAA") + RC
	mTotal += stV.mMontant
FIN
sCSV += "TOTAL;;" + NumériqueVersChaîne(mTotal, ".2f") + ";" + RC
RENVOYER ChaîneVersUTF8(sCSV)

PROCÉDURE EnvoieRapport(tabVentes est un tableau de STVente, *) : booléen
bufCSV est un Buffer = ConstruitCSV(tabVentes)
SI PAS EmailOuvreSessionSMTP(EXPEDITEUR, SERVEUR_SMTP, 25) ALORS RENVOYER Faux

MonMail est un Email
MonMail.Expéditeur = EXPEDITEUR
POUR i = 1 _À_ MesParamètres..Occurrence - 1
	TableauAjoute(MonMail.Destinataire, MesParamètres[i + 1])
FIN
MonMail.Sujet = "Ventes du " + DateVersChaîne(DateSys(), "JJ/MM/AAAA")
MonMail.Message = "Bonjour," + RC + RC + "Veuillez trouver ci-joint le rapport des ventes (" + tabVentes..Occurrence + " lignes)."

PJ est un emailAttache
PJ.Nom = "ventes_" + DateVersChaîne(DateSys(), "AAAAMMJJ") + ".csv"
PJ.Contenu = bufCSV
PJ.TypeContenu = "text/csv"
TableauAjoute(MonMail.Attache, PJ)

bOK est un booléen = EmailEnvoieMessage(EXPEDITEUR, MonMail)
EmailFermeSession(EXPEDITEUR)
RENVOYER bOK
