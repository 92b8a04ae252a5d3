// Page d'aide INILit (?3013043) : son fichier .INI d'exemple et son premier appel écrits
// en français, le fichier écrit d'abord dans le dossier temporaire (au lieu de C:\Temp).
sIni est une chaîne = fRepTemp() + fSep() + "ExemplesLST.INI"
sContenu est une chaîne = [
[Exemples WD]
Nom1 = WDInstal
Nom2 = WDBench
[Description de WDInstal]
Libellé = Utilisez le panneau de configuration de Windows
LST = 43
Page = 12
]
fSauveTexte(sIni, sContenu)
// Lecture dans la section [Exemples WD]
Trace(INILit("Exemples WD", "Nom2", "", sIni)) // expect: WDBench
Trace(INILit("exemples wd", "Nom2", "", sIni)) // expect: WDBench
Trace(INILit("Description de WDInstal", "Page", "", sIni)) // expect: 12
fSupprime(sIni)
