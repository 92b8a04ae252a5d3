// Une procédure sans RENVOYER utilisée comme une valeur arrête l'exécution à l'appel
// (le compilateur de WINDEV la refuse ; docs/semantics.md, "A procedure without RESULT
// used as a value"). Elle donnait 0 sans rien dire. Appelée seule sur sa ligne, elle
// s'exécute comme avant.
Note("premier")
n est un entier = 5
n = Note("second") // expect error: 'Note' gives no result (it has no RESULT): its call cannot be used as a value
Trace("pas atteint", n)
// expect: premier

PROCÉDURE Note(s)
Trace(s)
