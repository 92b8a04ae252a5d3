// Le type Couleur et les fonctions de couleur qui n'ont besoin d'aucune fenêtre : une
// Couleur tient l'entier de la couleur (celui de RVB, des constantes) et donne ses
// composantes en propriétés (Rouge, Vert, Bleu) ; TSL fait une couleur d'une teinte
// (degrés), d'une saturation et d'une luminosité (pour cent), CouleurTeinte,
// CouleurSaturation et CouleurLuminosité les relisent. `c est une Couleur` était un type
// inconnu (un Variant, avec un avertissement) et TSL, CouleurTeinte... s'arrêtaient comme
// fonctions de dessin. (*décidé*, INFERRED : docs/builtins.md "The Color type", "Hue,
// saturation and lightness")
cFond est une Couleur = RVB(10, 20, 30)
Trace(cFond, cFond.Rouge, cFond.Vert, cFond.Bleu) // expect: 1971210, 10, 20, 30
cFond = RougeClair
Trace(cFond.Rouge, RVBBleu(cFond), cFond = RougeClair) // expect: 255, 0, 1
// dans un calcul une Couleur est son entier, comme le contrôle le dit aussi (il disait
// WL113 "'c' is an object") ; ses composantes se lisent, ne s'affectent pas
// (tests/diagnostics/couleur_nombre_composantes_en_lecture.wl)
cNuance est une Couleur = RVB(10, 20, 30)
cNuance = cNuance + 1
Trace(cNuance * 2, cNuance / 2, -cNuance, cNuance.Rouge) // expect: 3942422, 985605.5, -1971211, 11
sNuance est une chaîne = "coul " + cNuance
Trace(sNuance) // expect: coul 1971211
Trace(TSL(0, 100, 50) = RougeClair, TSL(120, 100, 25) = VertFoncé, TSL(240, 100, 50) = BleuClair) // expect: 1, 1, 1
Trace(CouleurTeinte(BleuClair), CouleurSaturation(BleuClair), CouleurLuminosité(BleuClair)) // expect: 240, 100, 50
Trace(CouleurTeinte(GrisFoncé), CouleurSaturation(GrisFoncé), CouleurLuminosité(Blanc)) // expect: 0, 0, 100
// une couleur de texte lisible sur un fond : même teinte et saturation, claire ou sombre
cPâle est une Couleur = RVB(250, 240, 200)
cTexte est une Couleur = cPâle.LisibleSur()
Trace(cTexte.Rouge, cTexte.Vert, cTexte.Bleu) // expect: 56, 46, 5
Trace(CouleurTeinte(cTexte) = CouleurTeinte(cPâle), CouleurLuminosité(cTexte)) // expect: 1, 12
cProfond est une Couleur = BleuFoncé
Trace(CouleurLuminosité(cProfond.LisibleSur())) // expect: 88
QUAND EXCEPTION DANS
    Trace(TSL(0, 100, 150))
FAIRE
    Trace(ExceptionInfo(errMessage)) // expect: TSL: the lightness must be between 0 and 100 (got 150).
FIN

PROCÉDURE LisibleSur(cFondDonné est une Couleur) <extension> : Couleur
rClarté est un réel = (0.299 * cFondDonné.Rouge + 0.587 * cFondDonné.Vert + 0.114 * cFondDonné.Bleu) / 255
nLuminosité est un entier = 88
SI rClarté > 0.5 ALORS nLuminosité = 12
RENVOYER TSL(CouleurTeinte(cFondDonné), CouleurSaturation(cFondDonné), nLuminosité)
