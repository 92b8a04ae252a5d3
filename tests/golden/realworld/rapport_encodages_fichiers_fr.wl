// (method b) Rapport des encodages des fichiers texte d'un dossier avant une migration,
// lu sur les octets (fChargeBuffer) : BOM UTF-8, UTF-16 LE/BE, UTF-8 sans BOM (aller-retour
// UTF8VersChaîne / ChaîneVersUTF8 identique), ASCII pur (Asc(buf[i]) > 127), ANSI, vide ;
// les fichiers écrits par fSauveTexte foUTF8 / foUnicode / foAnsi. Passe tel qu'écrit.
// Jumeau anglais text_encodings_report_en.wl.
sRep est une chaîne = fRepTemp() + "\wl_enc_" + Hasard(1, 99999999)
fRepCrée(sRep)
fSauveTexte(sRep + "\a_utf8_bom.txt", "Élodie", foUTF8)
fSauveTexte(sRep + "\b_unicode.txt", "Élodie", foUnicode)
fSauveBuffer(sRep + "\c_utf16be.txt", HexaVersBuffer("FEFF00C9006C"))
fSauveTexte(sRep + "\d_utf8.txt", ChaîneVersUTF8("Élodie"))
fSauveTexte(sRep + "\e_ascii.txt", "Elodie")
fSauveTexte(sRep + "\f_ansi.txt", "Élodie", foAnsi)
fSauveBuffer(sRep + "\g_vide.txt", "")
POUR TOUTE CHAÎNE sFichier DE fListeFichier(sRep + "\*.txt") SÉPARÉE PAR RC
	Trace(Complète(fExtraitChemin(sFichier, fFichier + fExtension), 16) + Encodage(fChargeBuffer(sFichier))) // expect: a_utf8_bom.txt  UTF-8 avec BOM
// expect: b_unicode.txt   UTF-16 LE
// expect: c_utf16be.txt   UTF-16 BE
// expect: d_utf8.txt      UTF-8 sans BOM
// expect: e_ascii.txt     ASCII
// expect: f_ansi.txt      ANSI
// expect: g_vide.txt      vide
FIN
fRepSupprime(sRep, frRécursif)

PROCÉDURE Encodage(bufContenu est un Buffer) : chaîne
SI Taille(bufContenu) = 0 ALORS RENVOYER "vide"
SI Gauche(bufContenu, 3) = HexaVersBuffer("EFBBBF") ALORS RENVOYER "UTF-8 avec BOM"
SI Gauche(bufContenu, 2) = HexaVersBuffer("FFFE") ALORS RENVOYER "UTF-16 LE"
SI Gauche(bufContenu, 2) = HexaVersBuffer("FEFF") ALORS RENVOYER "UTF-16 BE"
bASCII est un booléen = Vrai
POUR i = 1 _À_ Taille(bufContenu)
	SI Asc(bufContenu[i]) > 127 ALORS
		bASCII = Faux
		SORTIR
	FIN
FIN
SI bASCII ALORS RENVOYER "ASCII"
// UTF-8 valide si la conversion aller-retour redonne les mêmes octets
SI ChaîneVersUTF8(UTF8VersChaîne(bufContenu)) = bufContenu ALORS RENVOYER "UTF-8 sans BOM"
RENVOYER "ANSI"
