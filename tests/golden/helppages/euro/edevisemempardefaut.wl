// Page d'aide « eDeviseMemParDéfaut » (?3033016) : son exemple tel qu'il est écrit (la
// devise de mémorisation des champs « Monétaire + Euro » : l'Euro, 0, par défaut ; la
// fonction renvoie la précédente), puis sa seconde syntaxe, qui la lit.
// Modification de la devise de mémorisation utilisée par défaut
ResDeviseMemParDéfaut est un entier = eDeviseMemParDéfaut(eDEM)
// La devise mémorisée par défaut est à présent le Mark Allemand
Trace(ResDeviseMemParDéfaut, eDeviseMemParDefaut()) // expect: 0, 5
