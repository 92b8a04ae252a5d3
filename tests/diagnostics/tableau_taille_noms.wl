// les dimensions d'un tableau par un nom : une variable le dimensionne quand la
// déclaration s'exécute ; un tableau fixe ne prend que des entiers ou des constantes
n est un entier = 2
t est un tableau de n entiers
f est un tableau fixe de n entiers // error: WL111:1 a fixed array's dimensions are integers or constants, not the variable 'n': declare an array (`array of n ...`) to size it when the declaration runs
Trace(TableauOccurrence(t), TableauOccurrence(f))
