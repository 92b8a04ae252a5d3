// Une Couleur est l'entier de sa couleur dans un calcul (`c + 1`, `c * 2`, `-c`,
// `"col " + c` : l'exécution les calcule, stdlib/colors.py WLColor) et `wl check` disait
// WL113 "'c' is an object: it cannot be an operand of '+'" ; ses composantes se lisent,
// ne s'affectent pas : `c.Rouge = 5` arrête l'exécution ("A Color's Rouge is read, never assigned"),
// et le contrôle le laissait passer. Le contrôle dit maintenant ce que fait l'exécution
// (golden builtins/couleur_type_tsl_fr.wl).
cEncre est une Couleur = RVB(10, 20, 30)
cEncre = cEncre + 1
cEncre += 2
cEncre++
Trace(cEncre * 2, cEncre / 2, -cEncre, cEncre - 1, cEncre % 7, cEncre ^ 1)
sLibellé est une chaîne = "coul " + cEncre
Trace(sLibellé)
cEncre.Rouge = 5 // error: WL106:8 A Color's Rouge is read, never assigned: a colour is set with RGB: c = RGB(r, g, b)
cEncre.Violet = 5 // error: WL109:8 A Color has no property 'Violet' (wlinterp has Red, Green and Blue)
