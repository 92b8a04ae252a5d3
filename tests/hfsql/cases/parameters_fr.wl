// HSauveParamètre, HChargeParamètre, HSupprimeParamètre, HListeParamètre
Trace(HSauveParamètre("", "Dernière", 12), HSauveParametre("", "Autre", "x"))   // expect: 1, 1
Trace(HChargeParamètre("", "dernière"), HChargeParametre("", "inconnu", 7))   // expect: 12, 7
Trace(Remplace(HListeParamètre(""), RC, ","))            // expect: Autre,Dernière
Trace(HSupprimeParamètre("", "Autre"), HListeParametre(""))   // expect: 1, Dernière
