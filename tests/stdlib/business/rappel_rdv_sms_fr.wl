// Rappel des rendez-vous du lendemain par SMS : la passerelle de l'opérateur reçoit un
// formulaire POST (compte, clé, numéro, texte) et répond en JSON.
CONSTANTE
	URL_PASSERELLE = "http://127.0.0.1:{port}/api/sms"
	COMPTE = "CABINET-DUPONT"
	LONGUEUR_SMS = 160
FIN

STRdv est une structure
	sPatient	est une chaîne
	sTéléphone	est une chaîne
	hHeure		est une Heure
FIN

tabRdv est un tableau de STRdv
AjouteRdv(tabRdv, "Mme Élise Lefèvre", "06 12 34 56 78", "0930")
AjouteRdv(tabRdv, "M. Jean-Noël Durand", "+33 7 98 76 54 32", "1415")
AjouteRdv(tabRdv, "M. Paul Martin", "12 34", "1600")
AjouteRdv(tabRdv, "Mme Zoé Bernard", "06.11.22.33.44", "1730")

tabErreurs est un tableau de chaînes
nEnvoyés est un entier
POUR TOUT stR DE tabRdv
	sRetour est une chaîne = EnvoieSMS(stR.sTéléphone, ChaîneConstruit("Bonjour %1, rappel de votre RDV demain à %2 au cabinet Dupont. Répondez STOP pour annuler.", stR.sPatient, HeureVersChaîne(stR.hHeure, "HHhMM")))
	SI sRetour = "" ALORS
		nEnvoyés++
	SINON
		TableauAjoute(tabErreurs, stR.sPatient + " : " + sRetour)
	FIN
FIN
Trace(nEnvoyés + " SMS envoyé(s), " + tabErreurs..Occurrence + " erreur(s)")
POUR TOUT sErreur DE tabErreurs
	Trace(sErreur)
FIN

PROCÉDURE AjouteRdv(tab est un tableau de STRdv, sPatient est une chaîne, sTél est une chaîne, sHeure est une chaîne)
st est un STRdv
st.sPatient = sPatient
st.sTéléphone = sTél
st.hHeure = sHeure
TableauAjoute(tab, st)

// Numéro au format international +33XXXXXXXXX, "" si ce n'est pas un mobile français
PROCÉDURE NuméroInternational(LOCAL sNuméro est une chaîne) : chaîne
sNuméro = Remplace(Remplace(Remplace(sNuméro, " ", ""), ".", ""), "-", "")
SI sNuméro [= "+33" ALORS sNuméro = "0" + Milieu(sNuméro, 4)
SI Taille(sNuméro) <> 10 OU PAS (sNuméro [= "06" OU sNuméro [= "07") ALORS RENVOYER ""
RENVOYER "+33" + Milieu(sNuméro, 2)

// Renvoie "" si le SMS est accepté, sinon le motif du refus
PROCÉDURE EnvoieSMS(sNuméro est une chaîne, LOCAL sTexte est une chaîne) : chaîne
sDestinataire est une chaîne = NuméroInternational(sNuméro)
SI sDestinataire = "" ALORS RENVOYER "numéro invalide (" + sNuméro + ")"
SI Taille(sTexte) > LONGUEUR_SMS ALORS sTexte = Gauche(sTexte, LONGUEUR_SMS - 1) + "…"

HTTPCréeFormulaire("SMS")
HTTPAjouteParamètre("SMS", "compte", COMPTE)
HTTPAjouteParamètre("SMS", "destinataire", sDestinataire)
HTTPAjouteParamètre("SMS", "texte", sTexte)
SI PAS HTTPEnvoieFormulaire("SMS", URL_PASSERELLE, httpPost) ALORS
	RENVOYER "passerelle injoignable : " + ErreurInfo(errMessage)
FIN
sCodeHTTP est une chaîne = ExtraitChaîne(HTTPDonneRésultat(httpEntête), 2, " ")
SI sCodeHTTP <> "200" ALORS RENVOYER "erreur HTTP " + sCodeHTTP
vRéponse est un Variant = JSONVersVariant(HTTPDonneRésultat(httpRésultat))
SI ErreurDétectée ALORS RENVOYER "réponse illisible : " + ErreurInfo(errMessage)
SI vRéponse.statut <> "OK" ALORS RENVOYER "refusé par la passerelle : " + vRéponse.message
RENVOYER ""
