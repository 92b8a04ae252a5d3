// POUR TOUTE CHAÎNE sur un texte de lignes écrit `[` ... `]` juste après DE : chaque
// ligne tour à tour. Avant, l'exécution s'arrêtait au deuxième mot du texte ("unexpected
// 'mot'") : DE était pris pour un opérande et `[` pour un indice (syntax/multiline_strings.py)
POUR TOUTE CHAÎNE sMot DE [
un mot
deux mots
] SÉPARÉE PAR RC
	Trace(sMot)
FIN
// expect: un mot
// expect: deux mots
a est un tableau de 2 entiers = [4, 5]
Trace(a[
2
]) // expect: 5
