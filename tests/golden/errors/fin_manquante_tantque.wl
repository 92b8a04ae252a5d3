// une boucle TANTQUE sans FIN
n est un entier
TANTQUE n < 3
	n++
// expect error: expected FIN to close the TANTQUE opened at line 3
