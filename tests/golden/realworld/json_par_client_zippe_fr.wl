// Un fichier JSON par client (Sérialise d'une structure nommée par <Sérialise>),
// écrit dans un dossier du jour, zippé pour l'envoi (zipAjouteRépertoire zipRelatif),
// puis contrôlé depuis le zip sans extraire sur disque (zipExtraitFichier zipMémoire,
// Désérialise d'un Buffer) et relu par une variable JSON. Méthode b, FS 6 déc. 2026 :
// passe tel qu'écrit. Jumeau anglais json_per_customer_zipped_en.wl.
// Un fichier JSON par client, écrit dans un dossier du jour puis zippé pour l'envoi ;
// le zip est relu en mémoire et chaque JSON contrôlé
STClient est une Structure
	nCode est un entier <Sérialise = "code">
	sNom est une chaîne <Sérialise = "nom">
	mEncours est un monétaire <Sérialise = "encours">
	tabEmails est un tableau de chaînes <Sérialise = "emails">
FIN
tabClients est un tableau de STClient
Ajoute(tabClients, [101, "Boulangerie Lefèvre", 1250.4, ["contact@lefevre.fr"]])
Ajoute(tabClients, [102, "Garage du Pont", 0, ["atelier@garage-pont.fr", "compta@garage-pont.fr"]])
Ajoute(tabClients, [103, "Zoë Créations", -35.9, []])
sBase est une chaîne = fRepTemp() + fSep() + "wl_golden_export_json_" + Hasard(1, 999999999)
sJour est une chaîne = sBase + fSep() + DateVersChaîne("20261206", "AAAA-MM-JJ")
fRepCrée(sJour)
POUR TOUT cl DE tabClients
	sJSON est une chaîne
	Sérialise(cl, sJSON, psdJSON)
	fSauveTexte(sJour + fSep() + "client_" + cl.nCode + ".json", sJSON)
FIN
zEnvoi est une zipArchive
nRes est un entier = zipCrée(zEnvoi, sBase + fSep() + "envoi.zip")
SI nRes = 0 ALORS nRes = zipAjouteRépertoire(zEnvoi, sJour, Vrai, zipRelatif)
Trace(nRes, zipNbFichier(zEnvoi)) // expect: 0, 3
// contrôle depuis le zip, sans extraire sur disque
mTotal est un monétaire
nEmails est un entier
POUR TOUTE CHAÎNE sNom DE zipListeFichier(zEnvoi) SÉPARÉE PAR RC
	bufJSON est un Buffer = zipExtraitFichier(zEnvoi, sNom, zipMémoire)
	clRelu est un STClient
	Désérialise(clRelu, bufJSON, psdJSON)
	mTotal += clRelu.mEncours
	nEmails += clRelu.tabEmails..Occurrence
FIN
zipFerme(zEnvoi)
Trace(mTotal, nEmails) // expect: 1214.5, 3
vClient est un JSON = fChargeTexte(sJour + fSep() + "client_103.json")
Trace(vClient.nom, vClient.emails..Occurrence) // expect: Zoë Créations, 0
fRepSupprime(sBase, frRécursif)
