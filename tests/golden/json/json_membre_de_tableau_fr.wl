// `..Membre` d'un tableau JSON ne liste aucun membre : les éléments d'un tableau ne sont
// pas des membres (on les atteint par indice ou par POUR TOUT), comme un membre qui tient
// un tableau n'en listait déjà aucun (`m..Membre..Occurrence = 0`). Du code réel qui
// parcourt une réponse (la classe CFireStoreReponse de wxFirebase) y compte : un nœud
// sans membre y est une feuille, tableaux compris. Il s'arrêtait sur "Arrays have no
// property 'Membre'" (*décidé* 6 déc. 2026, FS, INFERRED : la partie propriétés de la
// page du type JSON n'est pas stockée ; docs/builtins.md "The JSON type"). Jumeau anglais
// json_member_of_array_en.wl.
jCommandes est un JSON = "[{""id"": 1, ""client"": {""nom"": ""ACME""}, ""lignes"": [{""ref"": ""A1"", ""qte"": 2}]}, {""id"": 2, ""client"": ""Dupont SA"", ""lignes"": []}]"
Trace(jCommandes..Membre..Occurrence, jCommandes..Occurrence) // expect: 0, 2
POUR TOUT jCommande DE jCommandes
	Trace(jCommande..Membre..Occurrence, jCommande..Membre[2]..Nom, jCommande.lignes..Membre..Occurrence)
FIN
// expect: 3, client, 0
// expect: 3, client, 0
// un parcours qui prend un nœud sans membre pour une feuille, comme la classe Firestore
Parcours("", jCommandes[1])
// expect: id = 1
// expect: client.nom = ACME
// expect: lignes = [{"ref":"A1","qte":2}]
POUR TOUT m DE jCommandes[1]..Membre
	SI m..Membre..Occurrence = 0 ALORS Trace(m..Nom)
FIN
// expect: id
// expect: lignes
// un tableau d'un Variant (JSONVersVariant) est un tableau du programme : pas de membres
vCommandes est un Variant = JSONVersVariant("[{""id"": 1}]")
QUAND EXCEPTION DANS
	Trace(vCommandes..Membre..Occurrence)
FAIRE
	Trace(ExceptionInfo()) // expect: Arrays have no property 'Membre'.
FIN

PROCÉDURE Parcours(sChemin est une chaîne, jNoeud est un JSON)
POUR TOUT m DE jNoeud..Membre
	SI m..Membre..Occurrence = 0 ALORS
		Trace(sChemin + m..Nom + " = " + m..Valeur)
	SINON
		Parcours(sChemin + m..Nom + ".", m..Valeur)
	FIN
FIN
