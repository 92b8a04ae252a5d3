// (method b) Pièces jointes reçues d'une API en JSON (contenu en base64) enregistrées en
// fichiers : JSONVersVariant, POUR TOUT sur un tableau JSON, Décode(encodeBASE64), contrôle
// de la taille et de l'empreinte SHA-256 annoncées, un nom dangereux (..\\) refusé, les 256
// octets d'un Buffer relus intacts. Passe tel qu'écrit. Jumeau anglais
// json_base64_attachments_en.wl (une variable JSON).
sRéception est une chaîne = fRepTemp() + "\wl_pj_" + Hasard(1, 99999999)
fRepCrée(sRéception)
// le message tel que l'API l'envoie (préparé ici)
bufPDF est un Buffer
POUR i = 0 _À_ 255
	bufPDF += Caract(i)
FIN
sTexte est une chaîne = "Bonjour Mme Hélène," + RC + "ci-joint votre facture."
sJSON est une chaîne = [
{
  "expediteur": "compta@exemple.fr",
  "pieces": [
    {"nom": "facture_2025-001.pdf", "taille": %1, "sha256": "%2", "contenu": "%3"},
    {"nom": "lisez-moi.txt", "taille": %4, "sha256": "%5", "contenu": "%6"},
    {"nom": "..\\..\\autoexec.bat", "taille": 3, "sha256": "", "contenu": "QUJD"}
  ]
}
]
sJSON = ChaîneConstruit(sJSON, Taille(bufPDF), Empreinte(bufPDF), Encode(bufPDF, encodeBASE64SansRC), ...
	Taille(ChaîneVersUTF8(sTexte)), Empreinte(ChaîneVersUTF8(sTexte)), Encode(ChaîneVersUTF8(sTexte), encodeBASE64))

vMessage est un Variant = JSONVersVariant(sJSON)
SI ErreurDétectée ALORS
	Trace("JSON invalide")
	RETOUR
FIN
nEnregistrées est un entier
POUR TOUT vPièce DE vMessage.pieces
	sNom est une chaîne = vPièce.nom
	SI Position(sNom, "..") > 0 OU Position(sNom, "\") > 0 OU Position(sNom, "/") > 0 ALORS
		Trace("refusé : " + sNom)
		CONTINUER
	FIN
	bufContenu est un Buffer = Décode(vPièce.contenu, encodeBASE64)
	SI Taille(bufContenu) <> vPièce.taille OU Empreinte(bufContenu) <> vPièce.sha256 ALORS
		Trace("pièce abîmée : " + sNom)
		CONTINUER
	FIN
	SI fSauveBuffer(sRéception + "\" + sNom, bufContenu) ALORS
		nEnregistrées++
		Trace(sNom + " : " + fTaille(sRéception + "\" + sNom) + " octets")
	FIN
FIN // expect: facture_2025-001.pdf : 256 octets
// expect: lisez-moi.txt : 46 octets
// expect: refusé : ..\..\autoexec.bat
Trace(nEnregistrées + " pièce(s) enregistrée(s)") // expect: 2 pièce(s) enregistrée(s)
Trace(UTF8VersChaîne(fChargeBuffer(sRéception + "\lisez-moi.txt")) = sTexte) // expect: 1
bufRelu est un Buffer = fChargeBuffer(sRéception + "\facture_2025-001.pdf")
Trace(Asc(bufRelu[1]), Asc(bufRelu[256]), bufRelu = bufPDF) // expect: 0, 255, 1
Trace(fFichierExiste(fRepTemp() + "\autoexec.bat")) // expect: 0
fRepSupprime(sRéception, frRécursif)

PROCÉDURE Empreinte(b est un Buffer) : chaîne
RENVOYER Minuscule(BufferVersHexa(HashChaîne(HA_SHA_256, b), SansRegroupement, SansLigne))
