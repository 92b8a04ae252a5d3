// Une valeur que son membre typé ne peut pas tenir est refusée par Désérialise (décidé :
// docs/semantics.md "Deserialize refuses a value its member cannot hold") : ErreurDétectée,
// ErreurInfo nomme le membre et la valeur, la variable ne change pas.
Couleur est une Énumération
	Rouge
	Vert
FIN
STArticle est une Structure
	dJour est une Date
	dhA est une DateHeure
	eCouleur est une Couleur
FIN
stArticle est une STArticle
Désérialise(stArticle, "{""dJour"":""2024-02-28"",""dhA"":""2024-01-15T10:30:00"",""eCouleur"":""vert""}", psdJSON)
Trace(ErreurDétectée, stArticle.dJour, stArticle.dhA, stArticle.eCouleur = Vert) // expect: 0, 20240228, 20240115103000000, 1
Désérialise(stArticle, "{""dJour"":""pas une date""}", psdJSON)
Trace(ErreurDétectée, stArticle.dJour) // expect: 1, 20240228
Trace(ErreurInfo()) // expect: Désérialise: the member dJour of STArticle: "pas une date" is not a valid Date (DateValid gives False for it).
Désérialise(stArticle, "{""dJour"":""20240230""}", psdJSON)
Trace(ErreurDétectée, stArticle.dJour) // expect: 1, 20240228
Désérialise(stArticle, "{""dhA"":12345}", psdJSON)
Trace(ErreurDétectée, stArticle.dhA) // expect: 1, 20240115103000000
Désérialise(stArticle, "{""eCouleur"":""Non""}", psdJSON)
Trace(ErreurDétectée, stArticle.eCouleur) // expect: 1, Vert
Trace(ErreurInfo()) // expect: Désérialise: the member eCouleur of STArticle: "Non" is not a value of the enumeration Couleur (Rouge, Vert).
Désérialise(stArticle, "{""eCouleur"":5}", psdJSON)
Trace(ErreurDétectée, stArticle.eCouleur) // expect: 1, Vert
tabJours est un tableau de Dates
Désérialise(tabJours, "[""2024-01-01"",""x""]", psdJSON)
Trace(ErreurDétectée, tabJours.Occurrence) // expect: 1, 0
