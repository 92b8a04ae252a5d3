// Page d'aide "Chaîne (Type de variable)" (doc.pcsoft.fr ?1514044) : son exemple, tracé ;
// pour une variable de type Chaîne, TypeVar renvoie wlChaîne (valeur 16), dit la page.
Prénom est une chaîne
Trace("[" + Prénom + "]")                       // expect: []
Prénom = "Florence"
Trace(Prénom)                                   // expect: Florence
Trace(TypeVar(Prénom), wlChaîne)                // expect: 16, 16
