// JSONVersVariant / VariantVersJSON (noms français), structure vers JSON
STRUCTURE Client
    Nom est une chaîne
    Ville est une chaîne
END
c est un Client
c.Nom = "Durand"
c.Ville = "Nantes"
Trace(VariantVersJSON(c)) // expect: {"Nom":"Durand","Ville":"Nantes"}
v est un variant = JSONVersVariant("[1, 2, 3]")
Trace(v[3], TableauOccurrence(v)) // expect: 3, 3
mauvais est un variant = JSONVersVariant("[1, 2")
Trace(ErreurDétectée, ErreurInfo(errNombreSousErreur), ErreurInfo(errMessage, 1)) // expect: 1, 1, line 1, column 6: Expecting ',' delimiter.
