// Le psdJSON de Sérialise est en ASCII 7 bits : tout autre caractère s'écrit \u et quatre
// chiffres hexadécimaux (VERIFIED ?3013065, sa ligne psdJSON, é en exemple ; chiffres en
// majuscules comme ?1000021052 écrit \u00E9), noms et valeurs ; VariantVersJSON de même
// (INFERRED). Il écrivait les caractères tels quels. docs/builtins.md "JSON in 7-bit ASCII".
STClient est une Structure
	sNom est une chaîne
	sVille est une chaîne <Sérialise="Cité">
	sNote est une chaîne
FIN
c est un STClient
c.sNom = "Hélène Dûpont"
c.sVille = "Besançon €"
c.sNote = "un texte \u00e9, une tabulation" + TAB + "et 😀"
sJSON est une chaîne
Sérialise(c, sJSON, psdJSON)
Trace(sJSON)
// expect: {"sNom":"H\u00E9l\u00E8ne D\u00FBpont","Cit\u00E9":"Besan\u00E7on \u20AC","sNote":"un texte \\u00e9, une tabulation\tet \uD83D\uDE00"}
cRetour est un STClient
Désérialise(cRetour, sJSON, psdJSON)
Trace(cRetour.sNom, cRetour.sVille, cRetour.sNote = c.sNote)   // expect: Hélène Dûpont, Besançon €, 1
v est un Variant = JSONVersVariant(sJSON)
Trace(v.sNom, v.Cité)   // expect: Hélène Dûpont, Besançon €
Trace(VariantVersJSON(c) = sJSON)   // expect: 1
Trace(VariantVersJSON(v.sNom))   // expect: "H\u00E9l\u00E8ne D\u00FBpont"
// une variable JSON garde ses caractères tels quels (aucune page ne dit le contraire)
j est un JSON = sJSON
Trace(j.sNom)   // expect: Hélène Dûpont
Trace(j)
// expect: {"sNom":"Hélène Dûpont","Cité":"Besançon €","sNote":"un texte \\u00e9, une tabulation\tet 😀"}
c.sNom = "Martin"; c.sVille = "Lyon"; c.sNote = ""
Sérialise(c, sJSON, psdJSON)
Trace(sJSON)   // expect: {"sNom":"Martin","Cit\u00E9":"Lyon","sNote":""}
