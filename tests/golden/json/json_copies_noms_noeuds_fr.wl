// Un nœud d'une variable JSON affecté à un autre membre, ou ajouté à un tableau, est
// copié, comme l'est une variable JSON affectée : `j.facturation = j.livraison` faisait
// des deux membres un seul nœud, et changer l'adresse de facturation changeait celle de
// livraison. Le ..Nom d'un nœud est le membre par lequel on l'a atteint (il valait ""
// pour un nœud lu d'un texte), et un nœud tableau répond à ..Nom et ..Valeur comme un
// nœud objet (ils s'arrêtaient sur "Arrays have no property") (*décidé* 6 déc. 2026, FS,
// INFERRED : la partie propriétés de la page du type JSON n'est pas stockée ;
// docs/builtins.md "The JSON type"). Jumeau anglais json_node_copies_names_en.wl.
jCommande est un JSON = "{""livraison"": {""rue"": ""12 rue des Lilas"", ""ville"": ""Lyon""}, ""lignes"": [{""ref"": ""A1""}]}"
jCommande.facturation = jCommande.livraison
jCommande.facturation.ville = "Paris"
Trace(jCommande.livraison.ville, jCommande.facturation.ville) // expect: Lyon, Paris
jCommande.archive = jCommande.lignes
TableauAjoute(jCommande.archive, jCommande.lignes[1])
jCommande.archive[2].ref = "B7"
Trace(jCommande.lignes..Occurrence, jCommande.archive..Occurrence, jCommande.lignes[1].ref) // expect: 1, 2, A1
// une variable JSON ajoutée à un tableau dans une boucle : chaque élément vaut ce qu'elle valait
jLigne est un JSON
jCommande.articles = []
POUR i = 1 _A_ 3
	jLigne.n = i
	TableauAjoute(jCommande.articles, jLigne)
FIN
Trace(jCommande.articles) // expect: [{"n":1},{"n":2},{"n":3}]
// ..Nom et ..Valeur des nœuds
Trace(jCommande.livraison..Nom, jCommande.lignes..Nom, jCommande.absent..Nom) // expect: livraison, lignes, absent
Trace(jCommande.lignes..Valeur, jCommande.lignes..Type = wlTableau) // expect: [{"ref":"A1"}], 1
Trace(Décrire(jCommande.facturation)) // expect: facturation : 2 membres
PROCÉDURE Décrire(jNoeud est un JSON)
RENVOYER jNoeud..Nom + " : " + jNoeud..Membre..Occurrence + " membres"
