// fOuvre sur un fichier existant sans marque d'ordre des octets dont les octets ne sont
// pas de l'UTF-8 (un journal ANSI, comme une application WINDEV l'écrit) : fÉcritLigne
// et fÉcrit y ajoutent du texte en ANSI, et le fichier reste un seul texte. Ils
// écrivaient de l'UTF-8 : « Noël » devenait 4E 6F C3 AB 6C à côté des octets E9 du
// fichier, relu « NoÃ«l » (*décidé* 6 déc. 2026, INFERRED : docs/builtins.md "fOpen on
// an existing ANSI file"). Un fichier UTF-8 reçoit de l'UTF-8, un fichier marqué
// l'encodage de sa marque, un Buffer ses octets. Jumeau anglais fopen_existing_ansi_en.wl.
sRep est une chaîne = fRepTemp() + fSep() + "wl_golden_fouvre_ansi_" + Hasard(1, 999999999)
fRepCrée(sRep)
sAnsi est une chaîne = sRep + fSep() + "ansi.log"
fSauveTexte(sAnsi, "Zoë" + RC, foAnsi)
nFic est un entier = fOuvre(sAnsi, foEcriture + foAjout)
fÉcritLigne(nFic, "Noël")
fEcrit(nFic, "Été;")
fFerme(nFic)
Trace(BufferVersHexa(fChargeBuffer(sAnsi), SansRegroupement, SansLigne)) // expect: 5A6FEB0D0A4E6FEB6C0D0AC974E93B
nFic = fOuvre(sAnsi, foLectureEcriture)
fPositionne(nFic, 0, fpFin)
fecritligne(nFic, "fin")
fFerme(nFic)
Trace(Remplace(fChargeTexte(sAnsi), RC, "|")) // expect: Zoë|Noël|Été;fin|
// un fichier UTF-8 reste UTF-8
sUtf8 est une chaîne = sRep + fSep() + "utf8.log"
fSauveTexte(sUtf8, "Zoë" + RC)
nFic = fOuvre(sUtf8, foEcriture + foAjout)
fEcritLigne(nFic, "Noël")
fFerme(nFic)
Trace(fTaille(sUtf8), Remplace(fChargeTexte(sUtf8), RC, "|")) // expect: 13, Zoë|Noël|
// un fichier binaire copié par fLit / fEcrit garde chaque octet
sBin est une chaîne = sRep + fSep() + "donnees.bin"
fSauveBuffer(sBin, HexaVersBuffer("FF00E9C381"))
nEntrée est un entier = fOuvre(sBin, foLectureEcriture)
buf est un Buffer = fLit(nEntrée, 5)
fPositionne(nEntrée, 0, fpFin)
fEcrit(nEntrée, buf)
fFerme(nEntrée)
Trace(BufferVersHexa(fChargeBuffer(sBin), SansRegroupement, SansLigne)) // expect: FF00E9C381FF00E9C381
fSupprime(sRep + fSep() + "*.*")
fRepSupprime(sRep)
