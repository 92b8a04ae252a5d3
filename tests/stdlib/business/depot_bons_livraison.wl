// Dépôt des bons de livraison scannés sur la GED de l'entreprise : chaque PDF du dossier
// d'arrivée part dans un formulaire multipart (numéro, client, fichier) ; la GED répond
// en JSON avec l'identifiant du document. Un fichier déposé est déplacé dans « Envoyés »,
// un fichier refusé reste là pour le prochain passage.
CONSTANTE
	URL_GED = "{url}/api/documents"
	UTILISATEUR_GED = "scanner"
FIN

sDossier est une chaîne = "{dossier}"
sMotDePasse est une chaîne = "{password}"
nDeposes, nRefuses sont des entiers

SI PAS fRépertoireExiste(sDossier + "\Envoyés") ALORS fRepCrée(sDossier + "\Envoyés")
sListe est une chaîne = fListeFichier(sDossier + "\*.pdf")
POUR TOUTE CHAÎNE sFichier DE sListe SÉPARÉE PAR RC
	SI DeposeBon(sFichier, sMotDePasse) ALORS
		nDeposes++
	SINON
		nRefuses++
	FIN
FIN
Trace(ChaîneConstruit("%1 déposé(s), %2 refusé(s)", nDeposes, nRefuses))

// Le nom « BL_<numéro>_<client>.pdf » donne le numéro et le client
PROCÉDURE DeposeBon(LOCAL sFichier est une chaîne, LOCAL sMotDePasse est une chaîne) : booléen
sNom est une chaîne = fExtraitChemin(sFichier, fFichier + fExtension)
sBase est une chaîne = fExtraitChemin(sFichier, fFichier)
sNumero est une chaîne = ExtraitChaîne(sBase, 2, "_")
sClient est une chaîne = Remplace(ExtraitChaîne(sBase, 3, "_"), "-", " ")
HTTPCréeFormulaire("GED")
HTTPAjouteParamètre("GED", "type", "bon_livraison")
HTTPAjouteParamètre("GED", "numero", sNumero)
HTTPAjouteParamètre("GED", "client", sClient)
HTTPAjouteFichier("GED", "document", sFichier, "application/pdf")
SI PAS HTTPEnvoieFormulaire("GED", URL_GED, httpPost, "", "", "", UTILISATEUR_GED, sMotDePasse) ALORS
	Trace(sNom + " : GED injoignable (" + ErreurInfo(errMessage) + ")")
	HTTPAnnuleFormulaire("GED")
	RENVOYER Faux
FIN
HTTPAnnuleFormulaire("GED")
sReponse est une chaîne = HTTPDonneRésultat(httpRésultat)
nCode est un entier = Val(ExtraitChaîne(HTTPDonneRésultat(httpEntête), 2, " "))
SI nCode <> 201 ALORS
	Trace(ChaîneConstruit("%1 : refusé (%2) %3", sNom, nCode, sReponse))
	RENVOYER Faux
FIN
vReponse est un Variant = JSONVersVariant(sReponse)
fDéplaceFichier(sFichier, sDossier + "\Envoyés\" + sNom)
Trace(ChaîneConstruit("%1 : document %2 (%3 octets)", sNom, vReponse.id, vReponse.taille))
RENVOYER Vrai
