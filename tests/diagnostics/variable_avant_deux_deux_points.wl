// `o::K` où o est une variable : '::' suit un nom de classe ; l'exécution s'y arrête.
nTotal est un entier = 2
Trace(nTotal::Valeur) // error: WL110:7 'nTotal' is a variable, not a class: '::' follows a class name
