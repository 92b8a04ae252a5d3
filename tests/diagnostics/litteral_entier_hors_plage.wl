// Un littéral au-delà de la plage d'un entier (?1514049 : -2 x 10^9 à 2 x 10^9 pour un
// entier, 0 à 255 pour un entier sans signe sur 1 octet...). Un littéral réel arrête
// l'exécution avec "Numeric overflow" : la vérification le dit avec les mêmes mots (elle
// disait "la partie décimale est perdue" et l'exécution affichait -1981284352) ; un
// littéral entier reboucle, et la vérification dit ce qui est rangé. Un littéral
// hexadécimal est un motif de bits : son rebouclage est voulu.
nGrand est un entier = 1e19 // error: WL110:1 Numeric overflow: 10000000000000000000 is beyond the largest int (2,147,483,647).
nGrand = -3.5e9 // error: WL110:1 Numeric overflow: -3500000000 is beyond the smallest int (-2,147,483,648).
nReboucle est un ENTIER = 3000000000 // warning: WL206:1 'nReboucle' cannot hold 3000000000: beyond its range (-2,147,483,648 to 2,147,483,647), the integer wraps and is stored as -1294967296
nOctet est un entier sans signe sur 1 octet = 300.7 // error: WL110:1 Numeric overflow: 300 is beyond the largest unsigned 1-byte int (255).
nMasque est un entier = 0xFFFFFFFF
nLong est un entier sur 8 octets = 1e18
nLong = 2147483648
// une division de deux littéraux entiers sans reste ne perd rien : pas de WL206
nMoitié est un entier = 10 / 2
nMoitié = 7 / 2 // warning: WL206:1 'nMoitié' is an integer: the decimal part of this value is lost
// une Durée à qui l'on donne plus de millisecondes qu'un entier sur 8 octets : l'exécution s'y arrête
duLongue est une Durée = 1e20 // error: WL110:1 Numeric overflow: a Duration of 1.15741e+12 days is beyond the largest Duration (106,751,991,167 days, 9,223,372,036,854,775,807 ms).
duLongue = 9e18
// un texte que l'exécution lit comme un nombre : "1e19" un réel (le dépassement), "4294967301" un entier (il reboucle)
nTexte est un entier = "1e19" // error: WL110:1 Numeric overflow: 10000000000000000000 is beyond the largest int (2,147,483,647).
nTexte = "4294967301" // warning: WL206:1 'nTexte' cannot hold 4294967301: beyond its range (-2,147,483,648 to 2,147,483,647), the integer wraps and is stored as 5
Trace(nGrand, nReboucle, nOctet, nMasque, nLong, nMoitié, duLongue, nTexte)
