// Un fichier INI ANSI contenant l'un des cinq octets que Windows-1252 laisse indéfinis
// (0x81, 0x8D, 0x8F, 0x90, 0x9D) accepte les écritures suivantes et garde ces octets,
// comme l'API de profils de Windows (elle les lit U+0081... et les réécrit) : chaque
// INIEcrit dans un tel fichier, suppressions comprises, rendait 0 et "the character
// U+FFFD cannot be written in this ANSI INI file" (docs/builtins.md "INI files",
// INFERRED). Jumeau anglais ini_undefined_ansi_bytes_en.wl.
sDossier est une chaîne = CompleteRep(fRepTemp()) + "wl_golden_iniindef_fr_" + Hasard(1, 999999999)
fRepCrée(sDossier)
sFichier est une chaîne = sDossier + "\ancien.ini"
fSauveBuffer(sFichier, "[Réglages]" + RC + "ancien=a" + HexaVersBuffer("81") + "b" + RC + "milieu=c" + HexaVersBuffer("8D 8F 90 9D") + "è" + RC)
Trace(INIEcrit("Réglages", "clé", "valeur", sFichier)) // expect: 1
Trace(ErreurDétectée) // expect: 0
Trace(INILit("Réglages", "clé", "", sFichier)) // expect: valeur
Trace(BufferVersHexa(fChargeBuffer(sFichier)[[20 TO 22]])) // expect: 61 81 62
Trace(BufferVersHexa(fChargeBuffer(sFichier)[[33 TO 38]])) // expect: 8D 8F 90 9D E8 0D
Trace(Taille(INILit("Réglages", "ancien", "", sFichier))) // expect: 3
Trace(Asc(Milieu(INILit("Réglages", "ancien", "", sFichier), 2, 1))) // expect: 129
// une suppression écrit le fichier elle aussi
Trace(INIEcrit("Réglages", "clé", Null, sFichier)) // expect: 1
Trace(INILit("Réglages", "clé", "aucune", sFichier)) // expect: aucune
Trace(fChargeBuffer(sFichier) = "[Réglages]" + RC + "ancien=a" + HexaVersBuffer("81") + "b" + RC + "milieu=c" + HexaVersBuffer("8D 8F 90 9D") + "è" + RC) // expect: 1
// un caractère que l'ANSI ne peut pas contenir reste refusé, et nommé
Trace(INIEcrit("Réglages", "g", "Ωmega", sFichier)) // expect: 0
Trace(Contient(ErreurInfo(), "U+03A9")) // expect: 1
fSupprime(sFichier)
fRepSupprime(sDossier)
