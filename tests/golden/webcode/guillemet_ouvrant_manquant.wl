// Une chaîne dont le guillemet ouvrant manque, son guillemet fermant finissant la ligne
// (un exemple REST dont l'adresse à remplacer a pris le guillemet : `req.URL =
// <URL_PROD>/v1/commandes"`, puis un corps JSON dont les lignes commencent par des
// guillemets) : l'erreur est dite à ce guillemet, sur la ligne qui ouvre la chaîne, avec
// une piste, et non à la première ligne JSON en dessous.
// expect error: unterminated string: the closing " is missing on this line; the quote after 'commandes' opens a string: is its opening quote missing?
sJeton est une chaîne = "J3T0N"
sChemin est une chaîne = v1/commandes"
sCorps est une chaîne = [
	{
	"libellé": "Soldes de printemps",
	"expéditeur": "BOUTIQUE"
	}
]
Trace(sJeton + sChemin + sCorps)
