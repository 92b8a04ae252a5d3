// POUR TOUTE LIGNE SÉLECTIONNÉE (accents or not, any case) parses and fails at run time.
n est un entier = 2
pour toute ligne selectionnee de TABLE_Commandes // expect error: FOR ALL SELECTED ROW OF TABLE_Commandes is a window function: not available outside the IDE
	n++
FIN
