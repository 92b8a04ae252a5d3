// Le contrôle des photos d'un catalogue, tel qu'un traitement le fait avant un envoi :
// InfoImage (InfoBitmap avant WINDEV 2025 Update 2) donne « format TAB largeur TAB
// hauteur TAB bits par pixel » lus dans l'en-tête du fichier (?3029015, ?1410091104), lus
// par ExtraitChaîne et Val comme l'exemple de la page ; « BAD » et trois TAB pour un
// fichier absent ou d'un format inconnu. Le test écrit lui-même les en-têtes.
sDossier est une chaîne = fRepTemp() + fSep() + "wl_photos_fr_" + DonneGUID()
fRepCrée(sDossier)
// PNG 1200 x 900, palette de 16 couleurs (4 bits, type de couleur 3)
fSauveBuffer(sDossier + "\chaussure.png", HexaVersBuffer("89504E470D0A1A0A0000000D4948445200" + "0004B00000038404030000"))
// JPEG 800 x 600 en niveaux de gris : un bloc APP1 puis l'en-tête de trame (SOF2), 1 composante
fSauveBuffer(sDossier + "\sac.jpg", HexaVersBuffer("FFD8FFE100044578FFC2000B08025803200101" + "1100"))
// TIFF 50 x 40, petit-boutiste, 3 échantillons de 8 bits
fSauveBuffer(sDossier + "\scan.tif", HexaVersBuffer("49492A0008000000030000010300010000003200" + "00000101030001000000280000001501030001000000030000000000"))
fSauveTexte(sDossier + "\notes.txt", "pas une image")

POUR TOUTE CHAÎNE sNom DE "chaussure.png,sac.jpg,scan.tif,notes.txt" SÉPARÉE PAR ","
	sProbleme est une chaîne = ProblèmePhoto(sDossier + "\" + sNom)
	SI sProbleme = "" ALORS sProbleme = "ok"
	Trace(sNom, sProbleme)
FIN
// expect: chaussure.png, ok
// expect: sac.jpg, ok
// expect: scan.tif, format TIF
// expect: notes.txt, pas une image
Trace(Remplace(InfoBitmap(sDossier + "\chaussure.png"), TAB, "/")) // expect: PNG/1200/900/4
Trace(Remplace(infoimage(sDossier + "\sac.jpg"), TAB, "/")) // expect: JPG/800/600/8
Trace(Remplace(INFOIMAGE(sDossier + "\scan.tif"), TAB, "/")) // expect: TIF/50/40/24
fRepSupprime(sDossier, frRécursif)

PROCÉDURE ProblèmePhoto(sFichier est une chaîne) : chaîne
sInfo est une chaîne = InfoImage(sFichier)
sFormat est une chaîne = ExtraitChaîne(sInfo, 1, TAB)
SI sFormat = "BAD" ALORS RENVOYER "pas une image"
SI sFormat <> "JPG" ET sFormat <> "PNG" ALORS RENVOYER "format " + sFormat
nLargeur est un entier = Val(ExtraitChaîne(sInfo, 2, TAB))
nHauteur est un entier = Val(ExtraitChaîne(sInfo, 3, TAB))
SI nLargeur < 800 OU nHauteur < 600 ALORS
	RENVOYER ChaîneConstruit("trop petite (%1 x %2)", nLargeur, nHauteur)
FIN
RENVOYER ""
