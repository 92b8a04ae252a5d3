// Les éléments d'un tableau sont numérotés à partir de 1 : un indice écrit 0 ou moins
// est hors limites quel que soit le contenu du tableau, et l'exécution s'y arrête.
// `wl check` ne disait rien. La clé d'un tableau associatif n'est pas jugée.
tabPrix est un tableau de 5 monétaires
moPremier est un monétaire = tabPrix[0] // error: WL110:30 the elements of the array 'tabPrix' are numbered from 1: a subscript 0 or below is out of range
taStock est un tableau associatif d'entiers
taStock[0] = 3
Trace(moPremier, taStock[0], tabPrix[1])
