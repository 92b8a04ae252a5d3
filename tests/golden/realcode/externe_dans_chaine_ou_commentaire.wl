// Une ligne `EXTERNE "fichier"` dans une chaîne sur plusieurs lignes ou un commentaire
// /* */ est du texte, pas une inclusion : son fichier n'est pas cherché, le programme tourne.
s est une chaîne = [
EXTERNE "genere.wl"
]
Trace(s) // expect: EXTERNE "genere.wl"
/*
EXTERNE "ancien.wl"
*/
Trace(1) // expect: 1
