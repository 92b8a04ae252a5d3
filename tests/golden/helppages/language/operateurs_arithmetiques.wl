// Page d'aide "Opérateurs arithmétiques" (doc.pcsoft.fr ?1512008) : l'exemple ++/-- tel
// qu'il est écrit, chaque Trace affichant ce que la page annonce.
soit x est un entier = 5
Trace(x++) 	// Affiche 5. x vaut 6 
// expect: 5
Trace(++x) 	// Affiche 7. x vaut 7
// expect: 7
Trace(--x) 	// Affiche 6. x vaut 6
// expect: 6
Trace(x--) 	// Affiche 6. x vaut 5
// expect: 6
Trace(x)	// Affiche 5
// expect: 5
