// Un tableau associatif a une clé par élément : `aa["a", "b"]` s'arrête sur une erreur
// qui le dit et dit comment indexer par plusieurs valeurs (elle disait « A value of type
// associative array cannot be indexed »). (DÉDUIT : la copie stockée de la page
// ?1514058 s'arrête avant sa section sur l'accès aux éléments ; docs/semantics.md
// "An associative array takes one key")
taPrix est un tableau associatif d'entiers
taPrix["pomme" + TAB + "rouge"] = 3
Trace(taPrix["pomme" + TAB + "rouge"])   // expect: 3
taStock est un tableau associatif de tableaux associatifs d'entiers
taStock["pomme"]["rouge"] = 12
Trace(taStock["pomme"]["rouge"])   // expect: 12
QUAND EXCEPTION DANS
	Trace(taPrix["pomme", "rouge"]) // wl: ignore[WL110]
FAIRE
	Trace(ExceptionInfo())   // expect: An associative array takes one key per element, not 2: to key an element by several values, join them into one key (k1 + TAB + k2) or use an associative array of associative arrays (aa[k1][k2]).
FIN
taPrix["poire", "verte"] = 4   // expect error: An associative array takes one key per element, not 2: to key an element by several values, join them into one key (k1 + TAB + k2) or use an associative array of associative arrays (aa[k1][k2]).
