// `..Membre` d'une variable ou d'un noeud JSON liste ses membres comme celui d'un Variant,
// chacun avec ..Nom et ..Valeur (décidé, INFERRED : la section des propriétés de la page
// du type JSON n'est pas lisible dans la copie stockée ; docs/builtins.md « The JSON
// type ») ; une liste d'entrepôts nommés se parcourt ainsi. C'était « A JSON value has no
// property 'Membre' ». Jumeau anglais json_member_list_en.wl.
j est un JSON = "{""entrepots"": {""LYON"": {""articles"": [{""ref"": ""A1"", ""qte"": 12}, {""ref"": ""B7"", ""qte"": 0}]}, ""NANTES"": {""articles"": [{""ref"": ""A1"", ""qte"": 3}]}, ""LILLE"": {""articles"": []}}}"
nTotal est un entier
POUR TOUT m DE j.entrepots..Membre
	Trace(m..Nom, m..Valeur.articles..Occurrence)
	POUR TOUT a DE m..Valeur.articles
		nTotal += a.qte
	FIN
FIN
// expect: LYON, 2
// expect: NANTES, 1
// expect: LILLE, 0
Trace(nTotal, j.entrepots..Membre..Occurrence, j..Membre[1]..Nom) // expect: 15, 3, entrepots
// un membre jamais écrit ne liste rien ; POUR TOUT valeur, clé parcourt les mêmes membres
Trace(j.absent..Membre..Occurrence, j..Membre..Occurrence) // expect: 0, 1
POUR TOUT v, k DE j.entrepots.LYON.articles[1]
	Trace(k, v)
FIN
// expect: ref, A1
// expect: qte, 12
