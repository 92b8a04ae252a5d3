// Un null JSON donné par Désérialise à un membre Date, Heure ou DateHeure le vide, comme
// il donne 0 à un nombre et "" à une chaîne (pas d'erreur : null est « pas de valeur ») ;
// un membre énumération refuse null, aucune de ses valeurs n'étant vide. Une énumération
// déclarée avec une classe (après son FIN, dans sa déclaration) est vérifiée comme une
// énumération globale.
STArticle est une Structure
	dJour est une Date
	dhLe est une DateHeure
	hA est une Heure
	sNom est une chaîne
	nQté est un entier
FIN
stArticle est un STArticle
stArticle.dJour = "20240228"
stArticle.dhLe = "20240115103000"
stArticle.hA = "1030"
stArticle.sNom = "boulon"
stArticle.nQté = 4
Désérialise(stArticle, "{""dJour"":null,""dhLe"":null,""hA"":null,""sNom"":null,""nQté"":null}", psdJSON)
Trace(ErreurDétectée) // expect: 0
Trace("[" + stArticle.dJour + "]", "[" + stArticle.dhLe + "]", "[" + stArticle.hA + "]") // expect: [], [], []
Trace("[" + stArticle.sNom + "]", stArticle.nQte) // expect: [], 0
Trace(DateValide(stArticle.dJour), stArticle.dJour = "") // expect: 0, 1
CPorteur est une Classe
	eTeinte est une Teinte
FIN
Teinte est une Enumération
	Pâle
	Profonde
FIN
p est un CPorteur
Deserialise(p, "{""eTeinte"":""PROFONDE""}", psdJSON)
Trace(ErreurDetectee, p.eTeinte) // expect: 0, Profonde
Désérialise(p, "{""eTeinte"":""Nulle""}", psdJSON)
Trace(ErreurDétectée, p.eTeinte) // expect: 1, Profonde
Trace(ErreurInfo()) // expect: Désérialise: the member eTeinte of CPorteur: "Nulle" is not a value of the enumeration Teinte (Pâle, Profonde).
Désérialise(p, "{""eTeinte"":null}", psdJSON)
Trace(ErreurDétectée, p.eTeinte) // expect: 1, Profonde
