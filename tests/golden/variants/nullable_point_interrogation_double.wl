// Un second `?` (`entier??`) n'est pas un type : refusé à sa ligne (il était lu `entier` ;
// "Autoriser les types nullables" ?1511031, docs/semantics.md "The null operators").
nDeux est un entier?? = 3 // expect error: 'un entier??' is not a type: '?' is written once
Trace(nDeux)
