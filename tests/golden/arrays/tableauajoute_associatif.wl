// TableauAjoute sur un tableau associatif : la clé puis la valeur (docs/builtins.md
// "ArrayAdd on an associative array" : décidé) ; le résultat est le nombre d'éléments.
Prix est un tableau associatif de réels
Trace(TableauAjoute(Prix, "poire", 2.5))    // expect: 1
Trace(tableauajoute(Prix, "prune", 4))      // expect: 2
Trace(Prix["prune"])                        // expect: 4
Trace(TableauAjoute(Prix, "poire", 3))      // expect: 2
Trace(Prix["poire"])                        // expect: 3
Trace(Ajoute(Prix, "figue"))                // expect: 3
Trace(TableauOccurrence(Prix))              // expect: 3
TableauAjoute(Prix)                         // expect error: needs the key
