// fAjouteTexte ajoute son texte dans l'encodage du fichier : un fichier UTF-16
// (foUnicode, sa marque) reçoit de l'UTF-16, un fichier ANSI (sans marque, pas UTF-8) de
// l'ANSI, un fichier UTF-8 de l'UTF-8 ; un troisième paramètre (foAnsi, foUnicode,
// foUTF8) en impose un, comme celui de fSauveTexte, avec sa marque sur un nouveau
// fichier. Il ajoutait toujours de l'UTF-8 : le fichier UTF-16 revenait avec des
// caractères illisibles après sa première ligne et le fichier ANSI mélangeait deux
// encodages (*décidé* 6 déc. 2026, INFERRED : docs/builtins.md "fAppendText's
// encoding"). Jumeau anglais fappendtext_encoding_en.wl.
sRep est une chaîne = fRepTemp() + fSep() + "wl_golden_ajout_enc_" + Hasard(1, 999999999)
fRepCrée(sRep)
sUnicode est une chaîne = sRep + fSep() + "unicode.txt"
fSauveTexte(sUnicode, "Zoë" + RC, foUnicode)
fAjouteTexte(sUnicode, "Noël" + RC)
Trace(Remplace(fChargeTexte(sUnicode), RC, "|")) // expect: Zoë|Noël|
Trace(fTaille(sUnicode)) // expect: 24
sAnsi est une chaîne = sRep + fSep() + "ansi.txt"
fSauveTexte(sAnsi, "Zoë" + RC, foAnsi)
FAJOUTETEXTE(sAnsi, "Noël")
Trace(fTaille(sAnsi), BufferVersHexa(fChargeBuffer(sAnsi), SansRegroupement, SansLigne)) // expect: 9, 5A6FEB0D0A4E6FEB6C
Trace(Remplace(fChargeTexte(sAnsi), RC, "|")) // expect: Zoë|Noël
sUtf8 est une chaîne = sRep + fSep() + "utf8.txt"
fSauveTexte(sUtf8, "Zoë" + RC)
fajoutetexte(sUtf8, "Noël")
Trace(fTaille(sUtf8), Remplace(fChargeTexte(sUtf8), RC, "|")) // expect: 11, Zoë|Noël
// imposé : un nouveau fichier écrit comme fSauveTexte l'écrit (UTF-16 avec sa marque)
sNouveau est une chaîne = sRep + fSep() + "nouveau.txt"
fAjouteTexte(sNouveau, "Zoë", foUnicode)
fAjouteTexte(sNouveau, "!")
Trace(fTaille(sNouveau), fChargeTexte(sNouveau)) // expect: 10, Zoë!
fSupprime(sRep + fSep() + "*.txt")
fRepSupprime(sRep)
