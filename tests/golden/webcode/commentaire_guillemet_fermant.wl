// Un texte de plusieurs lignes dont la ligne fermante porte un commentaire tenant un
// guillemet (`"  // fin de la "chaîne`) : les guillemets d'un commentaire n'ouvrent
// aucune chaîne, donc cette ligne ferme le texte. La ligne est lue jusqu'à son `//` (hors
// d'une chaîne) : un `//` dans une chaîne est du texte.
s est une chaîne = "
ligne un
"  // fin de la "chaîne
Trace(s) // expect: ligne un
t est une chaîne = "
ligne deux
" + "a // b" // un "seul guillemet
Trace(t) // expect: ligne deuxa // b
