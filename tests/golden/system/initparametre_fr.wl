// InitParamètre (page d'aide ?3025044) : paramIni et un fichier INI, puis
// ChargeParamètre/SauveParamètre y gardent les paramètres.
fic est une chaîne = fFichierTemp("ini")
InitParamètre(paramIni, fic)
Trace(SauveParamètre("Langue", "fr"))                        // expect: 1
Trace(INILit("Parameters", "Langue", "?", fic))              // expect: fr
Trace(ChargeParamètre("Langue"))                             // expect: fr
Trace(InitParamètre(paramRegistre) = paramIni + TAB + fic)   // expect: 1
Trace(ProjetInfo(piNomProjet))                               // expect: initparametre_fr
Trace("[" + ProjetInfo(piConfiguration) + "]")               // expect: []
fSupprime(fic)
InitParamètre(9)                                              // expect error: 9 is not a mode
