// Un écart de dates comparé à un texte contenant un nombre se compare comme des
// nombres, comme un nombre : "9" < "10" en textes donnait Faux.
dRetour est une Date = "20240110"
dEchéance est une date = "20240101"
Trace(dRetour - dEchéance) // expect: 9
Trace(dRetour - dEcheance < "10") // expect: 1
Trace("10" > dRetour - dEchéance) // expect: 1
Trace(dRetour - dEchéance = "9") // expect: 1
sLimite est une chaîne = "10"
Trace(dRetour - dEchéance >= sLimite) // expect: 0
vEcart est un Variant = dRetour - dEchéance
Trace(vEcart < "10") // expect: 1
// un texte qui ne contient pas de nombre se compare comme un texte
Trace(dRetour - dEchéance < "abc") // expect: 1
