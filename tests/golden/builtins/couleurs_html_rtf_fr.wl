// RVBVersHTML / HTMLVersRVB et TexteVersRTF en français (règles INFERRED, pas de page)
Trace(RVBVersHTML(RVB(0, 0, 255)), HTMLVersRVB("#0000FF") = RVB(0, 0, 255), RVBRouge(HTMLVERSRVB("#800000"))) // expect: #0000FF, 1, 128
t est une chaîne = "Ligne 1" + RC + "Ligne {2}"
Trace(RTFVersTexte(TexteVersRTF(t)) = t, Position(TexteVersRTF(t), "Ligne \{2\}") > 0) // expect: 1, 1
