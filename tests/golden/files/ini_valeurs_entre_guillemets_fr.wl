// INILit donne une valeur écrite entre guillemets sans eux (`Chemin="C:\Program
// Files\App"` donne C:\Program Files\App), comme Windows lit un fichier INI :
// GetPrivateProfileString, sur lequel s'appuie INILit de WINDEV, retire les guillemets
// simples ou doubles qui entourent une valeur (INFÉRÉ ; docs/builtins.md "INIRead and
// quoted values"). Avant, les guillemets restaient dans la valeur.
sIni est une chaîne = ComplèteRep(fRepTemp()) + "wl_golden_iniguillemets_" + Hasard(1, 999999999) + ".ini"
fSauveTexte(sIni, "[Appli]" + RC + "Chemin=""C:\Program Files\App""" + RC + "  Titre  =  'Stock & Cie'  " + RC + "Note=dire ""bonjour"" ici" + RC + "Vide=""""")
Trace(INILit("Appli", "Chemin", "?", sIni)) // expect: C:\Program Files\App
Trace("[" + INILit("appli", "TITRE", "?", sIni) + "]") // expect: [Stock & Cie]
Trace(INILit("Appli", "Note", "?", sIni)) // expect: dire "bonjour" ici
Trace("[" + INILit("Appli", "Vide", "?", sIni) + "]") // expect: []
INIEcrit("Appli", "Sauvegardes", """D:\Sauvegardes""", sIni)
Trace(INILit("Appli", "Sauvegardes", "?", sIni)) // expect: D:\Sauvegardes
// un échec nomme le fichier comme il est écrit (un fichier est là où son dossier serait)
Trace(INIÉcrit("Appli", "Clé", "v", sIni + "\paramètres.ini")) // expect: 0
Trace(Remplace(ErreurInfo(), sIni, "<ini>")) // expect: INIEcrit: cannot write '<ini>\paramètres.ini': Not a directory.
// un dossier absent n'est pas créé : INIEcrit échoue, comme WritePrivateProfileString
sAbsent est une chaîne = ComplèteRep(fRepTemp()) + "wl_golden_ini_sansdossier_" + Hasard(1, 999999999)
Trace(INIEcrit("Appli", "Clé", "v", sAbsent + "\paramètres.ini"), fRépertoireExiste(sAbsent)) // expect: 0, 0
fSupprime(sIni)
