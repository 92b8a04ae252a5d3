// TableauTrie sur un tableau associatif (?3075007 : « Cas d'un tableau associatif » :
// par valeur par défaut, par clé avec la constante de clé ; la page enregistrée s'arrête
// là) : chaque élément garde sa clé. Des valeurs égales gardent l'ordre de leurs clés et
// des clés égales celui de leurs valeurs (INFERRED), ttDécroissant inverse les deux
// (INFERRED) ; le nom anglais et la valeur de ttClé / asKey sont les nôtres. Du code réel
// garde ainsi ses fichiers les plus récents : un tableau associatif de DateHeure par
// chemin, trié en décroissant, puis POUR TOUT dh, chemin DE lui. Cela arrêtait
// l'exécution : « TableauTrie expects an array, not a value of type associative array ».
taStock est un tableau associatif d'entiers
sLine est une chaîne
taStock["poire"] = 3
taStock["abricot"] = 7
taStock["figue"] = 3
taStock["kiwi"] = 1
TableauTrie(taStock)
sLine = ""
POUR TOUT ÉLÉMENT nQté, sNom DE taStock
	sLine += [" | "] + sNom + ", " + nQté
FIN
Trace(sLine) // expect: kiwi, 1 | figue, 3 | poire, 3 | abricot, 7
taStock.Trie(ttDécroissant)
sLine = ""
POUR TOUT ÉLÉMENT nQté, sNom DE taStock
	sLine += [" | "] + sNom + ", " + nQté
FIN
Trace(sLine) // expect: abricot, 7 | poire, 3 | figue, 3 | kiwi, 1
TableauTrie(taStock, ttClé)
sLine = ""
POUR TOUT ÉLÉMENT nQté, sNom DE taStock
	sLine += [" | "] + sNom + ", " + nQté
FIN
Trace(sLine) // expect: abricot, 7 | figue, 3 | kiwi, 1 | poire, 3
Trace(taStock["figue"], taStock.Occurrence) // expect: 3, 4

taVu est un tableau associatif de DateHeure
taVu["b.log"] = "20261203100000"
taVu["a.log"] = "20261201100000"
taVu["c.log"] = "20261205100000"
TableauTrie(taVu, ttDécroissant)
n est un entier
POUR TOUT dhVu, sChemin DE taVu
	n++
	SI n > 2 ALORS Trace("supprimer " + sChemin) // expect: supprimer a.log
FIN
taVille est un tableau associatif de chaînes
taVille["x"] = "b"
taVille["y"] = "A"
taVille["z"] = "c"
TableauTrie(taVille, ttCroissant + ccSansCasse)
sLine = ""
POUR TOUT sVille DE taVille
	sLine += [" | "] + sVille
FIN
Trace(sLine) // expect: A | b | c
