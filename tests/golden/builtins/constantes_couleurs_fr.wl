// Les couleurs prédéfinies (docs/builtins.md « Colour constants ») : RougeFoncé,
// RougeClair, RougePastel... sont des entiers RVB (rouge + 256 * vert + 65536 * bleu),
// les valeurs du code que WINDEV Mobile génère. Casse et accents indifférents.
Feu est une Classe
	Etat est un entier
END
FeuRouge est un Feu
FeuRouge.Etat = RougeFoncé
Trace(FeuRouge.Etat, RVBRouge(FeuRouge.Etat)) // expect: 128, 128
Trace(RVBRouge(RougeClair), RVBVert(VertClair), RVBBleu(BleuClair)) // expect: 255, 255, 255
Trace(RougePastel = RVB(255, 153, 153), VertPastel = RVB(153, 255, 153)) // expect: 1, 1
Trace(RVBVersHTML(OrangeClair), RVBVersHTML(JauneFoncé), RVBVersHTML(GrisFonce)) // expect: #FFA500, #808000, #808080
Trace(Noir, Blanc, Transparent, JauneOr, rougefonce = ROUGEFONCÉ) // expect: 0, 16777215, -1, 55295, 1
// les couleurs d'impression des barres d'un planning (`CouleurFond = iCyanClair, CouleurTrait
// = iNoir` ; valeurs INFERRED) : des noms non déclarés auparavant
nFond est un entier = iCyanClair
Trace(nFond, iNoir, RVBVert(nFond), RVBBleu(icyanclair), RVBRouge(iCyanClair)) // expect: 16776960, 0, 255, 255, 0
