// ..Type et ..Valeur des nœuds d'une variable JSON (décidé : voir docs/builtins.md,
// "The JSON type") : ..Type est la constante wl... que donne TypeVar, ..Valeur la valeur
// du nœud (Null pour un membre jamais écrit).
j est un JSON = "{""nom"": ""Léa"", ""âge"": 31, ""adresse"": {""ville"": ""Lyon""}, ""notes"": [12, 15.5]}"
Trace(j..Type = wlVariant, j.adresse..Type = wlVariant, j.notes..Type = wlTableau) // expect: 1, 1, 1
Trace(j.nom..Type = wlChaîne, j.AGE..Type = wlEntier, j.notes[2]..Type = wlRéel) // expect: 1, 1, 1
Trace(j.téléphone..Type = wlNull, j.téléphone..Valeur = Null, j.téléphone..Existe) // expect: 1, 1, 0
Trace(j.nom..Valeur, j.adresse.ville..Valeur, j.notes[1]..Valeur) // expect: Léa, Lyon, 12
