// une chaîne multiligne passée en paramètre : `[` finit la ligne, `]` commence la ligne
// de fermeture et l'appel continue après
sMessage est une chaîne = ChaîneConstruit([
	Bonjour,
	
	Votre nouveau mot de passe sur le site %1 est : %2
	],"Moteur","x-42")
Trace(sMessage) // expect: Bonjour,
// expect: 
// expect: Votre nouveau mot de passe sur le site Moteur est : x-42
Trace(Taille(Remplace([
	un deux
], "un", "trois"))) // expect: 10
