// Un export signé : un .sig à côté du fichier contient son HMAC-SHA256 en hexadécimal
// (HashChaîne(HA_HMAC_SHA_256, buffer, clé), BufferVersHexa, Minuscule), le destinataire
// vérifie avant d'intégrer (~= entre les empreintes) ; une altération et une signature
// absente sont détectées ; la signature a été contrôlée contre Python (hmac). Méthode b,
// FS 6 déc. 2026 : passe tel qu'écrit. Jumeau anglais signed_export_hmac_en.wl.
// Un export signé : le fichier est accompagné d'un .sig contenant son HMAC-SHA256 en
// hexadécimal (clé partagée avec le partenaire) ; le destinataire vérifie la signature
// avant d'intégrer, une altération est détectée
CONSTANTE
	CLE_PARTAGEE = "k3y-p4rt4g3e-2026"
FIN
sRep est une chaîne = fRepTemp() + "\wl_golden_export_signe_" + Hasard(1, 999999999)
fRepCrée(sRep)
sExport est une chaîne = sRep + "\commandes_20261206.csv"
fSauveTexte(sExport, "num;client;montant" + RC + "1001;Société Générale de Bâtiment;1520,40" + RC + "1002;Zoë Durand;89,90" + RC)
SI PAS Signe(sExport) ALORS
	Trace("Signature impossible : " + ErreurInfo(errMessage)) 
FIN
Trace(fFichierExiste(sExport + ".sig"), Taille(fChargeTexte(sExport + ".sig"))) // expect: 1, 64
Trace("Contrôle : " + Vérifie(sExport)) // expect: Contrôle : OK
// le fichier est modifié en chemin
fSauveTexte(sExport, Remplace(fChargeTexte(sExport), "89,90", "8,90"))
Trace("Après altération : " + Vérifie(sExport)) // expect: Après altération : signature invalide
// signature absente
fSupprime(sExport + ".sig")
Trace("Sans signature : " + Vérifie(sExport)) // expect: Sans signature : signature absente
fRepSupprime(sRep, frRécursif)

PROCÉDURE Empreinte(sFichier est une chaîne) : chaîne
	bufContenu est un Buffer = fChargeBuffer(sFichier)
	RENVOYER Minuscule(BufferVersHexa(HashChaîne(HA_HMAC_SHA_256, bufContenu, CLE_PARTAGEE), SansRegroupement, SansLigne))

PROCÉDURE Signe(sFichier est une chaîne) : booléen
	SI PAS fFichierExiste(sFichier) ALORS RENVOYER Faux
	RENVOYER fSauveTexte(sFichier + ".sig", Empreinte(sFichier))

PROCÉDURE Vérifie(sFichier est une chaîne) : chaîne
	SI PAS fFichierExiste(sFichier + ".sig") ALORS RENVOYER "signature absente"
	sAttendue est une chaîne = SansEspace(fChargeTexte(sFichier + ".sig"))
	SI sAttendue ~= Empreinte(sFichier) ALORS
		RENVOYER "OK"
	SINON
		RENVOYER "signature invalide"
	FIN
