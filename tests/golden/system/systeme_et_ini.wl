// Système et environnement en français : fichiers INI et paramètres
ini est une chaîne = fFichierTemp("ini")
Trace(INIÉcrit("Société", "Nom", "Café du Port", ini)) // expect: 1
Trace(INILit("société", "nom", "", ini)) // expect: Café du Port
Trace(INILit("Société", "Ville", "Brest", ini)) // expect: Brest
fichier est une chaîne = fFichierTemp("par")
Trace(SauveParamètre("Compteur", 3, fichier)) // expect: 1
Trace(Val(ChargeParamètre("Compteur", 0, fichier)) + 1) // expect: 4
Trace(SupprimeParamètre("Compteur", fichier), SupprimeParamètre("Compteur", fichier)) // expect: 1, 0
fSupprime(ini)
fSupprime(fichier)
Trace(ExeDonnePID() > 0, Taille(NetNomMachine()) > 0) // expect: 1, 1
