// Les rangs d'ExtraitChaîne : rangPremier et rangSuivant parcourent les champs depuis le
// début, rangDernier et rangPrécédent depuis la fin (rangPrécédent n'existait pas) ; EOT
// au-delà des extrémités (INFERRED pour rangPrécédent : docs/builtins.md).
sListe est une chaîne = "Lille;Lyon;Nice"
s est une chaîne = ExtraitChaîne(sListe, rangDernier, ";")
TANTQUE s <> EOT
  Trace(s)
  s = ExtraitChaîne(sListe, rangPrécédent, ";")
FIN
// expect: Nice
// expect: Lyon
// expect: Lille
Trace(ExtraitChaîne(sListe, rangPremier, ";"), ExtraitChaîne(sListe, rangSuivant, ";"))
// expect: Lille, Lyon
Trace(ExtraitChaîne(sListe, RANGPRECEDENT, ";"), ExtraitChaîne(sListe, rangPrécédent, ";") = EOT)
// expect: Lille, 1
