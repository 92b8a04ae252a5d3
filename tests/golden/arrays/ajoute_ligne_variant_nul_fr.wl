// TableauAjouteLigne avec plusieurs valeurs sur un Variant Null arrête l'exécution : le
// Variant reçoit un tableau à une dimension, qui prend une valeur (wl check le dit aussi,
// WL115 : tests/diagnostics/ajoute_ligne_variant_nul.wl). Une valeur fonctionne.
vUne est un Variant
Trace(TableauAjouteLigne(vUne, 7)) // expect: 1
vLigne est un Variant
TableauAjouteLigne(vLigne, 1, 2) // expect error: TableauAjouteLigne: a one-dimensional array takes one value, an element (2 were given)
