// Une fonction du WLangage qui ne renvoie rien, utilisée comme une valeur, arrête
// l'exécution à l'appel, avant qu'elle ne s'exécute (le compilateur de WINDEV la refuse ;
// docs/semantics.md "A procedure without RESULT used as a value"). Elle donnait une
// valeur vide. Seule sur sa ligne, elle s'exécute comme avant.
t est un tableau d'entiers = [2, 1]
TableauTrie(t)
Trace(t[1])
SI TableauTrie(t) ALORS Trace("trié") // expect error: 'TableauTrie' gives no result: its call cannot be used as a value
Trace("pas atteint")
// expect: 1
