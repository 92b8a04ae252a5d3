// Le texte blanc après un commentaire ou une instruction de traitement dans un élément
// appartient au texte de l'élément : "Prix:<!-- euros --> <b>" se lit "Prix: ", et réécrit
// le blanc reste après le commentaire, où il était. Il était gardé avec le commentaire
// seul, donc le texte lu le perdait ("Prix:12", et "  <!--n-->  " lisait deux espaces).
xDoc est un xmlDocument = XMLOuvre("<r><p>Prix:<!-- euros --> <b>12</b></p><t>  <!--n-->  </t><i>a<?pi x?> <?pi y?>	</i></r>", depuisChaîne)
Trace("[" + xDoc.r.p..Texte + "]") // expect: [Prix: 12]
Trace("[" + xDoc.r.t + "]", Taille(xDoc.r.t)) // expect: [    ], 4
Trace("[" + xDoc.r.i + "]", Taille(xDoc.r.i)) // expect: [a 	], 3
Trace(XMLConstruitChaîne(xDoc)) // expect: <?xml version="1.0" encoding="UTF-8"?>
// expect: <r><p>Prix:<!-- euros --> <b>12</b></p><t>  <!--n-->  </t><i>a<?pi x?> <?pi y?>	</i></r>
// expect:
xDoc.r.t = "x"
Trace(XMLConstruitChaîne(xDoc)) // expect: <?xml version="1.0" encoding="UTF-8"?>
// expect: <r><p>Prix:<!-- euros --> <b>12</b></p><t>x<!--n--></t><i>a<?pi x?> <?pi y?>	</i></r>
// expect:
XMLDocument("d", "<r><p>Prix:<!-- euros --> <b>12</b></p></r>")
XMLRecherche("d", "p")
Trace("[" + XMLDonnée("d") + "]") // expect: [Prix: ]
XMLTermine("d")
