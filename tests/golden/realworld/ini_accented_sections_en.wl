// Business code (method b, no page): a workstation .ini with accented sections and keys
// (a comment first, an empty line between sections), read by INIRead then written back
// by INIWrite with the same value: the file stays byte for byte the same; a real change
// touches its line only. Passes as written. French twin ini_sections_accentuees_fr.wl.
sFile is string = CompleteDir(fTempPath()) + "wl_golden_ini_" + Random(1, 99999999) + ".ini"
sText is string = "; réglages du poste" + CR + "[Général]" + CR + "Société=Établissements Hérault" + CR + "Dossier=C:\Données\Compta" + CR + CR + "[Impression]" + CR + "Imprimante=Bureau été" + CR + "Marges=10" + CR
fSaveText(sFile, sText)
Trace(INIRead("Général", "Société", "", sFile)) // expect: Établissements Hérault
Trace(INIRead("Impression", "Imprimante", "", sFile)) // expect: Bureau été
INIWrite("Impression", "Marges", "10", sFile)
Trace(fLoadText(sFile) = sText) // expect: 1
INIWrite("Impression", "Marges", "12", sFile)
Trace(INIRead("Impression", "Marges", "", sFile)) // expect: 12
Trace(fLoadText(sFile) = Replace(sText, "Marges=10", "Marges=12")) // expect: 1
Trace(Replace(INIRead("Général", "", "", sFile), CR, "|")) // expect: Société|Dossier
fDelete(sFile)
