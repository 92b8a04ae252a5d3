// Désérialise d'un texte JSON imbriqué au-delà des 1 000 niveaux où JSON se convertit
// (runtime/json_depth.py) échoue comme pour tout texte illisible : ErreurDétectée, la
// profondeur dans ErreurInfo, la variable laissée telle quelle. Un texte de 1 500
// niveaux arrêtait l'exécution (l'erreur de profondeur, fatale ; avant la limite,
// « Stack overflow »). FS, 6 déc. 2026. Jumeau anglais deserialize_too_deep_en.wl.
v est un Variant = "avant"
Désérialise(v, Répète("[", 1500) + Répète("]", 1500), psdJSON)
Trace(ErreurDétectée, ErreurInfo(errMessage)) // expect: 1, Désérialise: The JSON is nested 1,500 levels deep; JSON and XML are converted to 1,000 levels at most.
Trace(v) // expect: avant
Désérialise(v, Répète("[", 4000) + Répète("]", 4000), psdJSON)
Trace(ErreurDétectée, ErreurInfo(errMessage)) // expect: 1, Désérialise: The JSON is nested 4,000 levels deep; JSON and XML are converted to 1,000 levels at most.
Désérialise(v, Répète("[", 1000) + Répète("]", 1000), psdJSON)
Trace(ErreurDétectée, Taille(VariantVersJSON(v))) // expect: 0, 2000
