// InitParamètre(paramXML) avec des valeurs que XML ne garde pas telles quelles (format
// décidé : docs/builtins.md "InitParameter") : un caractère de contrôle rendait le
// fichier illisible (chaque sauvegarde suivante échouait, chaque lecture donnait sa
// valeur par défaut) ; un retour chariot revenait en saut de ligne. Les noms se
// retrouvent dans toute casse, comme dans le fichier INI.
fic est une chaîne = fFichierTemp("xml")
fSupprime(fic)
InitParamètre(paramXML, fic)
Trace(SauveParamètre("Lignes", "un" + RC + "deux"))             // expect: 1
Trace(SauveParamètre("Ctl", "a" + Caract(1) + "b"))             // expect: 1
Trace(SauveParamètre("Clé" + Caract(2), "x"), ErreurDétectée)   // expect: 0, 1
Trace(SauveParamètre("Thème", "un"), SauveParamètre("THEME", "deux"), SauveParamètre("THÈME", "trois")) // expect: 1, 1, 1
ini est une chaîne = fFichierTemp("ini")
InitParamètre(paramIni, ini)
InitParamètre(paramXML, fic)
Trace(ChargeParamètre("Lignes") = "un" + RC + "deux")            // expect: 1
Trace(Taille(ChargeParamètre("Ctl")), Asc(ChargeParamètre("Ctl")[[2]])) // expect: 3, 1
Trace(ChargeParamètre("thème"), ChargeParamètre("Theme"))        // expect: trois, deux
fSupprime(fic)
fSupprime(ini)
