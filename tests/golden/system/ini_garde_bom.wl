// INILit lit un fichier qui commence par une marque d'ordre des octets (UTF-8 ou
// UTF-16) et INIÉcrit garde la marque et l'encodage (INFERRED : docs/builtins.md)
sIni est une chaîne = fRepTemp() + fSep() + "wl_ini_bom_fr.ini"
fSauveBuffer(sIni, HexaVersBuffer("EFBBBF") + ChaîneVersUTF8("[Sec]" + RC + "Clé=été" + RC))
Trace(INILit("Sec", "Clé", "", sIni)) // expect: été
Trace(INIÉcrit("Sec", "Autre", "où", sIni)) // expect: 1
b est un Buffer = fChargeBuffer(sIni)
Trace(BufferVersHexa(b[[1 À 3]])) // expect: EF BB BF
Trace(INILit("Sec", "Clé", "", sIni), INILit("Sec", "Autre", "", sIni)) // expect: été, où
fSupprime(sIni)
