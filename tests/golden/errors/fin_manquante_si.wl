// un bloc SI sans FIN nomme la ligne du SI et le mot FIN
x est un entier = 1
SI x = 1 ALORS
	Trace("un")
// expect error: expected FIN to close the SI opened at line 3
