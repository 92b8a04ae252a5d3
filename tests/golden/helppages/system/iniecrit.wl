// Page d'aide INIEcrit (?3013039), son fichier .INI d'exemple et son second exemple
// avec les noms français, dans le répertoire temporaire au lieu de C:\Temp ; un INILit
// montre ce qu'il a écrit. Puis sa syntaxe : un mot-clé vide supprime la section, une
// valeur vide supprime le mot-clé (notre lecture, docs/builtins.md).
sIni est une chaîne = fRepTemp() + fSep() + "wl_pageaide_ExemplesLST.INI"
sContenu est une chaîne = [
[Exemples WD]
Nom1 = WDInstall
Nom2 = WDBench
[Description de WDInstall]
Libellé = Utilisez le panneau de configuration de Windows
LST = 43
Page = 12
]
fSauveTexte(sIni, sContenu)
// Ecriture dans la section [Exemples WD]
INIÉcrit("Exemples WD", "Nom3", "WDExemple", sIni)
Trace(INILit("Exemples WD", "Nom3", "", sIni)) // expect: WDExemple
// La section est créée si elle n'existe pas
Trace(INIEcrit("WD nouveau", "Nom1", "WDTest", sIni)) // expect: 1
Trace(INILit("WD nouveau", "Nom1", "", sIni)) // expect: WDTest
// Un mot-clé vide supprime la section
Trace(INIÉcrit("Description de WDInstall", "", "", sIni)) // expect: 1
Trace(INILit("Description de WDInstall", "LST", "aucun", sIni)) // expect: aucun
// Une valeur vide supprime le mot-clé
INIÉcrit("Exemples WD", "Nom1", "", sIni)
Trace(INILit("Exemples WD", "Nom1", "aucun", sIni)) // expect: aucun
Trace(Remplace(INILit("", "", "", sIni), RC, ", ")) // expect: Exemples WD, WD nouveau
fSupprime(sIni)
