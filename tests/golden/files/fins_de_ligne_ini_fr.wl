// INIÉcrit écrit un nouveau fichier avec des fins de ligne CR LF, comme Windows écrit un
// fichier INI ; un fichier existant garde les siennes : écrit avec LF seul (sous Linux,
// par Git), il reste en LF seul, lignes ajoutées ou modifiées comprises. Toutes les
// lignes étaient réécrites en CR LF (*décidé* 6 déc. 2026, INFERRED : docs/builtins.md
// "INI files"). Jumeau anglais ini_line_ends_en.wl.
sDossier est une chaîne = CompleteRep(fRepTemp()) + "wl_golden_inilf_fr_" + Hasard(1, 999999999)
fRepCrée(sDossier)
sNouveau est une chaîne = sDossier + "\nouveau.ini"
INIÉcrit("Base", "Serveur", "srv-sql", sNouveau)
iniecrit("Base", "Port", "4900", sNouveau)
bufNouveau est un Buffer = fChargeBuffer(sNouveau)
Trace(ChaîneOccurrence(bufNouveau, RC), ChaineOccurrence(bufNouveau, Caract(10))) // expect: 3, 3
Trace(bufNouveau = "[Base]" + RC + "Serveur=srv-sql" + RC + "Port=4900" + RC) // expect: 1
// un fichier écrit en LF seul le reste
sLinux est une chaîne = sDossier + "\linux.ini"
fSauveTexte(sLinux, "; réglages" + Caract(10) + "[Base]" + Caract(10) + "Serveur=ancien" + Caract(10))
INIEcrit("Base", "Serveur", "srv-neuf", sLinux)
INIÉCRIT("Messagerie", "Hôte", "smtp.exemple.fr", sLinux)
bufLinux est un Buffer = fChargeBuffer(sLinux)
Trace(ChaîneOccurrence(bufLinux, Caract(13))) // expect: 0
Trace(Remplace(fChargeTexte(sLinux), Caract(10), "|")) // expect: ; réglages|[Base]|Serveur=srv-neuf||[Messagerie]|Hôte=smtp.exemple.fr|
Trace(INILit("messagerie", "HÔTE", "", sLinux)) // expect: smtp.exemple.fr
// un fichier en CR LF garde CR LF
sWindows est une chaîne = sDossier + "\windows.ini"
fSauveTexte(sWindows, "[Base]" + RC + "Serveur=ancien" + RC)
INIÉcrit("Base", "Utilisateur", "admin", sWindows)
bufWin est un Buffer = fChargeBuffer(sWindows)
Trace(bufWin = "[Base]" + RC + "Serveur=ancien" + RC + "Utilisateur=admin" + RC) // expect: 1
fSupprime(sNouveau)
fSupprime(sLinux)
fSupprime(sWindows)
fRepSupprime(sDossier)
