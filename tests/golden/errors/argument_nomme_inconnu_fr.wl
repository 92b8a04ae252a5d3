// Un paramètre nommé qu'aucun paramètre ne porte : le compilateur de WINDEV le refuse,
// l'exécution refuse donc le code avant de le lancer, avec les mots de la vérification
Trace("non exécuté")
Trace(Remise(nTaux : 5, 200)) // expect error: an argument given by its position cannot follow a named one: give the positional arguments first

PROCÉDURE Remise(nMontant est un entier, nTaux est un entier = 10)
RENVOYER nMontant * nTaux / 100
