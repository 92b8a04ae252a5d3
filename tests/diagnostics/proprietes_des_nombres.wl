// Une propriété qu'un nombre ou un booléen n'a pas (voir number_properties.wl)
n est un entier = 3
b est un booléen = Vrai
Trace(n..Valeur, b..Valeur)
Trace(n..Taille) // error: WL109:10 A value of type integer has no property 'Taille'
Trace(b..Année) // error: WL109:10 A value of type boolean has no property 'Année'
