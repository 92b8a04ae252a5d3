// Un guillemet finissant une ligne ouvre un texte de plusieurs lignes, fermé par une ligne
// commençant par un guillemet ; quand aucune ligne ne le ferme (les lignes suivantes
// commencent par des guillemets mais chacune tient sa propre chaîne : `"libellé":
// "Soldes",`), l'erreur est dite au guillemet qui l'a ouvert, avec une piste, et non à
// une ligne JSON qui semblait le fermer.
// expect error: unterminated string: the closing " is missing on this line; a quote ending a line opens a text of several lines, which a line starting with " closes, and none does
sCorps est une chaîne = "
	{
	"libellé": "Soldes de printemps",
	"expéditeur": "BOUTIQUE"
	}
Trace(sCorps)
