// Page d'aide "Caractère (Type de variable)" (?1000024442, lue en anglais) : son exemple,
// la valeur de TypeVar et la valeur par défaut qu'elle annonce, en français.
MonCaractère est un caractère
MonCaractère = "D"
Trace(MonCaractère)
// expect: D
// Pour un caractère, TypeVar renvoie la constante wlCaractère (valeur : 81)
Trace(TypeVar(MonCaractère), wlCaractère, MonCaractère..Type = wlCaractère)
// expect: 81, 81, 1
// Un caractère déclaré et non initialisé correspond à Caract(0)
NonAffecté est un caractère
Trace(NonAffecté = Caract(0), Asc(NonAffecté), Taille(NonAffecté))
// expect: 1, 0, 1
// Notre décision : un texte plus long garde son premier caractère
MonCaractère = "Dijon"
Trace(MonCaractère, Taille(MonCaractère), MonCaractère + "ijon")
// expect: D, 1, Dijon
