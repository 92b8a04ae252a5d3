// InitParamètre avec paramXML et paramChaîne (page ?3025044) : ChargeParamètre,
// SauveParamètre et SupprimeParamètre utilisent un fichier XML, ou un texte XML que
// l'exécution garde et que l'InitParamètre suivant rend (format décidé : docs/builtins.md)
fic est une chaîne = fFichierTemp("xml")
fSupprime(fic)
InitParamètre(paramXML, fic)
Trace(SauveParamètre("Thème", "sombre"))                      // expect: 1
Trace(ChargeParamètre("Thème", "clair"), ChargeParamètre("Taille", 10)) // expect: sombre, 10
Trace(SupprimeParamètre("Thème"), ChargeParamètre("Thème", "parti")) // expect: 1, parti
SauveParamètre("Taille", 14)
texte est une chaîne = fChargeTexte(fic)
fSupprime(fic)
InitParamètre(paramChaîne, texte)
Trace(ChargeParamètre("Taille"))                              // expect: 14
SauveParamètre("Couleur", "bleu")
rendu est une chaîne = ExtraitChaîne(InitParamètre(paramRegistre), 2, TAB)
Trace(Position(rendu, "bleu") > 0, Position(texte, "bleu") = 0) // expect: 1, 1
Trace(ChargeParamètre("Couleur", "aucune"))                   // expect: aucune
InitParamètre(paramChaîne)                                    // expect error: paramString needs the XML text
